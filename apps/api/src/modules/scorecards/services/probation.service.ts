import {
  OrganizationAction, OrganizationStatus, PROBATION_BAR, PROBATION_ORDERS, ProbationAction, ProbationStatus, judgeProbation, probationLifecycle,
  type ProbationMeasure, type ProbationMeasureResult,
} from '@mengyuan/domain';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Actor, UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { invalidTransition, notFound } from '../../../common/errors';
import { DeferredWrites } from '../../../common/events/deferred-writes';
import { EventBus } from '../../../common/events/event-bus';
import { nextStatus } from '../../../common/transition';
import { OfferService } from '../../catalog/services/offer.service';
import { OrganizationService } from '../../organizations/services/organization.service';
import { ProbationWatchEntity } from '../entities/scorecard.entities';
import { ProbationJudgedEvent } from '../scorecards.events';

export interface ProbationWatch {
  organizationId: string;
  organizationName: string;
  status: ProbationStatus;
  startedAt: Date;
  orders: number;
  target: number;
  measures: ProbationMeasureResult[];
  failing: ProbationMeasure[];
  decidedAt: Date | null;
  decisionReason: string | null;
}

/**
 * Hot path (every delivered card line): one UPDATE per transaction, sent among its deferred writes (no round trip of
 * its own); it matches nothing unless a supplier is watched. Its parameters are arrays the transaction's outcomes
 * are added to until commit (one row per supplier: a statement may update a row only once).
 */
const COUNT_ORDERS_SQL = `UPDATE probation_watches w SET orders = least(${PROBATION_ORDERS}, w.orders + u.n), delivered = w.delivered + u.d, supplier_failures = w.supplier_failures + u.f
  FROM unnest($1::uuid[], $2::int[], $3::int[], $4::int[]) AS u(id, n, d, f)
  WHERE w.organization_id = u.id AND w.status = 'WATCHING' AND w.orders < ${PROBATION_ORDERS}`;

interface PendingCounts {
  ids: string[];
  orders: number[];
  delivered: number[];
  failures: number[];
}

/**
 * Probation (试单, DESIGN.md §2.7): a new supplier's first 20 orders are watched against the article's bar —
 * fulfilment success ≥ 99 %, every ticket's first response under 10 minutes, settlement price moving at most 5 %
 * within 7 days. At the 20th order it passes to ACTIVE by itself, or goes on the admin's watch list with the
 * failing measures.
 */
