import {
  OrganizationAction, OrganizationStatus, PROBATION_BAR, PROBATION_ORDERS, ProbationAction, ProbationStatus, judgeProbation, probationLifecycle,
  type ProbationMeasure, type ProbationMeasureResult,
} from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { In, MoreThanOrEqual } from 'typeorm';
import type { Actor, UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { assertId, notFound, validationFailed } from '../../../common/errors';
import { DeferredWrites } from '../../../common/events/deferred-writes';
import { EventBus } from '../../../common/events/event-bus';
import { Lifecycles, type Lifecycle } from '../../../common/unit-of-work/lifecycle';
import { frameSlot, TransactionFrames } from '../../../common/unit-of-work/frames';
import { OfferService } from '../../catalog/services/offer.service';
import { OrganizationService } from '../../organizations/services/organization.service';
import { ProbationWatchEntity } from '../entities/scorecard.entities';
import { ProbationJudgedEvent } from '../scorecards.events';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';

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

/** A frame's counts, sent by the one deferred statement that frame queued (a released savepoint's stays its own). */
const PENDING = frameSlot<{ counts: PendingCounts | null }>('a probation count', () => ({ counts: null }), () => undefined);

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
    private readonly frames: TransactionFrames,
    private readonly organizations: OrganizationService,
    private readonly offers: OfferService,
    private readonly events: EventBus,
    private readonly clock: Clock,
    lifecycles: Lifecycles,
  ) {
    // A watch is a child of its organisation: the organisation is locked first (judging, passing, restarting).
    this.lifecycle = lifecycles.define<ProbationWatchEntity, ProbationStatus, ProbationAction>({
      aggregate: 'probation_watch', label: 'Probation watch', entity: ProbationWatchEntity, key: 'organizationId', machine: probationLifecycle,
      root: { aggregate: 'organization', idOf: (w) => w.organizationId }, stamp: () => ({ updatedAt: this.clock.now() }),
      events: ({ actor, before, after, from, action, reason }) => new ProbationJudgedEvent(actor, after.organizationId, from, action, after.status, after.failing ?? before.failing, reason),
    });
  }

  private readonly lifecycle: Lifecycle<ProbationWatchEntity, ProbationStatus, ProbationAction>;

  private get repo() {
    return this.txHost.tx.getRepository(ProbationWatchEntity);
  }

  /**
   * A supplier went on probation (its organisation locked by that change): its watch starts, again from zero
   * if it had one (RESTART).
   */
  async start(organizationId: string): Promise<void> {
    const now = this.clock.now();
    const fresh = { startedAt: now, orders: 0, delivered: 0, supplierFailures: 0, firstResponses: 0, slowFirstResponses: 0, maxFirstResponseSeconds: null, maxPriceMoveBp: 0, slaBreaches: 0, slowDeliveries: 0,
      failing: [], decidedAt: null, decidedByUserId: null, decisionReason: null };
    const w = await this.lifecycle.lock(organizationId);
    if (w) await this.transition(null, w, ProbationAction.RESTART, fresh, null);
    else await this.repo.insert({ organizationId, status: ProbationStatus.WATCHING, ...fresh, updatedAt: now } as never); // text[] failing: TypeORM's partial type cannot express it
  }

  /** An order (line) of the supplier ended: delivered, or failed at the supplier. Deferred to commit (hot path). */
  countOrder(supplierId: string, delivered: boolean): void {
    // One deferred statement per frame (a savepoint's counts go with it if it rolls back).
    const slot = this.frames.current(PENDING);
    let p = slot.counts;
    if (!p) {
      p = slot.counts = { ids: [], orders: [], delivered: [], failures: [] };
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

  /** An SLA clock the supplier answers for breached: counted at once (and kept if the ticket is answered later). */
  async slaBreached(supplierId: string): Promise<void> {
    await this.txHost.tx.query(`UPDATE probation_watches SET sla_breaches = sla_breaches + 1, updated_at = $2 WHERE organization_id = $1 AND status = 'WATCHING'`, [supplierId, this.clock.now()]);
  }

  /** An order of the supplier was delivered in DELIVERY_BAR_MS or more (发卡时间): it fails the trial's delivery measure. */
  async slowDelivery(supplierId: string): Promise<void> {
    await this.txHost.tx.query(`UPDATE probation_watches SET slow_deliveries = slow_deliveries + 1, updated_at = $2 WHERE organization_id = $1 AND status = 'WATCHING'`, [supplierId, this.clock.now()]);
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

  /** One way a watch's status changes: by probationLifecycle, its organisation locked first, guarded, audited. */
  private transition(actor: Actor | null, w: ProbationWatchEntity, action: ProbationAction, changes: Partial<ProbationWatchEntity>, reason: string | null): Promise<ProbationWatchEntity> {
    return this.lifecycle.transition(actor, w, action, changes, { reason });
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

  @UnitOfWork()
  async judgeDue(): Promise<number> {
    await this.ensureWatches();
    const due = await this.repo.find({ where: { status: ProbationStatus.WATCHING, orders: MoreThanOrEqual(PROBATION_ORDERS) }, select: { organizationId: true } });
    let n = 0;
    for (const { organizationId } of due) {
      // The organisation first, then its watch (still watching, or someone decided it meanwhile).
      const org = await this.organizations.lock(organizationId);
      const w = await this.lifecycle.lock(organizationId, { where: { status: ProbationStatus.WATCHING } });
      if (!w || w.orders < PROBATION_ORDERS) continue;
      const verdict = judgeProbation(facts(w));
      const now = this.clock.now();
      if (verdict.failing.length) {
        await this.transition(null, w, ProbationAction.FLAG, { failing: verdict.failing, decidedAt: now }, null);
      } else {
        await this.transition(null, w, ProbationAction.PASS, { failing: [], decidedAt: now }, null);
        if (org?.status === OrganizationStatus.PROBATION) await this.organizations.transition(null, org, OrganizationAction.PASS_PROBATION, 'PROBATION_PASSED');
      }
      n++;
    }
    return n;
  }

  /** Admin: passes a flagged supplier after all (PASS_PROBATION on the organisation, with the reason). */
  @UnitOfWork()
  async adminPass(actor: UserActor, organizationId: string, reason: string): Promise<ProbationWatchEntity> {
    if (reason.trim().length < 2) throw validationFailed({ reason: ['say why'] });
    const org = await this.organizations.lock(assertId(organizationId, 'Probation watch'));
    const w = org && (await this.lifecycle.lock(org.id));
    if (!w) throw notFound('Probation watch');
    const updated = await this.transition(actor, w, ProbationAction.ADMIN_PASS, { decidedAt: this.clock.now(), decidedByUserId: actor.userId, decisionReason: reason.trim() }, reason.trim());
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
  maxFirstResponseSeconds: w.maxFirstResponseSeconds, maxPriceMoveBp: w.maxPriceMoveBp, slaBreaches: w.slaBreaches, slowDeliveries: w.slowDeliveries,
});

function view(w: ProbationWatchEntity, name: string): ProbationWatch {
  const verdict = judgeProbation(facts(w));
  return {
    organizationId: w.organizationId, organizationName: name, status: w.status, startedAt: w.startedAt, orders: w.orders, target: PROBATION_ORDERS, measures: verdict.measures,
    failing: w.status === ProbationStatus.FLAGGED ? w.failing : verdict.failing, decidedAt: w.decidedAt, decisionReason: w.decisionReason,
  };
}
