import { OrganizationKind, Role, TodoKind, TodoSeverity } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TodoSources } from '../../../common/todo-sources';

/** The alliance's auditors and admins: organisations waiting for review. */
@Injectable()
export class OrganizationTodos implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly todos: TodoSources,
  ) {}

  onModuleInit(): void {
    this.todos.register('organizations.review', async (viewer) => {
      if (viewer.organizationKind !== OrganizationKind.ALLIANCE || !viewer.roles.some((r) => r === Role.ADMIN || r === Role.AUDITOR)) return [];
      const [{ n, oldest }] = (await this.txHost.tx.query(`SELECT count(*)::int AS n, min(updated_at) AS oldest FROM organizations WHERE status = 'UNDER_REVIEW'`)) as { n: number; oldest: Date | null }[];
      return n ? [{ kind: TodoKind.ORGANIZATION_TO_REVIEW, subjectId: viewer.organizationId, params: { count: n, oldest: oldest?.toISOString() ?? null }, dueAt: null, severity: TodoSeverity.INFO, link: '/review' }] : [];
    });
  }
}
