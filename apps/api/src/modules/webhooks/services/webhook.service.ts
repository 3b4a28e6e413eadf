import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { request } from 'undici';
import { AuditEventType, WebhookDeliveryStatus, WebhookEvent, webhookDeliveryLifecycle, type OrganizationKind } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hotStatement } from '../../../common/hot-query';
import { type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AllianceSettingsService } from '../../settings/services/alliance-settings.service';
import { CodeCipher } from '../../../common/crypto/code-cipher';
import { assertId, notFound, validationFailed } from '../../../common/errors';
import type { Page } from '../../../common/pagination';
import { nextStatus } from '../../../common/transition';
import { Lifecycles, type Lifecycle } from '../../../common/unit-of-work/lifecycle';

type WebhookDeliveryAction = 'SUCCEED' | 'RETRY' | 'GIVE_UP' | 'REPLAY';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { DeferredWrites } from '../../../common/events/deferred-writes';
import { EventBus } from '../../../common/events/event-bus';
import { WebhookAttemptEntity } from '../entities/webhook-attempt.entity';
import { WebhookDeliveryEntity } from '../entities/webhook-delivery.entity';
import { WebhookEndpointEntity } from '../entities/webhook-endpoint.entity';
import { targetProblem } from '../../../common/public-target';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { AuditedChange } from '../../../common/events/domain-event';

export type WebhookEndpoint = Omit<WebhookEndpointEntity, 'secretCiphertext' | 'secretNonce'>;
export type WebhookDelivery = WebhookDeliveryEntity;
/** A delivery leased for sending, with what sending it needs of its endpoint (read by the same statement). */
export type ClaimedDelivery = WebhookDelivery & { endpoint: { url: string; secretCiphertext: Buffer; secretNonce: Buffer } };
export type WebhookAttempt = WebhookAttemptEntity;
/** How one attempt ended, waiting to be recorded with the others that ended near it. */
type Outcome = { delivery: ClaimedDelivery; status: number | null; error: string | null; at: Date; durationMs: number };
type Recorded = { recorded: boolean; final: boolean };

/**
 * Outcomes that come in within this many milliseconds are recorded by one statement, up to OUTCOME_BATCH
 * (measured: npm run bench's open loop, where a statement per delivery cost as much as the order's own).
 */
const OUTCOME_WINDOW_MS = 10;
const OUTCOME_BATCH = 64;

/** Standard Webhooks: `v1,` + base64 HMAC-SHA256 of `id.timestamp.body` under the base64 key after `whsec_`. */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/**
 * Webhooks (DESIGN.md §2.11): events are written as deliveries inside the transaction of the change that
 * caused them (the handlers in handlers/). The deliveries table is the queue: the dispatcher of every replica
 * that works jobs claims due ones in batches, sends them with exponential backoff, every attempt logged,
 * replayable; a circuit breaker per endpoint keeps one failing receiver from holding up the others.
 */
