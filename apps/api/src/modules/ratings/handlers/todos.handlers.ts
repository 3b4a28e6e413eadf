import { OrganizationKind, Role, TodoKind, TodoSeverity } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TodoSources, type TodoItem, type TodoViewer } from '../../../common/todo-sources';

/**
 * The ratings' to-dos: orders the other side rated and the viewer's organisation has not (yet sealed: rating back
 * before the seal runs out reveals both), and the alliance's removal requests to decide.
 */
@Injectable()
export class RatingTodos implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly todos: TodoSources,
  ) {}

  onModuleInit(): void {
    this.todos.register('ratings', (viewer) => this.find(viewer));
  }

  private async find(viewer: TodoViewer): Promise<TodoItem[]> {
    if (viewer.organizationKind === OrganizationKind.ALLIANCE) {
      if (!viewer.roles.includes(Role.ADMIN)) return [];
      const [{ n }] = (await this.txHost.tx.query(`SELECT count(*)::int AS n FROM rating_removal_requests WHERE status = 'PENDING'`)) as { n: number }[];
      return n ? [{ kind: TodoKind.RATING_REMOVAL_TO_DECIDE, subjectId: viewer.organizationId, params: { count: n }, dueAt: null, severity: TodoSeverity.INFO, link: '/rating-removals' }] : [];
    }
    if (!viewer.roles.some((r) => r === Role.OWNER || r === Role.OPERATOR)) return [];
    const [row] = (await this.txHost.tx.query(
      `SELECT count(*)::int AS n, min(r.reveals_at) AS first FROM ratings r
        WHERE r.rated_id = $1 AND r.status = 'SEALED'
          AND NOT EXISTS (SELECT 1 FROM ratings mine WHERE mine.order_id = r.order_id AND mine.rater_id = $1)`,
      [viewer.organizationId],
    )) as { n: number; first: Date | null }[];
    return row.n ? [{ kind: TodoKind.RATINGS_TO_GIVE, subjectId: viewer.organizationId, params: { count: row.n }, dueAt: row.first, severity: TodoSeverity.INFO, link: '/ratings' }] : [];
  }
}
