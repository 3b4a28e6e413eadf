import { AllianceSettingKey, AuditEventType, ErrorCode, SETTING_DEFINITIONS, checkSettingValue, settingDefinition, type RoutingRule, type RoutingSettings, type SettingDefinition } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { PgNotifications } from '../../../common/database/pg-notifications';
import { AppError, validationFailed } from '../../../common/errors';
import { AuditedChange } from '../../../common/events/domain-event';
import { EventBus } from '../../../common/events/event-bus';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { AllianceSettingVersionEntity } from '../entities/alliance-setting-version.entity';

const CHANNEL = 'mengyuan_alliance_settings';
/** While this instance hears every change (NOTIFY), what it read is kept this long as a safety net. */
const TTL_LISTENING_MS = 60_000;
/** While it cannot hear them (its listening connection is down), only this long. */
const TTL_DEAF_MS = 1_000;

/** The settings in force, typed for the modules that use them. */
export interface AllianceSettings {
  routing: RoutingSettings;
  risk: { reviewAboveFen: bigint; velocityPerMinute: number; unverifiedOrderCapFen: bigint };
  priceNoticeHours: number;
  evaluation: { threshold: number; appealDays: number };
  webhooks: { retryLimit: number; retryDelaySeconds: number };
}

/** One setting as the console shows it. */
export interface AllianceSettingView {
  definition: SettingDefinition;
  value: string;
  defaultValue: string;
  /** The environment variable that sets the default (set: it was given one). */
  envVar: string;
  envSet: boolean;
  /** 0: never changed (the default is in force). */
  version: number;
  current: AllianceSettingVersionEntity | null;
  history: AllianceSettingVersionEntity[];
}

/**
 * The alliance's settings (issue 22): stored in `alliance_setting_versions`, one row per change, the highest
 * version in force; environment variables are only the defaults. Read through `current()`: a short in-process
 * cache, dropped when a change commits here and on every other instance (PostgreSQL NOTIFY), so a change applies
 * to the next order without a restart. Changes are serialised per setting (an advisory lock, then the expected
 * version is checked), so two admins changing the same setting never fork its versions: the second is CONFLICT.
 */