@Injectable()
export class WebhookService {
  private readonly log = new Logger(WebhookService.name);
  private readonly wakers = new Set<() => void>();
  /** This process's name on the leases it holds. */
  readonly leaseToken = `${process.pid}-${randomUUID()}`;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly deferred: DeferredWrites,
    private readonly cipher: CodeCipher,
    private readonly clock: Clock,
    private readonly allianceSettings: AllianceSettingsService,
    lifecycles: Lifecycles,
  ) {
    // A replay from the portal; the dispatcher's outcomes are one guarded statement of its own (attempt, below).
    this.deliveryLifecycle = lifecycles.define<WebhookDeliveryEntity, WebhookDeliveryStatus, WebhookDeliveryAction>({
      aggregate: 'webhook_delivery', label: 'Webhook delivery', entity: WebhookDeliveryEntity, machine: webhookDeliveryLifecycle,
    });
  }

  private readonly deliveryLifecycle: Lifecycle<WebhookDeliveryEntity, WebhookDeliveryStatus, WebhookDeliveryAction>;

  /** The dispatcher of this process asks to be woken when a delivery becomes due here (it also polls). */
  onDue(wake: () => void): void {
    this.wakers.add(wake);
  }

  private wakeAfterCommit(): void {
    if (this.wakers.size) this.events.whenCommitted(() => this.wakers.forEach((w) => w()));
  }

  private get endpointRepo() {
    return this.txHost.tx.getRepository(WebhookEndpointEntity);
  }

  private get deliveryRepo() {
    return this.txHost.tx.getRepository(WebhookDeliveryEntity);
  }

  @UnitOfWork()
  async createEndpoint(actor: UserActor, input: { url: string; events: string[]; description?: string | null }): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const problem = await targetProblem(input.url, this.config.webhooks.allowPrivate);
    if (problem) throw validationFailed({ url: [problem] });
    const events = [...new Set(input.events)];
    const unknown = events.filter((e) => !Object.values(WebhookEvent).includes(e as WebhookEvent));
    if (!events.length || unknown.length) throw validationFailed({ events: [unknown.length ? `unknown: ${unknown.join(', ')}` : 'choose at least one event'] });
    const id = randomUUID();
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    // The secret must be read back to sign, so it is encrypted at rest like card codes, with its id bound in.
    const { ciphertext, nonce } = this.cipher.encrypt(id, { secret });
    const endpoint = this.endpointRepo.create({
      id, organizationId: actor.organizationId, url: input.url, description: input.description?.trim() || null, events,
      secretCiphertext: ciphertext, secretNonce: nonce, enabled: true, createdAt: this.clock.now(), disabledAt: null,
    });
    await this.endpointRepo.insert(endpoint);
    await this.events.publish(new AuditedChange(actor, AuditEventType.WEBHOOK_ENDPOINT_CREATED, { organizationId: actor.organizationId, subjectType: 'webhook_endpoint', subjectId: id, payload: { url: input.url, events } }));
    const { secretCiphertext: _c, secretNonce: _n, ...visible } = endpoint;
    return { endpoint: visible, secret };
  }

  @UnitOfWork()
  async disableEndpoint(actor: UserActor, id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.endpointRepo.findOne({ where: { id: assertId(id, 'Webhook endpoint'), organizationId: actor.organizationId }, lock: { mode: 'pessimistic_write' } });
    if (!endpoint) throw notFound('Webhook endpoint');
    Object.assign(endpoint, { enabled: false, disabledAt: this.clock.now() });
    await this.endpointRepo.update(endpoint.id, { enabled: false, disabledAt: endpoint.disabledAt });
    await this.events.publish(new AuditedChange(actor, AuditEventType.WEBHOOK_ENDPOINT_DISABLED, { organizationId: actor.organizationId, subjectType: 'webhook_endpoint', subjectId: endpoint.id, payload: {} }));
    return endpoint;
  }

  endpoints(organizationId: string): Promise<WebhookEndpoint[]> {
    return this.endpointRepo.find({ where: { organizationId }, order: { createdAt: 'DESC' } });
  }

  async deliveries(organizationId: string, endpointId: string | undefined, page: { offset: number; limit: number }): Promise<Page<WebhookDelivery>> {
    const qb = this.deliveryRepo
      .createQueryBuilder('d')
      .innerJoin(WebhookEndpointEntity, 'e', 'e.id = d.endpoint_id')
      .where('e.organization_id = :org', { org: organizationId });
    if (endpointId) qb.andWhere('d.endpoint_id = :endpoint', { endpoint: assertId(endpointId, 'Webhook endpoint') });
    const [items, totalCount] = await qb.orderBy('d.created_at', 'DESC').addOrderBy('d.id').skip(page.offset).take(page.limit).getManyAndCount();
    return { items, totalCount };
  }

  attemptsOf(deliveryId: string): Promise<WebhookAttempt[]> {
    return this.txHost.tx.getRepository(WebhookAttemptEntity).find({ where: { deliveryId }, order: { id: 'ASC' } });
  }

  /**
   * Records an event for every enabled endpoint of the organisation that subscribed to it, inside the
   * caller's transaction: the delivery exists only if the change commits, and then any replica that works
   * jobs sends it.
   */
  emit(organizationId: string, event: WebhookEvent, data: Record<string, unknown>): void {
    const now = this.clock.now();
    // Hot path (measured: every order): one delivery per subscribed endpoint, chosen by the insert itself and
    // written with the transaction's other deferred writes at commit, so no lookup round trip per order.
    this.deferred.defer(
      `INSERT INTO webhook_deliveries (id, endpoint_id, event_type, payload, status, attempts, created_at, next_attempt_at)
       SELECT 'msg_' || replace(gen_random_uuid()::text, '-', ''), e.id, $1, $2::jsonb, 'PENDING', 0, $3, $3
         FROM webhook_endpoints e WHERE e.organization_id = $4 AND e.enabled AND $1 = ANY(e.events)`,
      [event, JSON.stringify({ type: event, timestamp: now.toISOString(), data }), now, organizationId],
    );
    this.wakeAfterCommit();
  }

  /** Tells every organisation of a kind that subscribed (price notices go to the whole alliance's members). */
  async emitToKind(kind: OrganizationKind, event: WebhookEvent, data: Record<string, unknown>): Promise<void> {
    const orgs = (await this.endpointRepo
      .createQueryBuilder('e')
      .select('DISTINCT e.organization_id', 'organizationId')
      .innerJoin('organizations', 'o', 'o.id = e.organization_id')
      .where('o.kind = :kind AND e.enabled AND :event = ANY(e.events)', { kind, event })
      .getRawMany()) as { organizationId: string }[];
    for (const o of orgs) this.emit(o.organizationId, event, data);
  }

  /** Sends a delivery again from the portal: the same message id, as the spec asks of a re-sent message. */
  @UnitOfWork()
  async replay(organizationId: string, deliveryId: string): Promise<WebhookDelivery> {
    const mine = await this.deliveryRepo
      .createQueryBuilder('d')
      .innerJoin(WebhookEndpointEntity, 'e', 'e.id = d.endpoint_id')
      .where('d.id = :id AND e.organization_id = :org', { id: deliveryId, org: organizationId })
      .getExists();
    const delivery = mine ? await this.deliveryLifecycle.lock(deliveryId) : null;
    if (!delivery) throw notFound('Webhook delivery');
    const replayed = await this.deliveryLifecycle.transition(null, delivery, 'REPLAY', { nextAttemptAt: this.clock.now(), leasedUntil: null, leasedBy: null });
    this.wakeAfterCommit();
    return replayed;
  }

  /**
   * Leases up to `limit` due deliveries for this replica to send: the oldest first, at most
   * `endpointConcurrency` in flight per endpoint across the cluster, none of an endpoint whose circuit is open.
   * A lease lasts WEBHOOK_LEASE_SECONDS and is renewed while its attempt runs (renewLeases), so the leases of
   * a replica that dies lapse within seconds and another replica sends those deliveries.
   */
  async claimDue(limit: number): Promise<ClaimedDelivery[]> {
    const now = this.clock.now();
    const { endpointConcurrency, leaseSeconds } = this.config.webhooks;
    // Hot path of the dispatcher (measured: webhook throughput in npm run bench): one statement per batch.
    const { rows } = await hotStatement<Record<string, unknown>>(this.dataSource, 'webhook_claim',
      `WITH busy AS (
         SELECT endpoint_id, count(*)::int AS n FROM webhook_deliveries WHERE status = 'PENDING' AND leased_until > $1 GROUP BY endpoint_id
       ), due AS (
         SELECT d.id, row_number() OVER (PARTITION BY d.endpoint_id ORDER BY d.next_attempt_at, d.id) + coalesce(b.n, 0) AS slot
           FROM webhook_deliveries d
           JOIN webhook_endpoints e ON e.id = d.endpoint_id
           LEFT JOIN busy b ON b.endpoint_id = d.endpoint_id
          WHERE d.status = 'PENDING' AND d.next_attempt_at <= $1 AND (d.leased_until IS NULL OR d.leased_until <= $1)
            AND e.enabled AND (e.circuit_open_until IS NULL OR e.circuit_open_until <= $1)
          ORDER BY d.next_attempt_at LIMIT $2 * 4
       )
       UPDATE webhook_deliveries d SET leased_until = $3, leased_by = $5
         FROM (SELECT id FROM due WHERE slot <= $4 LIMIT $2) pick, webhook_endpoints e
        WHERE d.id = pick.id AND e.id = d.endpoint_id AND (d.leased_until IS NULL OR d.leased_until <= $1)
       RETURNING d.*, e.url AS endpoint_url, e.secret_ciphertext AS endpoint_secret_ciphertext, e.secret_nonce AS endpoint_secret_nonce`,
      [now, limit, new Date(now.getTime() + leaseSeconds * 1000), endpointConcurrency, this.leaseToken],
    );
    return rows.map((r) => Object.assign(this.deliveryRepo.create({
      id: r.id as string, endpointId: r.endpoint_id as string, eventType: r.event_type as string, payload: r.payload as Record<string, unknown>,
      status: r.status as WebhookDeliveryStatus, attempts: r.attempts as number, lastStatusCode: r.last_status_code as number | null, lastError: r.last_error as string | null,
      createdAt: r.created_at as Date, deliveredAt: r.delivered_at as Date | null, nextAttemptAt: r.next_attempt_at as Date | null, leasedUntil: r.leased_until as Date | null,
      leasedBy: r.leased_by as string | null,
    }), { endpoint: { url: r.endpoint_url as string, secretCiphertext: r.endpoint_secret_ciphertext as Buffer, secretNonce: r.endpoint_secret_nonce as Buffer } }));
  }

  /** Extends this process's leases on deliveries still being sent; answers how many it still holds. */
  async renewLeases(ids: string[]): Promise<number> {
    if (!ids.length) return 0;
    const until = new Date(this.clock.now().getTime() + this.config.webhooks.leaseSeconds * 1000);
    // Hot path of the dispatcher (every second while deliveries are in flight): one statement for all of them.
    const { rowCount } = await hotStatement(this.dataSource, 'webhook_renew',
      `UPDATE webhook_deliveries SET leased_until = $1 WHERE id = ANY($2::text[]) AND leased_by = $3 AND status = 'PENDING'`,
      [until, ids, this.leaseToken],
    );
    return rowCount;
  }

  /** Due deliveries not yet sent, and how long the oldest has waited (metrics; the due index answers it). */
  async queueDepth(): Promise<{ due: number; oldestDueSeconds: number; leased: number }> {
    const now = this.clock.now();
    const [row] = (await this.txHost.tx.query(
      `SELECT count(*) FILTER (WHERE leased_until IS NULL OR leased_until <= $1)::int AS due,
              count(*) FILTER (WHERE leased_until > $1)::int AS leased,
              coalesce(extract(epoch FROM $1 - min(next_attempt_at) FILTER (WHERE leased_until IS NULL OR leased_until <= $1)), 0)::float8 AS oldest
         FROM webhook_deliveries WHERE status = 'PENDING' AND next_attempt_at <= $1`,
      [now],
    )) as { due: number; leased: number; oldest: number }[];
    return { due: row.due, leased: row.leased, oldestDueSeconds: Math.max(0, row.oldest) };
  }

  /** Sends one leased delivery and records the outcome: retried later with backoff, or given up after the last retry. */
  async attempt(delivery: ClaimedDelivery): Promise<boolean> {
    // The endpoint as the claim read it (enabled, its circuit closed): no read of its own per delivery.
    const { endpoint } = delivery;
    const secret = this.cipher.decrypt(delivery.endpointId, endpoint.secretCiphertext, endpoint.secretNonce).secret!;
    const body = JSON.stringify(delivery.payload);
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const started = Date.now();
    let status: number | null = null;
    let error: string | null = null;
    const problem = await targetProblem(endpoint.url, this.config.webhooks.allowPrivate);
    if (problem) error = `refused: the URL ${problem}`;
    else {
      try {
        // undici's request rather than fetch: the same client without the WHATWG layers (measured: the webhook
        // was a third of the api's CPU per order in npm run bench's open loop). Redirects are not followed.
        const res = await request(endpoint.url, {
          method: 'POST',
          signal: AbortSignal.timeout(this.config.webhooks.timeoutMs),
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Mengyuan-Webhooks/1',
            'webhook-id': delivery.id,
            'webhook-timestamp': String(timestamp),
            'webhook-signature': signWebhook(secret, delivery.id, timestamp, body),
          },
          body,
        });
        // The answer is in with its status: recorded before anything else (the body is not read).
        status = res.statusCode;
        res.body.dump().catch(() => undefined);
        if (status < 200 || status >= 300) error = `HTTP ${status}`;
      } catch (err) {
        error = (err as Error).name === 'TimeoutError' ? 'timed out' : (err as Error).message;
      }
    }
    const { recorded, final } = await this.record({ delivery, status, error, at: this.clock.now(), durationMs: Date.now() - started });
    if (!recorded) this.log.warn(`webhook ${delivery.id}: its lease had passed to another replica before the outcome (${error ?? 'delivered'}) was recorded`);
    if (error !== null) this.log.warn(`webhook ${delivery.id} attempt ${delivery.attempts + 1} failed: ${error}${final ? ' (given up)' : ''}`);
    return error === null;
  }

  private outcomes: { outcome: Outcome; resolve: (result: Recorded) => void; reject: (err: unknown) => void }[] = [];
  private outcomeTimer: NodeJS.Timeout | undefined;

  /** Outcomes that come in within OUTCOME_WINDOW_MS of one another are recorded together. */
  private record(outcome: Outcome): Promise<Recorded> {
    return new Promise((resolve, reject) => {
      this.outcomes.push({ outcome, resolve, reject });
      if (this.outcomes.length >= OUTCOME_BATCH) this.flushOutcomes();
      else this.outcomeTimer ??= setTimeout(() => this.flushOutcomes(), OUTCOME_WINDOW_MS);
    });
  }

  private flushOutcomes(): void {
    clearTimeout(this.outcomeTimer);
    this.outcomeTimer = undefined;
    const batch = this.outcomes.splice(0);
    if (!batch.length) return;
    this.writeOutcomes(batch.map((b) => b.outcome)).then(
      ({ recorded, final }) => batch.forEach(({ outcome: { delivery }, resolve }) => resolve({ recorded: recorded.has(delivery.id), final: final.has(delivery.id) })),
      (err: unknown) => batch.forEach((b) => b.reject(err)),
    );
  }

  /**
   * The outcomes, their attempts and the endpoints' breakers in one statement (its own commit), as soon as the
   * batch is in: the window in which a crash would leave a delivered message to be sent again is this statement
   * and the few milliseconds before it. A delivery changes only while this process still holds its lease.
   * Answers the ids whose outcome was recorded, and those given up.
   */
  private async writeOutcomes(outcomes: Outcome[]): Promise<{ recorded: Set<string>; final: Set<string> }> {
    const { breakerFailures, breakerSeconds } = this.config.webhooks;
    const { retryLimit, retryDelaySeconds } = (await this.allianceSettings.current()).webhooks;
    const rows = outcomes.map(({ delivery, error, at }) => {
      const attempts = delivery.attempts + 1;
      const done = error === null;
      const final = !done && attempts > retryLimit;
      const backoffMs = Math.min(retryDelaySeconds * 1000 * 2 ** (attempts - 1), 3_600_000);
      const status = nextStatus(webhookDeliveryLifecycle, delivery.status, done ? 'SUCCEED' : final ? 'GIVE_UP' : 'RETRY', undefined);
      return { id: delivery.id, attempts, status, final, deliveredAt: done ? at : null, nextAttemptAt: done || final ? null : new Date(at.getTime() + backoffMs) };
    });
    // Each endpoint's breaker from its outcomes in the order they came in: a success resets the count, a failure adds one.
    const breakers = new Map<string, { reset: boolean; failures: number; at: Date }>();
    for (const { delivery, error, at } of outcomes) {
      const b = breakers.get(delivery.endpointId) ?? { reset: false, failures: 0, at };
      if (error === null) Object.assign(b, { reset: true, failures: 0 });
      else b.failures += 1;
      b.at = at;
      breakers.set(delivery.endpointId, b);
    }
    // The failures in a row after this batch, counted from the endpoint's row as it is now (attempts recorded
    // together by two replicas each count: no lost update).
    const inARow = 'CASE WHEN b.reset THEN b.failures ELSE e.consecutive_failures + b.failures END';
    // Hot path of the dispatcher (measured: webhook throughput in npm run bench).
    const { rows: recorded } = await hotStatement<{ id: string }>(this.dataSource, 'webhook_outcomes',
      `WITH o AS (
         SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::text[], $6::timestamptz[], $7::timestamptz[], $8::timestamptz[], $9::int[])
           AS o(id, attempts, status_code, error, status, delivered_at, next_attempt_at, attempted_at, duration_ms)
       ), outcome AS (
         UPDATE webhook_deliveries d SET attempts = o.attempts, last_status_code = o.status_code, last_error = o.error, status = o.status,
                delivered_at = o.delivered_at, next_attempt_at = o.next_attempt_at, leased_until = NULL, leased_by = NULL
           FROM o WHERE d.id = o.id AND d.leased_by = $10 AND d.status = 'PENDING'
         RETURNING d.id
       ), attempt AS (
         INSERT INTO webhook_attempts (delivery_id, attempted_at, status_code, error, duration_ms) SELECT id, attempted_at, status_code, error, duration_ms FROM o
       ), breaker AS (
         -- From breakerFailures ($11) failures in a row the circuit opens for breakerSeconds ($12), doubling, up to 64
         -- times that. An endpoint already closed and clean is not written on a success.
         UPDATE webhook_endpoints e SET consecutive_failures = ${inARow},
                circuit_open_until = CASE WHEN b.failures > 0 AND ${inARow} >= $11
                                          THEN b.at + make_interval(secs => $12 * 2 ^ least(${inARow} - $11, 6)) END
           FROM unnest($13::uuid[], $14::bool[], $15::int[], $16::timestamptz[]) AS b(endpoint_id, reset, failures, at)
          WHERE e.id = b.endpoint_id AND (b.failures > 0 OR e.consecutive_failures <> 0 OR e.circuit_open_until IS NOT NULL)
       )
       SELECT id FROM outcome`,
      [
        outcomes.map((o) => o.delivery.id), rows.map((r) => r.attempts), outcomes.map((o) => o.status), outcomes.map((o) => o.error), rows.map((r) => r.status),
        rows.map((r) => r.deliveredAt), rows.map((r) => r.nextAttemptAt), outcomes.map((o) => o.at), outcomes.map((o) => o.durationMs),
        this.leaseToken, breakerFailures, breakerSeconds,
        [...breakers.keys()], [...breakers.values()].map((b) => b.reset), [...breakers.values()].map((b) => b.failures), [...breakers.values()].map((b) => b.at),
      ],
    );
    return { recorded: new Set(recorded.map((r) => r.id)), final: new Set(rows.filter((r) => r.final).map((r) => r.id)) };
  }
}
