import { OrganizationKind, Role, TIER_ROLES, TodoKind, TodoSeverity, type TicketTier } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { BusinessCalendars } from '../../../common/business-calendars';
import { Clock } from '../../../common/clock';
import { TodoSources, type TodoItem, type TodoViewer } from '../../../common/todo-sources';
import { SlaSettingsService } from '../services/sla-settings.service';
import { ticketNumber } from '../ticket-facts';

interface Row {
  id: string;
  number: string;
  status: string;
  level: TicketTier;
  due_at: Date | null;
  breached: boolean;
}

/** Shown at most (the tickets page has the rest). */
const LIMIT = 20;

/**
 * The after-sales to-dos: a supplier's tickets whose SLA is warned or breached (by tier for support and tech staff),
 * a member's tickets waiting on its answer, the alliance's escalations to arbitrate. Also names the business calendar
 * an organisation's notices keep quiet outside (the calendar its SLA counts on).
 */
@Injectable()
export class TicketTodos implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly todos: TodoSources,
    private readonly calendars: BusinessCalendars,
    private readonly settings: SlaSettingsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.todos.register('tickets', (viewer) => this.find(viewer));
    this.calendars.provide(async (kind) => {
      const policy = await this.settings.currentPolicy(kind === OrganizationKind.ALLIANCE ? 'L3' : 'L1');
      return (await this.settings.currentVersion(policy.calendarId)).definition;
    });
  }

  private async find(viewer: TodoViewer): Promise<TodoItem[]> {
    const now = this.clock.now();
    const item = (r: Row, kind: TodoKind, severity: TodoSeverity): TodoItem => ({ kind, subjectId: r.id, params: { number: ticketNumber(r.number), status: r.status, level: r.level, breached: r.breached }, dueAt: r.due_at, severity, link: `/tickets/${r.id}` });
    if (viewer.organizationKind === OrganizationKind.SUPPLIER) {
      const levels = viewer.roles.some((r) => r === Role.OWNER || r === Role.OPERATOR)
        ? ['L1', 'L2']
        : (['L1', 'L2'] as const).filter((l) => viewer.roles.includes(TIER_ROLES[l]));
      if (!levels.length) return [];
      // A ticket is near breach once its warning instant has passed (or it breached): the earliest due first.
      const rows = (await this.txHost.tx.query(
        `SELECT t.id, t.number::text, t.status, t.level, min(c.due_at) AS due_at, bool_or(c.breached_at IS NOT NULL) AS breached
           FROM tickets t JOIN sla_clocks c ON c.ticket_id = t.id AND c.cycle = t.cycle AND c.level = t.level AND c.state = 'RUNNING'
          WHERE t.supplier_id = $1 AND t.level = ANY($2) AND t.status IN ('OPEN', 'IN_PROGRESS', 'REOPENED') AND (c.warn_at <= $3 OR c.breached_at IS NOT NULL)
          GROUP BY t.id ORDER BY min(c.due_at) LIMIT ${LIMIT}`,
        [viewer.organizationId, levels, now],
      )) as Row[];
      return rows.map((r) => item(r, TodoKind.TICKET_NEAR_BREACH, r.breached ? TodoSeverity.DANGER : TodoSeverity.WARNING));
    }
    if (viewer.organizationKind === OrganizationKind.MEMBER) {
      const rows = (await this.txHost.tx.query(
        `SELECT t.id, t.number::text, t.status, t.level, NULL::timestamptz AS due_at, false AS breached FROM tickets t
          WHERE t.member_id = $1 AND t.status = 'WAITING_ON_MEMBER' ORDER BY t.updated_at LIMIT ${LIMIT}`,
        [viewer.organizationId],
      )) as Row[];
      return rows.map((r) => item(r, TodoKind.TICKET_AWAITING_REPLY, TodoSeverity.INFO));
    }
    if (!viewer.roles.includes(Role.ADMIN)) return [];
    const rows = (await this.txHost.tx.query(
      `SELECT t.id, t.number::text, t.status, t.level, min(c.due_at) AS due_at, bool_or(c.breached_at IS NOT NULL) AS breached
         FROM tickets t LEFT JOIN sla_clocks c ON c.ticket_id = t.id AND c.cycle = t.cycle AND c.level = 'L3' AND c.state = 'RUNNING'
        WHERE t.status = 'ESCALATED' GROUP BY t.id ORDER BY min(c.due_at) NULLS LAST LIMIT ${LIMIT}`,
    )) as (Row & { breached: boolean | null })[];
    return rows.map((r) => item({ ...r, breached: !!r.breached }, TodoKind.TICKET_TO_ARBITRATE, r.breached ? TodoSeverity.DANGER : r.due_at && r.due_at.getTime() - now.getTime() < 3600_000 ? TodoSeverity.WARNING : TodoSeverity.INFO));
  }
}
