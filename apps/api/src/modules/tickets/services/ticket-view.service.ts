import { OrganizationKind, REOPEN_DAYS, SlaClockState, SlaMetric, TicketStatus } from '@mengyuan/domain';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { SlaClockDto, TicketDto, TicketMessageDto, TicketResolutionDto } from '../dtos/ticket.dto';
import type { SlaClockEntity } from '../entities/sla.entities';
import type { TicketMessageEntity } from '../entities/ticket-message.entity';
import type { TicketResolutionEntity } from '../entities/ticket-resolution.entity';
import type { TicketEntity } from '../entities/ticket.entity';
import { ticketNumber } from '../ticket-facts';
import { SlaClockService } from './sla-clock.service';
import { TicketService } from './ticket.service';

/**
 * Tickets as a caller sees them: the row, its order and parties, its current clocks with countdowns, its
 * latest resolution and the actions open to the caller. A page is read in a handful of queries. Live
 * updates build the same view for each subscriber, with the subscriber's own permissions.
 */
@Injectable()
export class TicketViewService {
  constructor(
    private readonly tickets: TicketService,
    private readonly clocks: SlaClockService,
    private readonly clock: Clock,
  ) {}

  async one(actor: Actor, t: TicketEntity): Promise<TicketDto> {
    return (await this.many(actor, [t]))[0];
  }

  async many(actor: Actor, rows: TicketEntity[]): Promise<TicketDto[]> {
    const ids = rows.map((t) => t.id);
    const [contexts, clocks, resolutions] = await Promise.all([this.tickets.contexts(ids), this.clocks.currentClocks(rows), this.tickets.latestResolutions(ids)]);
    const now = this.clock.now();
    const out: TicketDto[] = [];
    for (const t of rows) {
      const c = contexts.get(t.id)!;
      const all = await Promise.all((clocks.get(t.id) ?? []).map((k) => this.clockDto(k)));
      // The ticket's current clocks: its level's, and a lower level's that still bind (the supplier's resolution
      // clock runs end to end, an answered first response is its record). A lower level's first response never
      // answered before escalation is superseded by the new level's: not listed as current (it stays breached).
      const own = all.filter((k) => k.level === t.level || k.metric !== SlaMetric.FIRST_RESPONSE || k.state !== SlaClockState.RUNNING);
      const running = own.filter((k) => k.state === SlaClockState.RUNNING && k.dueAt).map((k) => k.dueAt!.getTime());
      const latest = resolutions.get(t.id);
      out.push(
        Object.assign(new TicketDto(), {
          id: t.id, number: ticketNumber(t.number), orderId: t.orderId, orderLineId: t.orderLineId, ...c, memberId: t.memberId, supplierId: t.supplierId,
          unitSettlement: actor.organizationKind === OrganizationKind.MEMBER ? null : c.unitSettlement,
          category: t.category, tier: t.tier, level: t.level, status: t.status, description: t.description, codeIds: t.codeIds, cycle: t.cycle, version: t.version,
          openedAt: t.openedAt, firstRespondedAt: t.firstRespondedAt, escalatedAt: t.escalatedAt, resolvedAt: t.resolvedAt, reopenedAt: t.reopenedAt,
          closedAt: t.closedAt, updatedAt: t.updatedAt, clocks: own, nextDueAt: running.length ? new Date(Math.min(...running)) : null,
          breached: all.some((k) => k.breachedAt), resolution: latest && latest.cycle === t.cycle ? TicketViewService.resolution(latest) : null,
          allowedActions: TicketService.actionsFor(actor, t, now),
          reopenableUntil: t.status === TicketStatus.RESOLVED && t.resolvedAt ? new Date(t.resolvedAt.getTime() + REOPEN_DAYS * 86_400_000) : null,
        }),
      );
    }
    return out;
  }

  async clockDto(k: SlaClockEntity): Promise<SlaClockDto> {
    const elapsedSeconds = await this.clocks.elapsedSecondsNow(k);
    return Object.assign(new SlaClockDto(), {
      id: k.id, cycle: k.cycle, level: k.level, metric: k.metric, state: k.state, paused: k.state === SlaClockState.PAUSED, targetSeconds: k.targetSeconds,
      elapsedSeconds, remainingSeconds: k.targetSeconds - elapsedSeconds, dueAt: k.dueAt, runningSince: k.runningSince, startedAt: k.startedAt,
      stoppedAt: k.stoppedAt, met: k.met, warnedAt: k.warnedAt, breachedAt: k.breachedAt, policyVersion: k.policyVersion, calendarId: k.calendarId,
      calendarVersion: k.calendarVersion,
    });
  }

  static resolution(r: TicketResolutionEntity): TicketResolutionDto {
    return Object.assign(new TicketResolutionDto(), {
      id: r.id, cycle: r.cycle, kind: r.kind, fault: r.fault, upheld: r.upheld, amount: r.amount, reason: r.reason, auto: r.auto, against: r.against,
      replacedCodeIds: r.replacedCodeIds, replacementCodeIds: r.replacementCodeIds, fromBackupOffer: r.replacementOfferId !== null, createdAt: r.createdAt,
    });
  }

  static message(actor: Actor, m: TicketMessageEntity): TicketMessageDto {
    return Object.assign(new TicketMessageDto(), {
      id: m.id, ticketId: m.ticketId, authorKind: m.authorKind, mine: m.authorOrganizationId === actor.organizationId, body: m.body, internal: m.internal,
      attachments: m.attachmentIds.map((fileId) => ({ fileId, url: `/tickets/${m.ticketId}/attachments/${fileId}` })), createdAt: m.createdAt,
    });
  }
}
