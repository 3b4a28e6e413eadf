import { AuditEventType, PaymentChannelKind, PaymentMode } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable } from '@nestjs/common';
import type { UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { SecretBox } from '../../../common/crypto/secret-box';
import { assertId, notFound, validationFailed } from '../../../common/errors';
import { AuditedChange } from '../../../common/events/domain-event';
import { EventBus } from '../../../common/events/event-bus';
import { PublicUrl } from '../../../common/public-url';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { AlipayAdapter } from '../channels/alipay.adapter';
import { channelUnavailable, type ChannelAdapter, type ChannelConfig } from '../channels/channel-adapter';
import { EpayAdapter } from '../channels/epay.adapter';
import { WechatPayAdapter } from '../channels/wechat-pay.adapter';
import { PaymentChannelEntity } from '../entities/payments.entities';

export interface SaveChannel {
  id?: string | null;
  kind: PaymentChannelKind;
  name: string;
  enabled: boolean;
  mode: PaymentMode;
  merchantId: string;
  gatewayUrl: string;
  settings: Record<string, string>;
  /** Only the keys given are replaced; the others stay as they were. An empty string removes one. */
  secrets?: Record<string, string> | null;
  feeRateBp: number;
  feeFixed: string;
  windowMinutes: number;
}

const strings = (o: unknown, field: string): Record<string, string> => {
  if (o === null || o === undefined) return {};
  if (typeof o !== 'object' || Array.isArray(o)) throw validationFailed({ [field]: ['must be an object of strings'] });
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
    if (typeof v !== 'string' || v.length > 8000) throw validationFailed({ [`${field}.${k}`]: ['must be a string of at most 8,000 characters'] });
    out[k] = v;
  }
  return out;
};

/**
 * The alliance's online payment channels: settings in the clear, keys and certificates sealed (SecretBox,
 * the channel's id as associated data), opened only in memory for a request. One adapter per kind.
 */
@Injectable()
export class PaymentChannelService {
  private readonly adapters: Record<PaymentChannelKind, ChannelAdapter> = {
    EPAY: new EpayAdapter(),
    ALIPAY: new AlipayAdapter(),
    WECHAT_PAY: new WechatPayAdapter(),
  };

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly box: SecretBox,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly publicAddress: PublicUrl,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get repo() {
    return this.txHost.tx.getRepository(PaymentChannelEntity);
  }

  adapter(kind: PaymentChannelKind): ChannelAdapter {
    return this.adapters[kind];
  }

  /** How gateways reach this api: PUBLIC_URL, or the address it listens on. */
  publicUrl(): string {
    return this.publicAddress.get();
  }

  notifyUrl(channelId: string): string {
    return `${this.publicUrl()}/payments/notify/${channelId}`;
  }

  list(): Promise<PaymentChannelEntity[]> {
    return this.repo.find({ order: { createdAt: 'ASC' } });
  }

  enabled(): Promise<PaymentChannelEntity[]> {
    return this.repo.find({ where: { enabled: true }, order: { createdAt: 'ASC' } });
  }

  async get(id: string): Promise<PaymentChannelEntity> {
    const row = await this.repo.findOne({ where: { id: assertId(id, 'Payment channel') } });
    if (!row) throw notFound('Payment channel');
    return row;
  }

  /** Names of the secrets a channel has set (never their values). */
  secretNames(row: PaymentChannelEntity): string[] {
    if (!row.secretsCiphertext || !row.secretsNonce) return [];
    return Object.keys(this.box.open(row.id, row.secretsCiphertext, row.secretsNonce)).sort();
  }

  /** The channel as its adapter needs it, keys decrypted in memory. */
  resolve(row: PaymentChannelEntity): ChannelConfig {
    const secrets = row.secretsCiphertext && row.secretsNonce ? this.box.open(row.id, row.secretsCiphertext, row.secretsNonce) : {};
    return { id: row.id, kind: row.kind, mode: row.mode, merchantId: row.merchantId, gatewayUrl: row.gatewayUrl, settings: row.settings, secrets };
  }

