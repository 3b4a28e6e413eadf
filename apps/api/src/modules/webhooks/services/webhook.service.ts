import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { AuditEventType, WebhookDeliveryStatus, WebhookEvent } from '@mengyuan/domain';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { auditActor, type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { assertId, invalidTransition, notFound, validationFailed } from '../../../common/errors';
import type { Page } from '../../../common/pagination';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { AuditService } from '../../audit/audit.service';
import { CodeCipher } from '../../inventory/services/code-cipher';
import { JobsService } from '../../jobs/jobs.service';
import { targetProblem } from './webhook-target';

export const DELIVER_WEBHOOK_JOB = 'webhooks.deliver';

export interface EndpointRow {
  id: string;
  organization_id: string;
  url: string;
  description: string | null;
  events: string[];
  enabled: boolean;
  created_at: Date;
}

export interface DeliveryRow {
  id: string;
  endpoint_id: string;
  event_type: string;
  payload: Record<string, unknown>;
  status: WebhookDeliveryStatus;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  created_at: Date;
  delivered_at: Date | null;
}

/** Standard Webhooks: `v1,` + base64 HMAC-SHA256 of `id.timestamp.body` under the base64 key after `whsec_`. */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/**
 * Webhooks (DESIGN.md §2.11): events are written as deliveries inside the transaction of the change that
 * caused them, sent by the job queue with exponential backoff, every attempt logged, replayable.
 */
@Injectable()
export class WebhookService implements OnModuleInit {
  private readonly log = new Logger(WebhookService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly jobs: JobsService,
    private readonly cipher: CodeCipher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ deliveryId: string }>({ name: DELIVER_WEBHOOK_JOB, handler: ({ deliveryId }) => this.attempt(deliveryId) });
  }

  @Transactional()
  async createEndpoint(actor: UserActor, input: { url: string; events: string[]; description?: string | null }): Promise<{ endpoint: EndpointRow; secret: string }> {
    const problem = await targetProblem(input.url, this.config.webhooks.allowPrivate);
    if (problem) throw validationFailed({ url: [problem] });
    const events = [...new Set(input.events)];
    const unknown = events.filter((e) => !Object.values(WebhookEvent).includes(e as WebhookEvent));
    if (!events.length || unknown.length) throw validationFailed({ events: [unknown.length ? `unknown: ${unknown.join(', ')}` : 'choose at least one event'] });
    const id = randomUUID();
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    // The secret must be read back to sign, so it is encrypted at rest like card codes, with its id bound in.
    const { ciphertext, nonce } = this.cipher.encrypt(id, { secret });
    const [endpoint] = (await this.txHost.tx.query(
      `INSERT INTO webhook_endpoints (id, organization_id, url, description, events, secret_ciphertext, secret_nonce, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, organization_id, url, description, events, enabled, created_at`,
      [id, actor.organizationId, input.url, input.description?.trim() || null, events, ciphertext, nonce, this.clock.now()],
    )) as EndpointRow[];
    await this.audit.record({ type: AuditEventType.WEBHOOK_ENDPOINT_CREATED, ...auditActor(actor), organizationId: actor.organizationId, subjectType: 'webhook_endpoint', subjectId: id, payload: { url: input.url, events } });
    return { endpoint, secret };
  }

  @Transactional()
  async disableEndpoint(actor: UserActor, id: string): Promise<EndpointRow> {
    const [endpoint] = (await this.txHost.tx.query(
      `UPDATE webhook_endpoints SET enabled = false, disabled_at = $3 WHERE id = $1 AND organization_id = $2 RETURNING id, organization_id, url, description, events, enabled, created_at`,
      [assertId(id, 'Webhook endpoint'), actor.organizationId, this.clock.now()],
    ))[0] as EndpointRow[];
    if (!endpoint) throw notFound('Webhook endpoint');
    await this.audit.record({ type: AuditEventType.WEBHOOK_ENDPOINT_DISABLED, ...auditActor(actor), organizationId: actor.organizationId, subjectType: 'webhook_endpoint', subjectId: id, payload: {} });
    return endpoint;
  }

  endpoints(organizationId: string): Promise<EndpointRow[]> {
    return this.txHost.tx.query(
      `SELECT id, organization_id, url, description, events, enabled, created_at FROM webhook_endpoints WHERE organization_id = $1 ORDER BY created_at DESC`,
      [organizationId],
    );
  }

  async deliveries(organizationId: string, endpointId: string | undefined, page: { offset: number; limit: number }): Promise<Page<DeliveryRow>> {
    const params: unknown[] = [organizationId];
    let filter = '';
    if (endpointId) {
      params.push(assertId(endpointId, 'Webhook endpoint'));
      filter = `AND d.endpoint_id = $2`;
    }
    const items = (await this.txHost.tx.query(
      `SELECT d.* FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE e.organization_id = $1 ${filter}
        ORDER BY d.created_at DESC, d.id OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, page.offset, page.limit],
    )) as DeliveryRow[];
    const [count] = await this.txHost.tx.query(`SELECT count(*)::int AS n FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE e.organization_id = $1 ${filter}`, params);
    return { items, totalCount: count.n };
  }

  attemptsOf(deliveryId: string): Promise<{ attempted_at: Date; status_code: number | null; error: string | null; duration_ms: number }[]> {
    return this.txHost.tx.query('SELECT attempted_at, status_code, error, duration_ms FROM webhook_attempts WHERE delivery_id = $1 ORDER BY id', [deliveryId]);
  }

  /**
   * Records an event for every enabled endpoint of the organisation that subscribed to it, inside the
   * caller's transaction, and queues their delivery with it.
   */
  async emit(organizationId: string, event: WebhookEvent, data: Record<string, unknown>): Promise<number> {
    const endpoints = (await this.txHost.tx.query(`SELECT id FROM webhook_endpoints WHERE organization_id = $1 AND enabled AND $2 = ANY(events)`, [organizationId, event])) as { id: string }[];
    for (const e of endpoints) {
      const id = `msg_${randomUUID().replace(/-/g, '')}`;
      const payload = { type: event, timestamp: this.clock.now().toISOString(), data };
      await this.txHost.tx.query(`INSERT INTO webhook_deliveries (id, endpoint_id, event_type, payload, status, created_at) VALUES ($1, $2, $3, $4, 'PENDING', $5)`, [id, e.id, event, payload, this.clock.now()]);
      await this.queue(id);
    }
    return endpoints.length;
  }

  /** Tells every member that subscribed (price notices go to the whole alliance's members). */
  async emitToKind(kind: string, event: WebhookEvent, data: Record<string, unknown>): Promise<void> {
    const orgs = (await this.txHost.tx.query(
      `SELECT DISTINCT e.organization_id FROM webhook_endpoints e JOIN organizations o ON o.id = e.organization_id WHERE o.kind = $1 AND e.enabled AND $2 = ANY(e.events)`,
      [kind, event],
    )) as { organization_id: string }[];
    for (const o of orgs) await this.emit(o.organization_id, event, data);
  }

  private queue(deliveryId: string) {
    const { retryLimit, retryDelaySeconds } = this.config.webhooks;
    return this.jobs.sendInTransaction(DELIVER_WEBHOOK_JOB, { deliveryId }, { retryLimit, retryDelay: retryDelaySeconds, retryBackoff: true });
  }

  /** Sends a delivery again from the portal: the same message id, as the spec asks of a re-sent message. */
  @Transactional()
  async replay(organizationId: string, deliveryId: string): Promise<DeliveryRow> {
    const [delivery] = (await this.txHost.tx.query(
      `UPDATE webhook_deliveries d SET status = 'PENDING' FROM webhook_endpoints e
        WHERE d.id = $1 AND e.id = d.endpoint_id AND e.organization_id = $2 RETURNING d.*`,
      [deliveryId, organizationId],
    ))[0] as DeliveryRow[];
    if (!delivery) throw notFound('Webhook delivery');
    if (!(await this.queue(delivery.id))) throw invalidTransition('NO_QUEUE', 'replay');
    return delivery;
  }

  /** One attempt (the job's handler): throws on failure so the queue retries with backoff. */
  async attempt(deliveryId: string): Promise<void> {
    const [row] = (await this.txHost.tx.query(
      `SELECT d.id, d.payload, d.status, d.attempts, e.id AS endpoint_id, e.url, e.enabled, e.secret_ciphertext, e.secret_nonce
         FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE d.id = $1`,
      [deliveryId],
    )) as { id: string; payload: unknown; status: string; attempts: number; endpoint_id: string; url: string; enabled: boolean; secret_ciphertext: Buffer; secret_nonce: Buffer }[];
    if (!row || row.status === WebhookDeliveryStatus.SUCCEEDED || !row.enabled) return;
    const secret = this.cipher.decrypt(row.endpoint_id, row.secret_ciphertext, row.secret_nonce).secret!;
    const body = JSON.stringify(row.payload);
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const started = Date.now();
    let status: number | null = null;
    let error: string | null = null;
    const problem = await targetProblem(row.url, this.config.webhooks.allowPrivate);
    if (problem) error = `refused: the URL ${problem}`;
    else {
      try {
        const res = await fetch(row.url, {
          method: 'POST',
          redirect: 'manual',
          signal: AbortSignal.timeout(this.config.webhooks.timeoutMs),
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Mengyuan-Webhooks/1',
            'webhook-id': row.id,
            'webhook-timestamp': String(timestamp),
            'webhook-signature': signWebhook(secret, row.id, timestamp, body),
          },
          body,
        });
        status = res.status;
        await res.body?.cancel();
        if (status < 200 || status >= 300) error = `HTTP ${status}`;
      } catch (err) {
        error = (err as Error).name === 'TimeoutError' ? 'timed out' : (err as Error).message;
      }
    }
    const attempts = row.attempts + 1;
    const done = error === null;
    const final = !done && attempts > this.config.webhooks.retryLimit;
    await this.txHost.withTransaction(async () => {
      await this.txHost.tx.query('INSERT INTO webhook_attempts (delivery_id, attempted_at, status_code, error, duration_ms) VALUES ($1, $2, $3, $4, $5)', [row.id, this.clock.now(), status, error, Date.now() - started]);
      await this.txHost.tx.query(
        `UPDATE webhook_deliveries SET attempts = $2, last_status_code = $3, last_error = $4, status = $5, delivered_at = $6 WHERE id = $1`,
        [row.id, attempts, status, error, done ? 'SUCCEEDED' : final ? 'FAILED' : 'PENDING', done ? this.clock.now() : null],
      );
    });
    if (!done && !final) {
      this.log.warn(`webhook ${row.id} attempt ${attempts} failed: ${error}`);
      throw new Error(`webhook delivery failed: ${error}`);
    }
  }
}
