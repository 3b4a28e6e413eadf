import { OrganizationKind, Role, TodoKind, TodoSeverity } from '@mengyuan/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TodoSources } from '../../../common/todo-sources';
import { NoticeService } from '../services/notice.service';

/** The alliance's admin: messages that could not be delivered (a broken SMTP server or robot), to look at and send again. */
@Injectable()
export class NoticeTodos implements OnModuleInit {
  constructor(
    private readonly todos: TodoSources,
    private readonly notices: NoticeService,
  ) {}

  onModuleInit(): void {
    this.todos.register('notifications.failed', async (viewer) => {
      if (viewer.organizationKind !== OrganizationKind.ALLIANCE || !viewer.roles.includes(Role.ADMIN)) return [];
      const count = await this.notices.failedCount();
      return count ? [{ kind: TodoKind.NOTICE_FAILED, subjectId: viewer.organizationId, params: { count }, dueAt: null, severity: TodoSeverity.WARNING, link: '/notices?status=FAILED' }] : [];
    });
  }
}
