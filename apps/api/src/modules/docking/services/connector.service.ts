import { randomUUID } from 'node:crypto';
import { DockConnectorStatus, DockProtocol, DockRounding, OrganizationKind } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable } from '@nestjs/common';
import { isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { SecretBox } from '../../../common/crypto/secret-box';
import { assertId, notFound, validationFailed } from '../../../common/errors';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { DujiaoUpstreamAdapter } from '../adapters/dujiao.adapter';
import { MengyuanAdapter } from '../adapters/mengyuan.adapter';
import { UpstreamError, type UpstreamAdapter, type UpstreamCall } from '../adapters/upstream-adapter';
import { DockConnectorEntity } from '../entities/docking.entities';
import { Breakers } from './breakers';
import { CallLogService } from './call-log.service';

export interface ConnectorSettings {
  name?: string | null;
  /** Chosen when the connector is made (the goods' ids are the protocol's); not changed after. */
  protocol?: DockProtocol | null;
  endpoint?: string | null;
  keyId?: string | null;
  secret?: string | null;
  timeoutMs?: number | null;
  concurrency?: number | null;
  markupBp?: number | null;
  rounding?: DockRounding | null;
  excludedGoods?: string[] | null;
  status?: DockConnectorStatus | null;
}

export interface TestResult {
  ok: boolean;
  latencyMs: number;
  supplier: string | null;
  error: string | null;
  code: string | null;
}

/**
 * Connectors: a supplier's own system as a source (issue 19). Only the supplier's people see and change theirs
 * (alliance staff see all); the secret is sealed at rest (SecretBox: AES-256-GCM, the row's id as associated data)
 * and never answered. Each connector is spoken to through its protocol's adapter, every call logged.
 */
@Injectable()
export class ConnectorService {
  readonly breakers = new Breakers();
  private readonly secrets = new Map<string, { at: Date; secret: string }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly box: SecretBox,
    readonly callLog: CallLogService,
    private readonly clock: Clock,
  ) {}

  private get repo() {
    return this.txHost.tx.getRepository(DockConnectorEntity);
  }

  private check(s: ConnectorSettings, creating: boolean): Record<string, string[]> {
    const errors: Record<string, string[]> = {};
    if (creating || s.name != null) if (!s.name?.trim() || s.name.trim().length > 80) errors.name = ['1–80 characters'];
    if (s.protocol != null && !creating) errors.protocol = ['is chosen when the connector is made'];
    else if (s.protocol != null && !Object.values(DockProtocol).includes(s.protocol)) errors.protocol = [`one of ${Object.values(DockProtocol).join(', ')}`];
    if (creating || s.endpoint != null) {
      let ok = false;
      try {
        const u = new URL(s.endpoint ?? '');
        ok = (u.protocol === 'https:' || (u.protocol === 'http:' && this.config.nodeEnv !== 'production')) && !u.username && !u.password;
      } catch {
        ok = false;
      }
      if (!ok) errors.endpoint = [this.config.nodeEnv === 'production' ? 'an https:// URL' : 'an http(s):// URL'];
    }
    if (creating || s.keyId != null) if (!/^[\w.-]{1,64}$/.test(s.keyId ?? '')) errors.keyId = ['1–64 letters, digits, _ . -'];
    if (creating || s.secret != null) if ((s.secret ?? '').length < 16 || (s.secret ?? '').length > 200) errors.secret = ['16–200 characters'];
    if (s.timeoutMs != null && (s.timeoutMs < 100 || s.timeoutMs > 30_000)) errors.timeoutMs = ['100–30000 ms'];
    if (s.concurrency != null && (s.concurrency < 1 || s.concurrency > 256)) errors.concurrency = ['1–256'];
    if (s.markupBp != null && (s.markupBp < -5000 || s.markupBp > 10_000)) errors.markupBp = ['-5000–10000 basis points'];
    if (s.excludedGoods != null && (s.excludedGoods.length > 1000 || s.excludedGoods.some((g) => !g.trim() || g.length > 100))) errors.excludedGoods = ['at most 1000 goods ids'];
    return errors;
  }

  @UnitOfWork()
  async create(actor: UserActor, input: ConnectorSettings): Promise<DockConnectorEntity> {
    const errors = this.check(input, true);
    if (Object.keys(errors).length) throw validationFailed(errors);
    if (await this.repo.exists({ where: { supplierId: actor.organizationId, name: input.name!.trim() } })) throw validationFailed({ name: ['another connector has this name'] });
    const id = randomUUID();
    const sealed = this.box.seal(id, { secret: input.secret! });
    const now = this.clock.now();
    const connector = this.repo.create({
      id, supplierId: actor.organizationId, name: input.name!.trim(), protocol: input.protocol ?? DockProtocol.MENGYUAN, endpoint: input.endpoint!.trim(), keyId: input.keyId!,
      secretCiphertext: sealed.ciphertext, secretNonce: sealed.nonce, timeoutMs: input.timeoutMs ?? 2500, concurrency: input.concurrency ?? 16, markupBp: input.markupBp ?? 0,
      rounding: input.rounding ?? DockRounding.FEN, excludedGoods: (input.excludedGoods ?? []).map((g) => g.trim()), status: DockConnectorStatus.ACTIVE,
      syncedThrough: null, lastSyncAt: null, lastTestAt: null, lastTestOk: null, syncLeaseUntil: null, createdByUserId: actor.userId, createdAt: now, updatedAt: now,
    });
    await this.repo.insert(connector);
    return connector;
  }

  @UnitOfWork()
  async update(actor: UserActor, id: string, input: ConnectorSettings): Promise<DockConnectorEntity> {
    const connector = await this.get(actor, id, true);
    const errors = this.check(input, false);
    if (Object.keys(errors).length) throw validationFailed(errors);
    const changes: Partial<DockConnectorEntity> = { updatedAt: this.clock.now() };
    if (input.name != null) changes.name = input.name.trim();
    if (input.endpoint != null) changes.endpoint = input.endpoint.trim();
    if (input.keyId != null) changes.keyId = input.keyId;
    if (input.secret != null) {
      const sealed = this.box.seal(connector.id, { secret: input.secret });
      Object.assign(changes, { secretCiphertext: sealed.ciphertext, secretNonce: sealed.nonce });
      this.secrets.delete(connector.id);
    }
    for (const k of ['timeoutMs', 'concurrency', 'markupBp', 'rounding', 'status'] as const) if (input[k] != null) Object.assign(changes, { [k]: input[k] });
    if (input.excludedGoods != null) changes.excludedGoods = input.excludedGoods.map((g) => g.trim());
    await this.repo.update(connector.id, changes);
    return Object.assign(connector, changes);
  }

  /** A connector its supplier (or alliance staff, read-only) may see; NOT_FOUND for anyone else's. */
  async get(actor: Actor, id: string, forWrite = false): Promise<DockConnectorEntity> {
    const c = await this.repo.findOne({ where: { id: assertId(id, 'Connector') } });
    if (!c || (c.supplierId !== actor.organizationId && (forWrite || !isAlliance(actor)))) throw notFound('Connector');
    return c;
  }

  byId(id: string): Promise<DockConnectorEntity | null> {
    return this.repo.findOne({ where: { id } });
  }

  list(actor: Actor): Promise<DockConnectorEntity[]> {
    if (actor.organizationKind === OrganizationKind.ALLIANCE) return this.repo.find({ order: { createdAt: 'ASC' } });
    return this.repo.find({ where: { supplierId: actor.organizationId }, order: { createdAt: 'ASC' } });
  }

  active(): Promise<DockConnectorEntity[]> {
    return this.repo.find({ where: { status: DockConnectorStatus.ACTIVE } });
  }

  /** The secret in clear, for signing (kept in memory a minute). */
  secretOf(c: DockConnectorEntity): string {
    const cached = this.secrets.get(c.id);
    if (cached && cached.at.getTime() >= c.updatedAt.getTime() && Date.now() - cached.at.getTime() < 60_000) return cached.secret;
    const secret = this.box.open(c.id, c.secretCiphertext, c.secretNonce).secret;
    this.secrets.set(c.id, { at: new Date(), secret });
    return secret;
  }

  /** The connector's protocol chooses the adapter; every call is logged under the connector. */
  adapter(c: DockConnectorEntity, timeoutMs = c.timeoutMs): UpstreamAdapter {
    const settings = { endpoint: c.endpoint, keyId: c.keyId, secret: this.secretOf(c), timeoutMs, record: (call: UpstreamCall) => this.callLog.record(c.id, 'OUT', call) };
    return c.protocol === DockProtocol.DUJIAO_NEXT ? new DujiaoUpstreamAdapter(settings) : new MengyuanAdapter(settings);
  }

  /** "Test connection": a signed ping, its latency, and the upstream's error code if it refused. */
  async test(actor: UserActor, id: string): Promise<TestResult> {
    const c = await this.get(actor, id, true);
    const started = performance.now();
    let result: TestResult;
    try {
      const pong = await this.adapter(c).ping();
      result = { ok: true, latencyMs: Math.round(performance.now() - started), supplier: pong.supplier, error: null, code: null };
    } catch (err) {
      const e = err as UpstreamError;
      result = { ok: false, latencyMs: Math.round(performance.now() - started), supplier: null, error: e.message, code: e instanceof UpstreamError ? (e.code ?? e.failure) : 'NETWORK' };
    }
    await this.markTested(c.id, result.ok);
    return result;
  }

  @UnitOfWork()
  private async markTested(id: string, ok: boolean): Promise<void> {
    await this.repo.update(id, { lastTestAt: this.clock.now(), lastTestOk: ok });
  }

  @UnitOfWork()
  async markSynced(id: string, through: Date | null): Promise<void> {
    await this.repo.update(id, { lastSyncAt: this.clock.now(), ...(through ? { syncedThrough: through } : {}) });
  }
}
