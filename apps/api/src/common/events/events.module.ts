import { Global, Module } from '@nestjs/common';
import { DeferredWrites } from './deferred-writes';
import { EventBus } from './event-bus';
import { SubjectNames } from '../subject-names';

@Global()
/** The shared mechanisms every module plugs into: events, deferred writes, subject names. */
@Module({ providers: [EventBus, DeferredWrites, SubjectNames], exports: [EventBus, DeferredWrites, SubjectNames] })
export class EventsModule {}
