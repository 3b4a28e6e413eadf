import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { JobsModule } from '../jobs/jobs.module';
import { NotificationHandlers } from './handlers/notification.handlers';
import { NoticeTodos } from './handlers/todos.handlers';
import { NoticeSubjectNames } from './handlers/subject-names.handlers';
import { NoticeResolver } from './resolvers/notice.resolver';
import { NotificationResolver } from './resolvers/notification.resolver';
import { EmailChannel, RobotChannel } from './services/notice-channels';
import { NoticeDispatcher } from './services/notice-dispatcher';
import { NoticeService } from './services/notice.service';
import { NotificationService } from './services/notification.service';
import { TicketWatchService } from './services/ticket-watch.service';

/**
 * Reaching people (DESIGN.md §2.11): the in-app inbox, e-mail and work-chat robots with preferences, quiet hours,
 * digests and escalation, and the to-do list other modules register into. It learns of everything from events
 * and reads no other module's tables; only auth (who the people are) and jobs are imported.
 */
@Module({
  imports: [AuthModule, JobsModule],
  providers: [
    NoticeService, NotificationService, TicketWatchService, EmailChannel, RobotChannel, NoticeDispatcher,
    NotificationResolver, NoticeResolver, NotificationHandlers, NoticeTodos, NoticeSubjectNames,
  ],
  exports: [NotificationService, NoticeService, NoticeDispatcher],
})
export class NotificationsModule {}