@Injectable()
export class AllianceSettingsService implements OnModuleInit {
  private cached: { at: number; settings: AllianceSettings } | null = null;
  /** Bumped on every invalidation: a read started before it does not refill the cache with what it read. */
  private generation = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly notifications: PgNotifications,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.notifications.listen(CHANNEL, () => this.invalidate());
    this.notifications.onDeaf(() => this.invalidate());
  }

  private invalidate(): void {
    this.generation++;
    this.cached = null;
  }

  /** The defaults: each setting's environment variable, else its built-in value. */
  defaults(): Record<AllianceSettingKey, string> {
    const c = this.config;
    return {
      ROUTING_RULE: c.routing.rule,
      ROUTING_SCORE_EXPONENT: String(c.routing.exponent),
      ROUTING_SCORE_FLOOR: String(c.routing.floor),
      ROUTING_PROBATION_SHARE: String(c.routing.probationShare),
      RISK_REVIEW_ABOVE_FEN: c.risk.reviewAboveFen.toString(),
      ORDER_VELOCITY_PER_MINUTE: String(c.risk.velocityPerMinute),
      UNVERIFIED_ORDER_CAP_FEN: c.risk.unverifiedOrderCapFen.toString(),
      PRICE_NOTICE_HOURS: String(c.priceNoticeHours),
      EVALUATION_THRESHOLD: String(c.scores.eliminationThreshold),
      EVALUATION_APPEAL_DAYS: String(c.scores.appealDays),
      WEBHOOK_RETRY_LIMIT: String(c.webhooks.retryLimit),
      WEBHOOK_RETRY_DELAY_SECONDS: String(c.webhooks.retryDelaySeconds),
    };
  }

  /** The settings in force now (cached briefly; see the class). */
  async current(): Promise<AllianceSettings> {
    const ttl = this.notifications.listening ? TTL_LISTENING_MS : TTL_DEAF_MS;
    const hit = this.cached;
    if (hit && Date.now() - hit.at < ttl) return hit.settings;
    const generation = this.generation;
    const values = await this.values();
    const settings = typed(values);
    if (generation === this.generation) this.cached = { at: Date.now(), settings };
    return settings;
  }

  /** Each setting's value in force: its latest version, else its default. */
  private async values(): Promise<Record<AllianceSettingKey, string>> {
    const rows = (await this.txHost.tx.query(
      'SELECT DISTINCT ON (key) key, value FROM alliance_setting_versions ORDER BY key, version DESC',
    )) as { key: AllianceSettingKey; value: string }[];
    const values = this.defaults();
    for (const r of rows) if (r.key in values) values[r.key] = r.value;
    return values;
  }

  /** Every setting with its default, current version and history (newest first), as the console shows them. */
  async list(): Promise<AllianceSettingView[]> {
    const rows = await this.txHost.tx.getRepository(AllianceSettingVersionEntity).find({ order: { key: 'ASC', version: 'DESC' } });
    const defaults = this.defaults();
    return SETTING_DEFINITIONS.map((definition) => {
      const history = rows.filter((r) => r.key === definition.key);
      const current = history[0] ?? null;
      return {
        definition, value: current?.value ?? defaults[definition.key], defaultValue: defaults[definition.key],
        envVar: definition.key, envSet: Boolean(process.env[definition.key]), version: current?.version ?? 0, current, history,
      };
    });
  }

  async one(key: AllianceSettingKey): Promise<AllianceSettingView> {
    return (await this.list()).find((s) => s.definition.key === key)!;
  }

  /**
   * A new version of one setting, applied from the next order (every instance drops its cache when this commits).
   * `expectedVersion` is the version the admin saw: if someone changed it since, CONFLICT (review and retry).
   */
  @UnitOfWork()
  async change(actor: UserActor, input: { key: AllianceSettingKey; value: string; reason: string; expectedVersion: number }): Promise<AllianceSettingView> {
    const definition = settingDefinition(input.key);
    const fields: Record<string, string[]> = {};
    const checked = checkSettingValue(definition, input.value ?? '');
    if ('problem' in checked) fields.value = [checked.problem];
    const reason = (input.reason ?? '').trim();
    if (reason.length < 2) fields.reason = ['say why the setting changes (it is kept with the version and in the audit log)'];
    if (reason.length > 500) fields.reason = ['at most 500 characters'];
    if (Object.keys(fields).length) throw validationFailed(fields);
    const value = (checked as { value: string }).value;
    const em = this.txHost.tx;
    // One change at a time per setting: the next version is numbered after the highest, never beside it.
    await em.query('SELECT pg_advisory_xact_lock(727301, hashtext($1))', [input.key]);
    const [latest] = (await em.query('SELECT version, value FROM alliance_setting_versions WHERE key = $1 ORDER BY version DESC LIMIT 1', [input.key])) as { version: number; value: string }[];
    const version = latest?.version ?? 0;
    if (version !== input.expectedVersion) {
      throw new AppError(ErrorCode.CONFLICT, `The setting was changed since (version ${version}, not ${input.expectedVersion}): review it and try again`, { currentVersion: version });
    }
    const before = latest?.value ?? this.defaults()[input.key];
    if (before === value) throw validationFailed({ value: ['is already the value in force'] });
    const row: AllianceSettingVersionEntity = {
      key: input.key, version: version + 1, value, reason, changedByUserId: actor.userId, changedByEmail: actor.email, changedAt: this.clock.now(),
    };
    await em.getRepository(AllianceSettingVersionEntity).insert(row);
    await this.events.publish(new AuditedChange(actor, AuditEventType.ALLIANCE_SETTING_CHANGED, {
      organizationId: actor.organizationId,
      subjectType: 'alliance_setting',
      subjectId: input.key,
      payload: { key: input.key, version: row.version, from: before, to: value, reason },
    }));
    // This instance forgets now (no order in this transaction reads the old value) and again at commit; the others hear it.
    this.invalidate();
    this.events.whenCommitted(() => {
      this.invalidate();
      void this.notifications.notify(CHANNEL, input.key).catch(() => undefined);
    });
    return this.one(input.key);
  }
}

function typed(v: Record<AllianceSettingKey, string>): AllianceSettings {
  return {
    routing: { rule: v.ROUTING_RULE as RoutingRule, exponent: Number(v.ROUTING_SCORE_EXPONENT), floor: Number(v.ROUTING_SCORE_FLOOR), probationShare: Number(v.ROUTING_PROBATION_SHARE) },
    risk: { reviewAboveFen: BigInt(v.RISK_REVIEW_ABOVE_FEN), velocityPerMinute: Number(v.ORDER_VELOCITY_PER_MINUTE), unverifiedOrderCapFen: BigInt(v.UNVERIFIED_ORDER_CAP_FEN) },
    priceNoticeHours: Number(v.PRICE_NOTICE_HOURS),
    evaluation: { threshold: Number(v.EVALUATION_THRESHOLD), appealDays: Number(v.EVALUATION_APPEAL_DAYS) },
    webhooks: { retryLimit: Number(v.WEBHOOK_RETRY_LIMIT), retryDelaySeconds: Number(v.WEBHOOK_RETRY_DELAY_SECONDS) },
  };
}
