import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { AuditEventType, WebhookDeliveryStatus, WebhookEvent, webhookDeliveryLifecycle, type OrganizationKind } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable, Logger } from '@nestjs/common';
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
    const [rows] = (await this.txHost.tx.query(
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
    )) as [Record<string, unknown>[], number];
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
    const [, count] = (await this.txHost.tx.query(
      `UPDATE webhook_deliveries SET leased_until = $1 WHERE id = ANY($2::text[]) AND leased_by = $3 AND status = 'PENDING'`,
      [until, ids, this.leaseToken],
    )) as [unknown, number];
    return count;
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
    let response: Response | undefined;
    const problem = await targetProblem(endpoint.url, this.config.webhooks.allowPrivate);
    if (problem) error = `refused: the URL ${problem}`;
    else {
      try {
        const res = (response = await fetch(endpoint.url, {
          method: 'POST',
          redirect: 'manual',
          signal: AbortSignal.timeout(this.config.webhooks.timeoutMs),
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Mengyuan-Webhooks/1',
            'webhook-id': delivery.id,
            'webhook-timestamp': String(timestamp),
            'webhook-signature': signWebhook(secret, delivery.id, timestamp, body),
          },
          body,
        }));
        // The answer is in with its status: recorded before anything else (the body is not read).
        status = res.status;
        if (status < 200 || status >= 300) error = `HTTP ${status}`;
      } catch (err) {
        error = (err as Error).name === 'TimeoutError' ? 'timed out' : (err as Error).message;
      }
    }
    const { breakerFailures, breakerSeconds } = this.config.webhooks;
    const { retryLimit, retryDelaySeconds } = (await this.allianceSettings.current()).webhooks;
    const attempts = delivery.attempts + 1;
    const done = error === null;
    const final = !done && attempts > retryLimit;
    const now = this.clock.now();
    const backoffMs = Math.min(retryDelaySeconds * 1000 * 2 ** (attempts - 1), 3_600_000);
    const nextStatusOf = nextStatus(webhookDeliveryLifecycle, delivery.status, done ? 'SUCCEED' : final ? 'GIVE_UP' : 'RETRY', undefined);
    // The outcome, the attempt and the endpoint's breaker in one statement (one round trip, its own commit),
    // the moment the answer is in: the window in which a crash would leave a delivered message to be sent
    // again is this one statement. The delivery changes only while this process still holds its lease.
    // Hot path of the dispatcher (measured: webhook throughput in npm run bench).
    const rows = (await this.txHost.tx.query(
      `WITH outcome AS (
         UPDATE webhook_deliveries SET attempts = $2, last_status_code = $3, last_error = $4, status = $5, delivered_at = $6,
                next_attempt_at = $7, leased_until = NULL, leased_by = NULL
          WHERE id = $1 AND leased_by = $8 AND status = 'PENDING'
         RETURNING id
       ), attempt AS (
         INSERT INTO webhook_attempts (delivery_id, attempted_at, status_code, error, duration_ms) VALUES ($1, $9, $3, $4, $10)
       ), breaker AS (
         -- The breaker counts from the row as it is now, so attempts finishing together each count (no lost update):
         -- from breakerFailures ($11) failures in a row it opens for breakerSeconds ($12), doubling, up to 64 times that.
         UPDATE webhook_endpoints SET consecutive_failures = CASE WHEN $14 THEN 0 ELSE consecutive_failures + 1 END,
                circuit_open_until = CASE WHEN NOT $14 AND consecutive_failures + 1 >= $11
                                          THEN $9::timestamptz + make_interval(secs => $12 * 2 ^ least(consecutive_failures + 1 - $11, 6)) END
          WHERE id = $13
       )
       SELECT count(*)::int AS recorded FROM outcome`,
      [
        delivery.id, attempts, status, error, nextStatusOf, done ? now : null, done || final ? null : new Date(now.getTime() + backoffMs), this.leaseToken,
        now, Date.now() - started, breakerFailures, breakerSeconds, delivery.endpointId, done,
      ],
    )) as { recorded: number }[];
    void response?.body?.cancel().catch(() => undefined);
    if (!rows[0]?.recorded) this.log.warn(`webhook ${delivery.id}: its lease had passed to another replica before the outcome (${error ?? 'delivered'}) was recorded`);
    if (!done) this.log.warn(`webhook ${delivery.id} attempt ${attempts} failed: ${error}${final ? ' (given up)' : ''}`);
    return done;
  }
}
