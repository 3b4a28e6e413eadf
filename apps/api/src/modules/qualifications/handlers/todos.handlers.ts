import { OrganizationKind, Role, TodoKind, TodoSeverity } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DateTime } from 'luxon';
import { Clock } from '../../../common/clock';
import { TodoSources, type TodoItem, type TodoViewer } from '../../../common/todo-sources';

/** Days ahead a document's expiry becomes a to-do (the same as the expiry warning, DESIGN.md §2.2). */
const WARN_DAYS = 30;

/** The documents' to-dos: an organisation's approved documents expiring soon (or expired), and the auditors' review queue. */
@Injectable()
export class QualificationTodos implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly todos: TodoSources,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.todos.register('qualifications', (viewer) => this.find(viewer));
  }

  private async find(viewer: TodoViewer): Promise<TodoItem[]> {
    const today = DateTime.fromJSDate(this.clock.now(), { zone: 'Asia/Shanghai' });
    if (viewer.organizationKind === OrganizationKind.ALLIANCE) {
      if (!viewer.roles.some((r) => r === Role.ADMIN || r === Role.AUDITOR)) return [];
      const [{ n }] = (await this.txHost.tx.query(`SELECT count(*)::int AS n FROM qualification_documents WHERE status = 'PENDING' AND NOT superseded`)) as { n: number }[];
      return n ? [{ kind: TodoKind.DOCUMENT_TO_REVIEW, subjectId: viewer.organizationId, params: { count: n }, dueAt: null, severity: TodoSeverity.INFO, link: '/review' }] : [];
    }
    if (!viewer.roles.some((r) => r === Role.OWNER || r === Role.OPERATOR)) return [];
    // An approved document expiring within the window, or one that expired and has no approved or pending successor.
    const rows = (await this.txHost.tx.query(
      `SELECT d.id, d.type, d.number, d.valid_to::text AS valid_to, d.status FROM qualification_documents d
        WHERE d.organization_id = $1 AND NOT d.superseded AND d.status IN ('APPROVED', 'EXPIRED') AND d.valid_to <= $2::date
          AND NOT EXISTS (SELECT 1 FROM qualification_documents n WHERE n.replaces_id = d.id AND n.status IN ('PENDING', 'APPROVED'))
        ORDER BY d.valid_to LIMIT 20`,
      [viewer.organizationId, today.plus({ days: WARN_DAYS }).toISODate()],
    )) as { id: string; type: string; number: string; valid_to: string; status: string }[];
    return rows.map((d) => {
      const end = DateTime.fromISO(d.valid_to, { zone: 'Asia/Shanghai' }).endOf('day');
      const days = Math.ceil(end.diff(today, 'days').days);
      return {
        kind: TodoKind.DOCUMENT_EXPIRING, subjectId: d.id, params: { documentType: d.type, number: d.number, validTo: d.valid_to, expired: d.status === 'EXPIRED' || days <= 0, days: Math.max(0, days) },
        dueAt: end.toJSDate(), severity: d.status === 'EXPIRED' || days <= 7 ? TodoSeverity.DANGER : TodoSeverity.WARNING, link: '/documents',
      };
    });
  }
}
