import { randomBytes, timingSafeEqual } from 'node:crypto';
import { AuditEventType, type ApiKeyScope, type OrganizationKind, type OrganizationStatus, FINAL_STATUSES } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { CredentialCache } from './credential-cache.service';
import { assertId, notFound, validationFailed } from '../../../common/errors';
import { ApiKeyEntity } from '../entities/api-key.entity';
import { sha256Hex } from './token.service';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { AuditedChange } from '../../../common/events/domain-event';
import { EventBus } from '../../../common/events/event-bus';

const KEY_PATTERN = /^mk_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;
/** last_used_at is a hint for people, not a log: write it at most once a minute per key. */
const LAST_USED_RESOLUTION_MS = 60_000;
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export interface AuthenticatedKey {
  id: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  organizationStatus: OrganizationStatus;
  scopes: string[];
  lastUsedAt: Date | null;
}

@Injectable()
export class ApiKeyService {
  private readonly log = new Logger(ApiKeyService.name);

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly credentials: CredentialCache,
    private readonly clock: Clock,
  ) {}

  @UnitOfWork()
  async create(actor: UserActor, name: string, scopes: ApiKeyScope[]): Promise<{ apiKey: ApiKeyEntity; secret: string }> {
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 60) throw validationFailed({ name: ['must be 1–60 characters'] });
    if (scopes.length === 0) throw validationFailed({ scopes: ['choose at least one scope'] });
    const prefix = Array.from(randomBytes(12), (b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('');
    const secret = randomBytes(32).toString('base64url');
    const repo = this.txHost.tx.getRepository(ApiKeyEntity);
    const apiKey = await repo.save(
      repo.create({
        organizationId: actor.organizationId,
        createdByUserId: actor.userId,
        name: trimmed,
        prefix,
        secretHash: sha256Hex(secret),
        scopes: [...new Set(scopes)],
        createdAt: this.clock.now(),
        lastUsedAt: null,
        revokedAt: null,
      }),
    );
    await this.events.publish(new AuditedChange(actor, AuditEventType.API_KEY_CREATED, {
      organizationId: actor.organizationId,
      subjectType: 'api_key',
      subjectId: apiKey.id,
      payload: { name: apiKey.name, prefix, scopes: apiKey.scopes },
    }));
    return { apiKey, secret: `mk_${prefix}_${secret}` };
  }

  list(organizationId: string): Promise<ApiKeyEntity[]> {
    return this.txHost.tx.getRepository(ApiKeyEntity).find({ where: { organizationId }, order: { createdAt: 'DESC' } });
  }

  @UnitOfWork()
  async revoke(actor: UserActor, id: string): Promise<ApiKeyEntity> {
    const repo = this.txHost.tx.getRepository(ApiKeyEntity);
    // Another organisation's key is simply not found.
    const key = await repo.findOne({ where: { id: assertId(id, 'API key'), organizationId: actor.organizationId }, lock: { mode: 'pessimistic_write' } });
    if (!key) throw notFound('API key');
    if (key.revokedAt) return key;
    key.revokedAt = this.clock.now();
    await repo.update({ id: key.id, revokedAt: IsNull() }, { revokedAt: key.revokedAt });
    this.credentials.forgetOnCommit({ keys: [key.id] });
    await this.events.publish(new AuditedChange(actor, AuditEventType.API_KEY_REVOKED, {
      organizationId: actor.organizationId,
      subjectType: 'api_key',
      subjectId: key.id,
      payload: { name: key.name, prefix: key.prefix },
    }));
    return key;
  }

  /** The key's organisation and scopes, or null for anything malformed, unknown, revoked or of a closed organisation. */
  async authenticate(raw: string): Promise<AuthenticatedKey | null> {
    const m = KEY_PATTERN.exec(raw.trim());
    if (!m) return null;
    const [row] = (await this.dataSource.query(
      `SELECT k.id, k.organization_id, k.secret_hash, k.scopes, k.revoked_at, k.last_used_at, o.kind, o.status
         FROM api_keys k JOIN organizations o ON o.id = k.organization_id WHERE k.prefix = $1`,
      [m[1]],
    )) as {
      id: string;
      organization_id: string;
      secret_hash: string;
      scopes: string[];
      revoked_at: Date | null;
      last_used_at: Date | null;
      kind: OrganizationKind;
      status: OrganizationStatus;
    }[];
    if (!row) return null;
    const matches = timingSafeEqual(Buffer.from(sha256Hex(m[2]), 'hex'), Buffer.from(row.secret_hash, 'hex'));
    if (!matches || row.revoked_at || FINAL_STATUSES.includes(row.status)) return null;
    const key: AuthenticatedKey = { id: row.id, organizationId: row.organization_id, organizationKind: row.kind, organizationStatus: row.status, scopes: row.scopes, lastUsedAt: row.last_used_at };
    this.touch(key);
    return key;
  }

  /**
   * A key by its public part `mk_<prefix>` (no secret): for protocols that sign with a secret derived from
   * the key instead of sending it (shop docking). Null for anything malformed, unknown, revoked or of a
   * closed organisation.
   */
  async byPublicId(publicId: string): Promise<AuthenticatedKey | null> {
    const m = /^mk_([A-Za-z0-9]{12})$/.exec(publicId.trim());
    if (!m) return null;
    const [row] = (await this.dataSource.query(
      `SELECT k.id, k.organization_id, k.scopes, k.revoked_at, k.last_used_at, o.kind, o.status
         FROM api_keys k JOIN organizations o ON o.id = k.organization_id WHERE k.prefix = $1`,
      [m[1]],
    )) as { id: string; organization_id: string; scopes: string[]; revoked_at: Date | null; last_used_at: Date | null; kind: OrganizationKind; status: OrganizationStatus }[];
    if (!row || row.revoked_at || FINAL_STATUSES.includes(row.status)) return null;
    return { id: row.id, organizationId: row.organization_id, organizationKind: row.kind, organizationStatus: row.status, scopes: row.scopes, lastUsedAt: row.last_used_at };
  }

  /** Records that a key was used, at most once per LAST_USED_RESOLUTION_MS (off the request's path). */
  touch(key: AuthenticatedKey): void {
    const now = this.clock.now();
    if (key.lastUsedAt && now.getTime() - key.lastUsedAt.getTime() <= LAST_USED_RESOLUTION_MS) return;
    key.lastUsedAt = now;
    this.dataSource
      .query('UPDATE api_keys SET last_used_at = $2 WHERE id = $1', [key.id, now])
      .catch((err: unknown) => this.log.warn(`could not record API key use: ${String(err)}`));
  }
}
