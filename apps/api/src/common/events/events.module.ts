import { Global, Module } from '@nestjs/common';
import { DeferredWrites } from './deferred-writes';
import { EventBus } from './event-bus';

@Global()
@Module({ providers: [EventBus, DeferredWrites], exports: [EventBus, DeferredWrites] })
export class EventsModule {}
