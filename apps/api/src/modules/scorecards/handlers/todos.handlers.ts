import { OrganizationKind, Role, TodoKind, TodoSeverity } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { SubjectNames } from '../../../common/subject-names';
import { TodoSources, type TodoItem, type TodoViewer } from '../../../common/todo-sources';

const DAY_MS = 86_400_000;

/**
 * The quarterly evaluation's to-dos: a supplier's candidacy it may still appeal (with the deadline), and the
 * alliance's appeals to decide and candidacies whose window closed without one.
 */
@Injectable()
export class EvaluationTodos implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly todos: TodoSources,
    private readonly names: SubjectNames,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.todos.register('scorecards.evaluation', (viewer) => this.find(viewer));
  }

  private async find(viewer: TodoViewer): Promise<TodoItem[]> {
    const now = this.clock.now();
    if (viewer.organizationKind === OrganizationKind.SUPPLIER) {
      if (!viewer.roles.some((r) => r === Role.OWNER || r === Role.OPERATOR)) return [];
      const rows = (await this.txHost.tx.query(
        `SELECT c.id, c.run_id, c.total::text, c.appeal_deadline FROM evaluation_candidates c
          WHERE c.organization_id = $1 AND c.status = 'PENDING' AND c.appeal_deadline > $2
            AND NOT EXISTS (SELECT 1 FROM evaluation_appeals a WHERE a.candidate_id = c.id)`,
        [viewer.organizationId, now],
      )) as { id: string; run_id: string; total: string; appeal_deadline: Date }[];
      return rows.map((r) => ({
        kind: TodoKind.APPEAL_WINDOW, subjectId: r.id, params: { total: r.total, runId: r.run_id }, dueAt: r.appeal_deadline,
        severity: r.appeal_deadline.getTime() - now.getTime() < 2 * DAY_MS ? TodoSeverity.DANGER : TodoSeverity.WARNING, link: '/my-scorecard',
      }));
    }
    if (viewer.organizationKind !== OrganizationKind.ALLIANCE || !viewer.roles.includes(Role.ADMIN)) return [];
    const appeals = (await this.txHost.tx.query(
      `SELECT a.id, a.organization_id, a.filed_at, c.run_id FROM evaluation_appeals a JOIN evaluation_candidates c ON c.id = a.candidate_id
        WHERE a.status = 'OPEN' ORDER BY a.filed_at LIMIT 20`,
    )) as { id: string; organization_id: string; filed_at: Date; run_id: string }[];
    const closed = (await this.txHost.tx.query(
      `SELECT c.id, c.organization_id, c.run_id, c.appeal_deadline FROM evaluation_candidates c
        WHERE c.status = 'PENDING' AND (c.appeal_deadline <= $1 OR EXISTS (SELECT 1 FROM evaluation_appeals a WHERE a.candidate_id = c.id AND a.status = 'REJECTED'))
        ORDER BY c.appeal_deadline LIMIT 20`,
      [now],
    )) as { id: string; organization_id: string; run_id: string; appeal_deadline: Date }[];
    const orgNames = await this.names.of('organization', [...appeals.map((a) => a.organization_id), ...closed.map((c) => c.organization_id)]);
    return [
      ...appeals.map((a) => ({
        kind: TodoKind.APPEAL_TO_DECIDE, subjectId: a.id, params: { organizationName: orgNames.get(a.organization_id) ?? null, filedAt: a.filed_at.toISOString() }, dueAt: null,
        severity: TodoSeverity.WARNING, link: `/evaluations/${a.run_id}`,
      })),
      ...closed.map((c) => ({
        kind: TodoKind.CANDIDATE_TO_DECIDE, subjectId: c.id, params: { organizationName: orgNames.get(c.organization_id) ?? null }, dueAt: null, severity: TodoSeverity.INFO, link: `/evaluations/${c.run_id}`,
      })),
    ];
  }
}
