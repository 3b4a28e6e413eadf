import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { AuditEventType, WebhookDeliveryStatus, WebhookEvent, webhookDeliveryLifecycle, type OrganizationKind } from '@mengyuan/domain';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ArrayContains } from 'typeorm';
import { auditActor, type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { CodeCipher } from '../../../common/crypto/code-cipher';
import { assertId, notFound, validationFailed } from '../../../common/errors';
import type { Page } from '../../../common/pagination';
import { nextStatus } from '../../../common/transition';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { AuditService } from '../../audit/audit.service';
import { JobsService } from '../../jobs/jobs.service';
import { WebhookAttemptEntity } from '../entities/webhook-attempt.entity';
import { WebhookDeliveryEntity } from '../entities/webhook-delivery.entity';
import { WebhookEndpointEntity } from '../entities/webhook-endpoint.entity';
import { targetProblem } from './webhook-target';

export const DELIVER_WEBHOOK_JOB = 'webhooks.deliver';

export type WebhookEndpoint = Omit<WebhookEndpointEntity, 'secretCiphertext' | 'secretNonce'>;
export type WebhookDelivery = WebhookDeliveryEntity;
export type WebhookAttempt = WebhookAttemptEntity;

/** Standard Webhooks: `v1,` + base64 HMAC-SHA256 of `id.timestamp.body` under the base64 key after `whsec_`. */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/**
 * Webhooks (DESIGN.md §2.11): events are written as deliveries inside the transaction of the change that
 * caused them (the handlers in handlers/), queued with them, sent by the job queue with exponential backoff,
 * every attempt logged, replayable.
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

  private get endpointRepo() {
    return this.txHost.tx.getRepository(WebhookEndpointEntity);
  }

  private get deliveryRepo() {
    return this.txHost.tx.getRepository(WebhookDeliveryEntity);
  }

  onModuleInit(): void {
    this.jobs.define<{ deliveryId: string }>({ name: DELIVER_WEBHOOK_JOB, handler: ({ deliveryId }) => this.attempt(deliveryId) });
  }

  @Transactional()
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
    await this.audit.record({ type: AuditEventType.WEBHOOK_ENDPOINT_CREATED, ...auditActor(actor), organizationId: actor.organizationId, subjectType: 'webhook_endpoint', subjectId: id, payload: { url: input.url, events } });
    const { secretCiphertext: _c, secretNonce: _n, ...visible } = endpoint;
    return { endpoint: visible, secret };
  }

  @Transactional()
  async disableEndpoint(actor: UserActor, id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.endpointRepo.findOne({ where: { id: assertId(id, 'Webhook endpoint'), organizationId: actor.organizationId }, lock: { mode: 'pessimistic_write' } });
    if (!endpoint) throw notFound('Webhook endpoint');
    Object.assign(endpoint, { enabled: false, disabledAt: this.clock.now() });
    await this.endpointRepo.update(endpoint.id, { enabled: false, disabledAt: endpoint.disabledAt });
    await this.audit.record({ type: AuditEventType.WEBHOOK_ENDPOINT_DISABLED, ...auditActor(actor), organizationId: actor.organizationId, subjectType: 'webhook_endpoint', subjectId: endpoint.id, payload: {} });
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
   * caller's transaction, and queues their delivery with it (whichever replica works the queue sends it).
   */
  async emit(organizationId: string, event: WebhookEvent, data: Record<string, unknown>): Promise<number> {
    const endpoints = await this.endpointRepo.find({ where: { organizationId, enabled: true, events: ArrayContains([event]) }, select: { id: true } });
    for (const e of endpoints) {
      const id = `msg_${randomUUID().replace(/-/g, '')}`;
      const now = this.clock.now();
      await this.deliveryRepo.insert({
        id, endpointId: e.id, eventType: event, payload: { type: event, timestamp: now.toISOString(), data }, status: WebhookDeliveryStatus.PENDING,
        attempts: 0, lastStatusCode: null, lastError: null, createdAt: now, deliveredAt: null,
      } as never); // jsonb payload: TypeORM's partial type cannot express it
      await this.queue(id);
    }
    return endpoints.length;
  }

  /** Tells every organisation of a kind that subscribed (price notices go to the whole alliance's members). */
  async emitToKind(kind: OrganizationKind, event: WebhookEvent, data: Record<string, unknown>): Promise<void> {
    const orgs = (await this.endpointRepo
      .createQueryBuilder('e')
      .select('DISTINCT e.organization_id', 'organizationId')
      .innerJoin('organizations', 'o', 'o.id = e.organization_id')
      .where('o.kind = :kind AND e.enabled AND :event = ANY(e.events)', { kind, event })
      .getRawMany()) as { organizationId: string }[];
    for (const o of orgs) await this.emit(o.organizationId, event, data);
  }

  private queue(deliveryId: string) {
    const { retryLimit, retryDelaySeconds } = this.config.webhooks;
    return this.jobs.sendInTransaction(DELIVER_WEBHOOK_JOB, { deliveryId }, { retryLimit, retryDelay: retryDelaySeconds, retryBackoff: true });
  }

  /** Sends a delivery again from the portal: the same message id, as the spec asks of a re-sent message. */
  @Transactional()
  async replay(organizationId: string, deliveryId: string): Promise<WebhookDelivery> {
    const delivery = await this.deliveryRepo
      .createQueryBuilder('d')
      .innerJoin(WebhookEndpointEntity, 'e', 'e.id = d.endpoint_id')
      .where('d.id = :id AND e.organization_id = :org', { id: deliveryId, org: organizationId })
      .setLock('pessimistic_write', undefined, ['d'])
      .getOne();
    if (!delivery) throw notFound('Webhook delivery');
    delivery.status = nextStatus(webhookDeliveryLifecycle, delivery.status, 'REPLAY', undefined);
    await this.deliveryRepo.update(delivery.id, { status: delivery.status });
    await this.queue(delivery.id);
    return delivery;
  }

  /** One attempt (the job's handler): throws on failure so the queue retries with backoff. */
  async attempt(deliveryId: string): Promise<void> {
    const delivery = await this.deliveryRepo.findOne({ where: { id: deliveryId } });
    if (!delivery || delivery.status !== WebhookDeliveryStatus.PENDING) return;
    const endpoint = await this.endpointRepo.findOne({
      where: { id: delivery.endpointId },
      select: { id: true, url: true, enabled: true, secretCiphertext: true, secretNonce: true },
    });
    if (!endpoint?.enabled) return;
    const secret = this.cipher.decrypt(endpoint.id, endpoint.secretCiphertext, endpoint.secretNonce).secret!;
    const body = JSON.stringify(delivery.payload);
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const started = Date.now();
    let status: number | null = null;
    let error: string | null = null;
    const problem = await targetProblem(endpoint.url, this.config.webhooks.allowPrivate);
    if (problem) error = `refused: the URL ${problem}`;
    else {
      try {
        const res = await fetch(endpoint.url, {
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
        });
        status = res.status;
        await res.body?.cancel();
        if (status < 200 || status >= 300) error = `HTTP ${status}`;
      } catch (err) {
        error = (err as Error).name === 'TimeoutError' ? 'timed out' : (err as Error).message;
      }
    }
    const attempts = delivery.attempts + 1;
    const done = error === null;
    const final = !done && attempts > this.config.webhooks.retryLimit;
    await this.txHost.withTransaction(async () => {
      await this.txHost.tx.getRepository(WebhookAttemptEntity).insert({ deliveryId: delivery.id, attemptedAt: this.clock.now(), statusCode: status, error, durationMs: Date.now() - started });
      await this.deliveryRepo.update(delivery.id, {
        attempts, lastStatusCode: status, lastError: error,
        status: nextStatus(webhookDeliveryLifecycle, delivery.status, done ? 'SUCCEED' : final ? 'GIVE_UP' : 'RETRY', undefined),
        deliveredAt: done ? this.clock.now() : null,
      });
    });
    if (!done && !final) {
      this.log.warn(`webhook ${delivery.id} attempt ${attempts} failed: ${error}`);
      throw new Error(`webhook delivery failed: ${error}`);
    }
  }
}