@Injectable()
export class ProbationService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly deferred: DeferredWrites,
    private readonly organizations: OrganizationService,
    private readonly offers: OfferService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  private get repo() {
    return this.txHost.tx.getRepository(ProbationWatchEntity);
  }

  /** A supplier went on probation: its watch starts (again, from zero, if it had one). */
  async start(organizationId: string): Promise<void> {
    const now = this.clock.now();
    await this.txHost.tx.query(
      `INSERT INTO probation_watches (organization_id, status, started_at, updated_at) VALUES ($1, 'WATCHING', $2, $2)
       ON CONFLICT (organization_id) DO UPDATE SET status = 'WATCHING', started_at = $2, orders = 0, delivered = 0, supplier_failures = 0, first_responses = 0,
         slow_first_responses = 0, max_first_response_seconds = NULL, max_price_move_bp = 0, failing = '{}', decided_at = NULL, decided_by_user_id = NULL,
         decision_reason = NULL, updated_at = $2`,
      [organizationId, now],
    );
  }

  /** One transaction's counts (its query runner is the transaction). */
  private readonly pending = new WeakMap<object, PendingCounts>();

  /** An order (line) of the supplier ended: delivered, or failed at the supplier. Deferred to commit (hot path). */
  countOrder(supplierId: string, delivered: boolean): void {
    const runner = this.txHost.tx.queryRunner;
    if (!runner) throw new Error('an order outcome is counted inside its transaction');
    let p = this.pending.get(runner);
    if (!p) {
      p = { ids: [], orders: [], delivered: [], failures: [] };
      this.pending.set(runner, p);
      this.deferred.defer(COUNT_ORDERS_SQL, [p.ids, p.orders, p.delivered, p.failures]);
    }
    let i = p.ids.indexOf(supplierId);
    if (i < 0) i = p.ids.push(supplierId) - 1;
    p.orders[i] = (p.orders[i] ?? 0) + 1;
    p.delivered[i] = (p.delivered[i] ?? 0) + (delivered ? 1 : 0);
    p.failures[i] = (p.failures[i] ?? 0) + (delivered ? 0 : 1);
  }

  /** A ticket's first response clock stopped for a watched supplier. */
  async firstResponse(supplierId: string, seconds: number): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE probation_watches SET first_responses = first_responses + 1, slow_first_responses = slow_first_responses + $2,
         max_first_response_seconds = greatest(coalesce(max_first_response_seconds, 0), $3), updated_at = $4
       WHERE organization_id = $1 AND status = 'WATCHING'`,
      [supplierId, seconds >= PROBATION_BAR.firstResponseSeconds ? 1 : 0, Math.round(seconds), this.clock.now()],
    );
  }

  /** A watched supplier changed a settlement price: the largest 7-day movement so far is kept. */
  async priceChanged(supplierId: string, at: Date): Promise<void> {
    const watched = await this.repo.existsBy({ organizationId: supplierId, status: ProbationStatus.WATCHING });
    if (!watched) return;
    const bp = await this.offers.maxPriceMoveBp(supplierId, at, PROBATION_BAR.priceMoveDays);
    await this.txHost.tx.query(`UPDATE probation_watches SET max_price_move_bp = greatest(max_price_move_bp, $2), updated_at = $3 WHERE organization_id = $1 AND status = 'WATCHING'`, [
      supplierId, bp, this.clock.now(),
    ]);
  }

  /** One way a watch's status changes: by probationLifecycle, guarded, audited. */
  private async transition(actor: Actor | null, w: ProbationWatchEntity, action: ProbationAction, changes: Partial<ProbationWatchEntity>, reason: string | null): Promise<ProbationWatchEntity> {
    const next = nextStatus(probationLifecycle, w.status, action, undefined);
    const moved = await this.repo.update({ organizationId: w.organizationId, status: w.status }, { ...changes, status: next, updatedAt: this.clock.now() });
    if (!moved.affected) throw invalidTransition(w.status, action);
    await this.events.publish(new ProbationJudgedEvent(actor, w.organizationId, w.status, action, next, changes.failing ?? w.failing, reason));
    return Object.assign(w, changes, { status: next });
  }

  /**
   * Judges every watch that reached 20 orders: all measures passing moves the organisation PROBATION → ACTIVE
   * (PASS_PROBATION); any failing puts it on the watch list (FLAGGED) for an admin. Answers how many were judged.
   */
  /** Every supplier on probation has a watch (those put on probation before this module, or by the demo seed). */
  async ensureWatches(): Promise<void> {
    const now = this.clock.now();
    await this.txHost.tx.query(
      `INSERT INTO probation_watches (organization_id, status, started_at, updated_at)
       SELECT id, 'WATCHING', $1, $1 FROM organizations WHERE kind = 'SUPPLIER' AND status = 'PROBATION' ON CONFLICT (organization_id) DO NOTHING`,
      [now],
    );
  }

  @Transactional()
  async judgeDue(): Promise<number> {
    await this.ensureWatches();
    const due = await this.repo.find({ where: { status: ProbationStatus.WATCHING }, lock: { mode: 'pessimistic_write' } });
    let n = 0;
    for (const w of due) {
      if (w.orders < PROBATION_ORDERS) continue;
      const verdict = judgeProbation(facts(w));
      const now = this.clock.now();
      if (verdict.failing.length) {
        await this.transition(null, w, ProbationAction.FLAG, { failing: verdict.failing, decidedAt: now }, null);
      } else {
        await this.transition(null, w, ProbationAction.PASS, { failing: [], decidedAt: now }, null);
        const org = await this.organizations.lock(w.organizationId);
        if (org?.status === OrganizationStatus.PROBATION) await this.organizations.transition(null, org, OrganizationAction.PASS_PROBATION, 'PROBATION_PASSED');
      }
      n++;
    }
    return n;
  }

  /** Admin: passes a flagged supplier after all (PASS_PROBATION on the organisation, with the reason). */
  @Transactional()
  async adminPass(actor: UserActor, organizationId: string, reason: string): Promise<ProbationWatchEntity> {
    const w = await this.repo.findOne({ where: { organizationId }, lock: { mode: 'pessimistic_write' } });
    if (!w) throw notFound('Probation watch');
    const updated = await this.transition(actor, w, ProbationAction.ADMIN_PASS, { decidedAt: this.clock.now(), decidedByUserId: actor.userId, decisionReason: reason.trim() }, reason.trim());
    const org = await this.organizations.lock(organizationId);
    if (org?.status === OrganizationStatus.PROBATION) await this.organizations.transition(actor, org, OrganizationAction.PASS_PROBATION, reason.trim());
    return updated;
  }

  /** The admin's watch list: suppliers being watched and flagged ones (passed ones with `includePassed`), with progress. */
  async watchList(includePassed = false): Promise<ProbationWatch[]> {
    const statuses = includePassed ? Object.values(ProbationStatus) : [ProbationStatus.WATCHING, ProbationStatus.FLAGGED];
    const rows = await this.repo.find({ where: { status: In(statuses) }, order: { startedAt: 'ASC' } });
    const names = new Map<string, string>();
    if (rows.length) {
      const orgs = (await this.txHost.tx.query(`SELECT id, name FROM organizations WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.organizationId)])) as { id: string; name: string }[];
      for (const o of orgs) names.set(o.id, o.name);
    }
    const order = { FLAGGED: 0, WATCHING: 1, PASSED: 2 };
    return rows.map((w) => view(w, names.get(w.organizationId) ?? '')).sort((a, b) => order[a.status] - order[b.status]);
  }

  /** Suppliers currently watched (routing's probation cap reads organisation status; this is for the scorecards). */
  async get(organizationId: string): Promise<ProbationWatch | null> {
    const w = await this.repo.findOneBy({ organizationId });
    if (!w) return null;
    const [org] = (await this.txHost.tx.query(`SELECT name FROM organizations WHERE id = $1`, [organizationId])) as { name: string }[];
    return view(w, org?.name ?? '');
  }
}

const facts = (w: ProbationWatchEntity) => ({
  orders: w.orders, delivered: w.delivered, supplierFailures: w.supplierFailures, firstResponses: w.firstResponses, slowFirstResponses: w.slowFirstResponses,
  maxFirstResponseSeconds: w.maxFirstResponseSeconds, maxPriceMoveBp: w.maxPriceMoveBp,
});

function view(w: ProbationWatchEntity, name: string): ProbationWatch {
  const verdict = judgeProbation(facts(w));
  return {
    organizationId: w.organizationId, organizationName: name, status: w.status, startedAt: w.startedAt, orders: w.orders, target: PROBATION_ORDERS, measures: verdict.measures,
    failing: w.status === ProbationStatus.FLAGGED ? w.failing : verdict.failing, decidedAt: w.decidedAt, decisionReason: w.decisionReason,
  };
}
