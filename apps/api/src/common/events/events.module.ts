import { Global, Module } from '@nestjs/common';
import { BusinessCalendars } from '../business-calendars';
import { SubjectNames } from '../subject-names';
import { TodoSources } from '../todo-sources';
import { TransactionFrames } from '../unit-of-work/frames';
import { Lifecycles } from '../unit-of-work/lifecycle';
import { LockOrder } from '../unit-of-work/lock-order';
import { DeferredWrites } from './deferred-writes';
import { EventBus } from './event-bus';

@Global()
/** The shared mechanisms every module plugs into: units of work and lifecycles, events, deferred writes, subject names, to-do sources, business calendars. */
@Module({
  providers: [TransactionFrames, LockOrder, Lifecycles, EventBus, DeferredWrites, SubjectNames, TodoSources, BusinessCalendars],
  exports: [TransactionFrames, LockOrder, Lifecycles, EventBus, DeferredWrites, SubjectNames, TodoSources, BusinessCalendars],
})
export class EventsModule {}