  /** A usable channel: enabled and complete, or PAYMENT_CHANNEL_UNAVAILABLE. */
  async usable(id: string): Promise<{ row: PaymentChannelEntity; config: ChannelConfig; adapter: ChannelAdapter }> {
    const row = await this.get(id);
    if (!row.enabled) throw channelUnavailable('the channel is disabled');
    return { row, config: this.resolve(row), adapter: this.adapter(row.kind) };
  }

  @UnitOfWork()
  async save(actor: UserActor, input: SaveChannel): Promise<PaymentChannelEntity> {
    if (!Object.values(PaymentChannelKind).includes(input.kind)) throw validationFailed({ kind: ['unknown channel kind'] });
    const errors: Record<string, string[]> = {};
    if (!input.name.trim()) errors.name = ['is required'];
    if (!input.merchantId.trim()) errors.merchantId = ['is required'];
    let url: URL | null = null;
    try {
      url = new URL(input.gatewayUrl);
    } catch {
      /* reported below */
    }
    if (!url || !['http:', 'https:'].includes(url.protocol)) errors.gatewayUrl = ['must be an http(s) URL'];
    if (!Number.isInteger(input.feeRateBp) || input.feeRateBp < 0 || input.feeRateBp > 10_000) errors.feeRateBp = ['basis points, 0–10000'];
    if (!/^\d{1,12}$/.test(input.feeFixed)) errors.feeFixed = ['whole fen'];
    if (!Number.isInteger(input.windowMinutes) || input.windowMinutes < 1 || input.windowMinutes > 1440) errors.windowMinutes = ['1–1440 minutes'];
    const settings = strings(input.settings, 'settings');
    const given = strings(input.secrets, 'secrets');
    const existing = input.id ? await this.txHost.tx.getRepository(PaymentChannelEntity).findOne({ where: { id: assertId(input.id, 'Payment channel') }, lock: { mode: 'pessimistic_write' } }) : null;
    if (input.id && !existing) throw notFound('Payment channel');
    if (existing && existing.kind !== input.kind) errors.kind = ['a channel keeps its kind'];
    const secrets = { ...(existing ? this.resolve(existing).secrets : {}), ...given };
    for (const [k, v] of Object.entries(secrets)) if (!v) delete secrets[k];
    Object.assign(errors, this.adapter(input.kind).validate({ kind: input.kind, mode: input.mode, merchantId: input.merchantId, gatewayUrl: input.gatewayUrl, settings, secrets }));
    if (Object.keys(errors).length) throw validationFailed(errors);
    const now = this.clock.now();
    const row = existing ?? this.repo.create({ kind: input.kind, createdAt: now, secretsKeyVersion: SecretBox.KEY_VERSION });
    Object.assign(row, {
      name: input.name.trim(), enabled: input.enabled, mode: input.mode, merchantId: input.merchantId.trim(), gatewayUrl: input.gatewayUrl.trim(), settings,
      feeRateBp: input.feeRateBp, feeFixed: input.feeFixed, windowMinutes: input.windowMinutes, updatedAt: now,
    });
    const saved = await this.repo.save(row);
    // Sealed with the row's id as associated data, so the id must exist first.
    const sealed = this.box.seal(saved.id, secrets);
    await this.repo.update({ id: saved.id }, { secretsCiphertext: sealed.ciphertext, secretsNonce: sealed.nonce, secretsKeyVersion: SecretBox.KEY_VERSION });
    Object.assign(saved, { secretsCiphertext: sealed.ciphertext, secretsNonce: sealed.nonce });
    await this.events.publish(
      new AuditedChange(actor, AuditEventType.PAYMENT_CHANNEL_CHANGED, {
        organizationId: null, subjectType: 'payment_channel', subjectId: saved.id,
        payload: { kind: saved.kind, name: saved.name, enabled: saved.enabled, mode: saved.mode, merchantId: saved.merchantId, feeRateBp: saved.feeRateBp, feeFixed: saved.feeFixed, secretsChanged: Object.keys(given).sort() },
      }),
    );
    return saved;
  }
}
