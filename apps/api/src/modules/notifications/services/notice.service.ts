import { randomUUID } from 'node:crypto';
import {
  AuditEventType, ChatRobotKind, ErrorCode, NOTICE_KINDS, NoticeDeliveryStatus, NoticeUrgency, OrganizationKind, configurableKinds, nextBusinessTime, noticeDeliveryLifecycle,
  type NotificationType, type Role,
} from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import type { UserActor } from '../../../common/actor';
import { BusinessCalendars } from '../../../common/business-calendars';
import { Clock } from '../../../common/clock';
import { CodeCipher } from '../../../common/crypto/code-cipher';
import { AppError, assertId, notFound, validationFailed } from '../../../common/errors';
import { AuditedChange } from '../../../common/events/domain-event';
import { EventBus } from '../../../common/events/event-bus';
import type { Page } from '../../../common/pagination';
import { nextStatus } from '../../../common/transition';
import { frameSlot, TransactionFrames } from '../../../common/unit-of-work/frames';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { RecipientService, type Recipient } from '../../auth/services/recipient.service';
import { ChatRobotEntity, NoticeDeliveryEntity, NoticePreferenceEntity, NoticeSettingsEntity } from '../entities/notice.entities';
import { NotificationsCreatedEvent } from '../notifications.events';
import { robotUrlProblem } from './notice-channels';

/** Who a notice is for. */
export type Audience =
  /** The people of one organisation (those holding one of `roles`, if given). */
  | { organizationId: string; roles?: readonly Role[] }
  /** The people of every organisation of a kind in the alliance (members, of a price change). */
  | { organizationKind: OrganizationKind; roles?: readonly Role[] }
  | { userIds: readonly string[] }
  /** An address that has no account yet (an invitation). */
  | { address: string; organizationId: string | null };

export interface Notice {
  kind: NotificationType;
  params: Record<string, unknown>;
  to: Audience | Audience[];
  /** Parameters e-mailed but never stored in clear nor shown in the inbox (a one-time link). */
  secret?: Record<string, string>;
  /** A DEADLINE notice is never sent after this (an SLA warning's due time). */
  deadline?: Date | null;
  /** Sent at most once per person and channel, however often (or by however many replicas) it is asked for. */
  key?: string;
  /** One notice per person and channel about this subject (a ticket) in one transaction: the first wins. */
  subject?: string;
  /** Which channels (default: the inbox, e-mail and robots, each as preferences say). */
  channels?: readonly ('IN_APP' | 'EMAIL' | 'ROBOT')[];
}

/** Who has heard about which subject in the current transaction (a savepoint that rolls back forgets its part). */
const HEARD = frameSlot<Set<string>>('notice subjects', () => new Set(), (into, from) => from.forEach((k) => into.add(k)));

export interface PreferenceRow {
  kind: NotificationType;
  inApp: boolean;
  email: boolean;
  /** Whether the value is the person's own (false: the organisation's or the product's default). */
  inAppOwn: boolean;
  emailOwn: boolean;
}

export interface DeliveryFilter {
  status?: NoticeDeliveryStatus | null;
  channel?: 'EMAIL' | 'ROBOT' | null;
  organizationId?: string | null;
}

/**
 * What people hear, and when (DESIGN.md §2.11). A notice names a kind, its parameters and an audience; here it
 * becomes inbox rows and queued deliveries — e-mail per person, a message per robot — in the transaction of the
 * change that caused it (a rolled-back change sends nothing). Preferences decide the channels (a person's own,
 * else the organisation's, else the kind's default); quiet hours follow the organisation's business calendar
 * (a warning never goes out after its deadline, a breach always goes out at once); ordinary notices wait a minute
 * to go out together as one message per person and channel.
 */
@Injectable()
export class NoticeService {
  private readonly log = new Logger(NoticeService.name);
  private readonly wakers = new Set<() => void>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly recipients: RecipientService,
    private readonly calendars: BusinessCalendars,
    private readonly frames: TransactionFrames,
    private readonly events: EventBus,
    private readonly cipher: CodeCipher,
    private readonly clock: Clock,
  ) {}

  private get em() {
    return this.txHost.tx;
  }

  /** The dispatcher of this process asks to be woken when it has something to send. */
  onDue(wake: () => void): void {
    this.wakers.add(wake);
  }

  private async resolve(audiences: Audience[]): Promise<{ people: Recipient[]; addresses: { address: string; organizationId: string | null }[]; robotOrgs: Set<string>; robotKinds: Set<OrganizationKind> }> {
    const people = new Map<string, Recipient>();
    const addresses: { address: string; organizationId: string | null }[] = [];
    const robotOrgs = new Set<string>();
    const robotKinds = new Set<OrganizationKind>();
    for (const a of audiences) {
      if ('address' in a) addresses.push(a);
      else {
        const found = 'userIds' in a ? await this.recipients.ofUsers(a.userIds) : 'organizationId' in a ? await this.recipients.ofOrganization(a.organizationId, a.roles) : await this.recipients.ofKind(a.organizationKind, a.roles);
        for (const r of found) people.set(r.userId, r);
        if ('organizationId' in a) robotOrgs.add(a.organizationId);
        if ('organizationKind' in a) robotKinds.add(a.organizationKind);
      }
    }
    return { people: [...people.values()], addresses, robotOrgs, robotKinds };
  }

  /** Tells the audience, inside the caller's transaction. Answers how many inbox rows and deliveries it wrote. */
  async send(notice: Notice): Promise<{ inApp: number; deliveries: number }> {
    const rule = NOTICE_KINDS[notice.kind];
    const now = this.clock.now();
    if (rule.urgency === NoticeUrgency.DEADLINE && notice.deadline && notice.deadline <= now) return { inApp: 0, deliveries: 0 };
    const channels = new Set(notice.channels ?? ['IN_APP', 'EMAIL', 'ROBOT']);
    const { people, addresses, robotOrgs, robotKinds } = await this.resolve(Array.isArray(notice.to) ? notice.to : [notice.to]);
    const heard = this.frames.current(HEARD);
    const fresh = (channel: string, who: string) => {
      if (!notice.subject) return true;
      const k = `${notice.subject}|${channel}|${who}`;
      if (heard.has(k)) return false;
      heard.add(k);
      return true;
    };
    const prefs = await this.preferencesFor(people, notice.kind);
    let inApp = 0;
    if (channels.has('IN_APP')) {
      const to = people.filter((p) => prefs.get(p.userId)!.inApp && fresh('IN_APP', p.userId));
      inApp = await this.writeInbox(to, notice, now);
    }
    const deliveries: Partial<NoticeDeliveryEntity>[] = [];
    const timing = new Map<string, { at: Date; expiresAt: Date | null } | null>();
    const timingFor = async (organizationId: string | null, kind: OrganizationKind | null) => {
      const key = organizationId ?? '-';
      if (!timing.has(key)) timing.set(key, await this.timing(notice, organizationId, kind, now));
      return timing.get(key)!;
    };
    if (channels.has('EMAIL')) {
      for (const p of people) {
        if (!prefs.get(p.userId)!.email || !fresh('EMAIL', p.userId)) continue;
        const when = await timingFor(p.organizationId, p.organizationKind);
        if (when) deliveries.push(this.delivery(notice, { channel: 'EMAIL', targetKey: `user:${p.userId}`, userId: p.userId, organizationId: p.organizationId, address: p.email, dedupe: `${p.userId}` }, when, now));
      }
      for (const a of addresses) {
        if (!fresh('EMAIL', a.address)) continue;
        const when = await timingFor(a.organizationId, null);
        if (when) deliveries.push(this.delivery(notice, { channel: 'EMAIL', targetKey: `address:${a.address}`, userId: null, organizationId: a.organizationId, address: a.address, dedupe: a.address }, when, now));
      }
    }
    if (channels.has('ROBOT') && (robotOrgs.size || robotKinds.size)) {
      for (const robot of await this.robotsFor(notice.kind, robotOrgs, robotKinds)) {
        if (!fresh('ROBOT', robot.id)) continue;
        const when = await timingFor(robot.organizationId, null);
        if (when) deliveries.push(this.delivery(notice, { channel: 'ROBOT', targetKey: `robot:${robot.id}`, userId: null, organizationId: robot.organizationId, robotId: robot.id, address: null, dedupe: robot.id }, when, now));
      }
    }
    const written = await this.writeDeliveries(deliveries, notice.secret);
    return { inApp, deliveries: written };
  }

  /** When a notice to an organisation's people goes out (null: not at all, a warning past its deadline). */
  private async timing(notice: Notice, organizationId: string | null, kind: OrganizationKind | null, now: Date): Promise<{ at: Date; expiresAt: Date | null } | null> {
    const urgency = NOTICE_KINDS[notice.kind].urgency;
    if (urgency === NoticeUrgency.SECURITY || urgency === NoticeUrgency.ALERT) return { at: now, expiresAt: null };
    let at = now;
    if (organizationId && (await this.quietHoursOn(organizationId))) {
      at = nextBusinessTime(await this.calendars.of(kind ?? (await this.kindOf(organizationId))), now);
    }
    if (urgency === NoticeUrgency.DEADLINE) {
      const deadline = notice.deadline ?? null;
      if (deadline && at >= deadline) return null;
      return { at, expiresAt: deadline };
    }
    // Ordinary notices: bundled with whatever else the person gets within the digest window.
    return { at: new Date(at.getTime() + this.config.notices.digestSeconds * 1000), expiresAt: null };
  }

  private async kindOf(organizationId: string): Promise<OrganizationKind> {
    const [row] = (await this.recipients.ofOrganization(organizationId)).slice(0, 1);
    return row?.organizationKind ?? OrganizationKind.MEMBER;
  }

  private delivery(
    notice: Notice,
    t: { channel: 'EMAIL' | 'ROBOT'; targetKey: string; userId: string | null; organizationId: string | null; address: string | null; robotId?: string; dedupe: string },
    when: { at: Date; expiresAt: Date | null },
    now: Date,
  ): Partial<NoticeDeliveryEntity> {
    return {
      id: randomUUID(), organizationId: t.organizationId, userId: t.userId, robotId: t.robotId ?? null, address: t.address, channel: t.channel, targetKey: t.targetKey,
      kind: notice.kind, urgency: NOTICE_KINDS[notice.kind].urgency, params: notice.params, dedupeKey: notice.key ? `${notice.key}|${t.channel}|${t.dedupe}` : null,
      status: NoticeDeliveryStatus.PENDING, attempts: 0, nextAttemptAt: when.at, expiresAt: when.expiresAt, leasedUntil: null, lastError: null, createdAt: now, sentAt: null,
    };
  }

  private async writeDeliveries(rows: Partial<NoticeDeliveryEntity>[], secret: Record<string, string> | undefined): Promise<number> {
    if (!rows.length) return 0;
    if (secret) {
      for (const r of rows) {
        const sealed = this.cipher.encrypt(`notice:${r.id}`, { secret: JSON.stringify(secret) });
        r.secretCiphertext = sealed.ciphertext;
        r.secretNonce = sealed.nonce;
      }
    }
    const result = await this.em.getRepository(NoticeDeliveryEntity).createQueryBuilder().insert().values(rows as never[]).orIgnore().returning(['id']).execute();
    const written = (result.raw as unknown[]).length;
    if (written && this.wakers.size) this.events.whenCommitted(() => this.wakers.forEach((w) => w()));
    return written;
  }

  private async writeInbox(people: Recipient[], notice: Notice, now: Date): Promise<number> {
    if (!people.length) return 0;
    const rows = people.map((p) => ({ userId: p.userId, organizationId: p.organizationId, type: notice.kind, params: notice.params, readAt: null, createdAt: now, dedupeKey: notice.key ?? null }));
    const result = (await this.em.query(
      `INSERT INTO notifications (user_id, organization_id, type, params, created_at, dedupe_key)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::jsonb[], $5::timestamptz[], $6::text[])
       ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING id, user_id`,
      [rows.map((r) => r.userId), rows.map((r) => r.organizationId), rows.map((r) => r.type), rows.map((r) => JSON.stringify(r.params)), rows.map((r) => r.createdAt), rows.map((r) => r.dedupeKey)],
    )) as { id: string; user_id: string }[];
    if (result.length) await this.events.publish(new NotificationsCreatedEvent(result.map((r) => ({ id: r.id, userId: r.user_id }))));
    return result.length;
  }

  /**
   * Takes back a notice that has become moot in the same breath (a rating request once both sides rated): its
   * unread inbox rows and unsent messages go; what was read or sent stays.
   */
  async retract(key: string): Promise<void> {
    await this.em.query(`DELETE FROM notifications WHERE dedupe_key = $1 AND read_at IS NULL`, [key]);
    await this.em.getRepository(NoticeDeliveryEntity)
      .createQueryBuilder()
      .update()
      .set({ status: NoticeDeliveryStatus.EXPIRED, lastError: 'no longer needed', nextAttemptAt: null })
      .where(`status = 'PENDING' AND (leased_until IS NULL OR leased_until <= :now) AND dedupe_key LIKE :key`, { now: this.clock.now(), key: `${key.replace(/[%_\\]/g, (c) => `\\${c}`)}|%` })
      .execute();
  }

  // ---- preferences

  /** Whether each person hears the kind in the inbox and by e-mail: their own choice, else the organisation's, else the default. */
  private async preferencesFor(people: Recipient[], kind: NotificationType): Promise<Map<string, { inApp: boolean; email: boolean }>> {
    const rule = NOTICE_KINDS[kind];
    const out = new Map<string, { inApp: boolean; email: boolean }>();
    if (!people.length) return out;
    const rows = rule.configurable
      ? await this.em.getRepository(NoticePreferenceEntity).find({ where: { kind, organizationId: In([...new Set(people.map((p) => p.organizationId))]) } })
      : [];
    for (const p of people) {
      const pick = (channel: 'IN_APP' | 'EMAIL', fallback: boolean) =>
        rows.find((r) => r.userId === p.userId && r.channel === channel)?.enabled ?? rows.find((r) => r.userId === null && r.organizationId === p.organizationId && r.channel === channel)?.enabled ?? fallback;
      out.set(p.userId, rule.configurable ? { inApp: pick('IN_APP', true), email: pick('EMAIL', rule.email) } : { inApp: kind === 'NEW_DEVICE_SIGN_IN' || kind === 'TWO_FACTOR_CHANGED', email: true });
    }
    return out;
  }

  /** The preference table a person (or, with userId null, an organisation's owner for its people) sees and edits. */
  async preferences(organizationId: string, organizationKind: OrganizationKind, userId: string | null): Promise<PreferenceRow[]> {
    const rows = await this.em.getRepository(NoticePreferenceEntity).find({ where: { organizationId } });
    return configurableKinds(organizationKind).map((kind) => {
      const value = (channel: 'IN_APP' | 'EMAIL', fallback: boolean) => {
        const own = userId ? rows.find((r) => r.userId === userId && r.kind === kind && r.channel === channel) : undefined;
        const org = rows.find((r) => r.userId === null && r.kind === kind && r.channel === channel);
        return { value: own?.enabled ?? org?.enabled ?? fallback, own: !!(userId ? own : org) };
      };
      const inApp = value('IN_APP', true);
      const email = value('EMAIL', NOTICE_KINDS[kind].email);
      return { kind, inApp: inApp.value, email: email.value, inAppOwn: inApp.own, emailOwn: email.own };
    });
  }

  /** Sets preferences (a person's own, or the organisation's defaults with userId null); null values return to the default. */
  @UnitOfWork()
  async setPreferences(actor: UserActor, userId: string | null, changes: { kind: NotificationType; channel: string; enabled: boolean | null }[]): Promise<void> {
    const allowed = configurableKinds(actor.organizationKind);
    const bad = changes.filter((c) => !allowed.includes(c.kind) || !['IN_APP', 'EMAIL'].includes(c.channel));
    if (bad.length) throw validationFailed({ preferences: [`cannot set ${bad.map((b) => `${b.kind}/${b.channel}`).join(', ')}`] });
    const repo = this.em.getRepository(NoticePreferenceEntity);
    const now = this.clock.now();
    for (const c of changes) {
      const where = { organizationId: actor.organizationId, userId: userId ?? IsNull(), kind: c.kind, channel: c.channel as 'IN_APP' | 'EMAIL' };
      if (c.enabled === null) await repo.delete(where);
      else {
        await this.em.query(
          `INSERT INTO notice_preferences (organization_id, user_id, kind, channel, enabled, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (organization_id, user_id, kind, channel) DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = EXCLUDED.updated_at`,
          [actor.organizationId, userId, c.kind, c.channel, c.enabled, now],
        );
      }
    }
    await this.events.publish(new AuditedChange(actor, AuditEventType.NOTICE_PREFERENCES_CHANGED, {
      organizationId: actor.organizationId, subjectType: userId ? 'user' : 'organization', subjectId: userId ?? actor.organizationId, payload: { changes },
    }));
  }

  async quietHoursOn(organizationId: string): Promise<boolean> {
    const row = await this.em.getRepository(NoticeSettingsEntity).findOneBy({ organizationId });
    return row?.quietHours ?? true;
  }

  @UnitOfWork()
  async setQuietHours(actor: UserActor, on: boolean): Promise<void> {
    await this.em.query(
      `INSERT INTO notice_settings (organization_id, quiet_hours, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (organization_id) DO UPDATE SET quiet_hours = EXCLUDED.quiet_hours, updated_at = EXCLUDED.updated_at`,
      [actor.organizationId, on, this.clock.now()],
    );
    await this.events.publish(new AuditedChange(actor, AuditEventType.NOTICE_PREFERENCES_CHANGED, { organizationId: actor.organizationId, subjectType: 'organization', subjectId: actor.organizationId, payload: { quietHours: on } }));
  }

  // ---- robots

  private async robotsFor(kind: NotificationType, orgs: Set<string>, kinds: Set<OrganizationKind>): Promise<ChatRobotEntity[]> {
    const q = this.em.getRepository(ChatRobotEntity).createQueryBuilder('r').where('r.enabled AND :kind = ANY(r.kinds)', { kind });
    const clauses: string[] = [];
    if (orgs.size) clauses.push('r.organization_id IN (:...orgs)');
    if (kinds.size) clauses.push(`r.organization_id IN (SELECT o.id FROM organizations o WHERE o.kind IN (:...kinds) AND o.status IN ('PROBATION', 'ACTIVE', 'SUSPENDED'))`);
    q.andWhere(`(${clauses.join(' OR ')})`, { orgs: [...orgs], kinds: [...kinds] });
    return q.getMany();
  }

  robots(organizationId: string): Promise<ChatRobotEntity[]> {
    return this.em.getRepository(ChatRobotEntity).find({ where: { organizationId }, order: { createdAt: 'ASC' } });
  }

  /** Adds a group robot (its URL and signing secret kept encrypted); it posts the kinds given, or the kind's defaults. */
  @UnitOfWork()
  async addRobot(actor: UserActor, input: { kind: ChatRobotKind; name: string; url: string; secret?: string | null; kinds?: NotificationType[] | null }): Promise<ChatRobotEntity> {
    const fields: Record<string, string[]> = {};
    const problem = robotUrlProblem(input.kind, input.url.trim(), this.config.notices.robotsAllowPrivate);
    if (problem) fields.url = [problem];
    const name = input.name.trim();
    if (!name || name.length > 60) fields.name = ['must be 1–60 characters'];
    const allowed = (Object.keys(NOTICE_KINDS) as NotificationType[]).filter((k) => NOTICE_KINDS[k].urgency !== NoticeUrgency.SECURITY && NOTICE_KINDS[k].audiences.includes(actor.organizationKind));
    const kinds = input.kinds?.length ? [...new Set(input.kinds)] : allowed.filter((k) => NOTICE_KINDS[k].robot);
    if (kinds.some((k) => !allowed.includes(k))) fields.kinds = [`choose from ${allowed.join(', ')}`];
    if (input.kind !== ChatRobotKind.WECOM && input.secret !== undefined && input.secret !== null && input.secret.length > 200) fields.secret = ['is too long'];
    if (Object.keys(fields).length) throw validationFailed(fields);
    const id = randomUUID();
    const url = new URL(input.url.trim());
    const key = url.searchParams.get('key') ?? url.searchParams.get('access_token') ?? url.pathname.split('/').pop() ?? '';
    const sealed = this.cipher.encrypt(`robot:${id}`, { cardNumber: url.toString(), secret: input.secret?.trim() || null });
    const robot = this.em.getRepository(ChatRobotEntity).create({
      id, organizationId: actor.organizationId, kind: input.kind, name, urlHint: `${url.host} …${key.slice(-4)}`, secretCiphertext: sealed.ciphertext, secretNonce: sealed.nonce,
      kinds, enabled: true, createdAt: this.clock.now(), createdByUserId: actor.userId, lastSentAt: null, lastError: null,
    });
    await this.em.getRepository(ChatRobotEntity).insert(robot);
    await this.events.publish(new AuditedChange(actor, AuditEventType.CHAT_ROBOT_CHANGED, { organizationId: actor.organizationId, subjectType: 'chat_robot', subjectId: id, payload: { change: 'added', kind: input.kind, name, kinds } }));
    return robot;
  }

  @UnitOfWork()
  async updateRobot(actor: UserActor, id: string, input: { enabled?: boolean | null; kinds?: NotificationType[] | null }): Promise<ChatRobotEntity> {
    const robot = await this.em.getRepository(ChatRobotEntity).findOne({ where: { id: assertId(id, 'Robot'), organizationId: actor.organizationId }, lock: { mode: 'pessimistic_write' } });
    if (!robot) throw notFound('Robot');
    const changes: Partial<ChatRobotEntity> = {};
    if (input.enabled !== undefined && input.enabled !== null) changes.enabled = input.enabled;
    if (input.kinds) {
      const allowed = (Object.keys(NOTICE_KINDS) as NotificationType[]).filter((k) => NOTICE_KINDS[k].urgency !== NoticeUrgency.SECURITY && NOTICE_KINDS[k].audiences.includes(actor.organizationKind));
      if (input.kinds.some((k) => !allowed.includes(k))) throw validationFailed({ kinds: [`choose from ${allowed.join(', ')}`] });
      changes.kinds = [...new Set(input.kinds)];
    }
    await this.em.getRepository(ChatRobotEntity).update(robot.id, changes);
    await this.events.publish(new AuditedChange(actor, AuditEventType.CHAT_ROBOT_CHANGED, { organizationId: actor.organizationId, subjectType: 'chat_robot', subjectId: robot.id, payload: { change: 'updated', ...changes } }));
    return Object.assign(robot, changes);
  }

  @UnitOfWork()
  async removeRobot(actor: UserActor, id: string): Promise<void> {
    const robot = await this.em.getRepository(ChatRobotEntity).findOne({ where: { id: assertId(id, 'Robot'), organizationId: actor.organizationId }, lock: { mode: 'pessimistic_write' } });
    if (!robot) throw notFound('Robot');
    // Its pending messages go with it (it is disabled rather than deleted, so the record of what it sent stays).
    await this.em.getRepository(ChatRobotEntity).update(robot.id, { enabled: false, kinds: [] });
    await this.em.getRepository(NoticeDeliveryEntity).update({ robotId: robot.id, status: NoticeDeliveryStatus.PENDING }, { status: NoticeDeliveryStatus.EXPIRED, lastError: 'robot removed' });
    await this.events.publish(new AuditedChange(actor, AuditEventType.CHAT_ROBOT_CHANGED, { organizationId: actor.organizationId, subjectType: 'chat_robot', subjectId: robot.id, payload: { change: 'removed' } }));
  }

  /** A test message to a robot, sent at once (its delivery shows how it went). */
  @UnitOfWork()
  async testRobot(actor: UserActor, id: string): Promise<void> {
    const robot = await this.em.getRepository(ChatRobotEntity).findOne({ where: { id: assertId(id, 'Robot'), organizationId: actor.organizationId } });
    if (!robot) throw notFound('Robot');
    await this.writeDeliveries([{
      id: randomUUID(), organizationId: robot.organizationId, userId: null, robotId: robot.id, address: null, channel: 'ROBOT', targetKey: `robot:${robot.id}`, kind: 'TICKET_OPENED' as NotificationType,
      urgency: NoticeUrgency.ALERT, params: { test: true, number: '0', category: 'QUESTION' }, dedupeKey: null, status: NoticeDeliveryStatus.PENDING, attempts: 0,
      nextAttemptAt: this.clock.now(), expiresAt: null, leasedUntil: null, lastError: null, createdAt: this.clock.now(), sentAt: null,
    }], undefined);
  }

  // ---- deliveries (what the dispatcher sends, and what the admin sees)

  async deliveries(filter: DeliveryFilter, page: { offset: number; limit: number }): Promise<Page<NoticeDeliveryEntity>> {
    const where: Record<string, unknown> = {};
    if (filter.status) where.status = filter.status;
    if (filter.channel) where.channel = filter.channel;
    if (filter.organizationId) where.organizationId = filter.organizationId;
    const [items, totalCount] = await this.em.getRepository(NoticeDeliveryEntity).findAndCount({ where, order: { createdAt: 'DESC', id: 'ASC' }, skip: page.offset, take: page.limit });
    return { items, totalCount };
  }

  async robotNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    return new Map((await this.em.getRepository(ChatRobotEntity).findBy({ id: In([...new Set(ids)]) })).map((r) => [r.id, r.name]));
  }

  failedCount(): Promise<number> {
    return this.em.getRepository(NoticeDeliveryEntity).countBy({ status: NoticeDeliveryStatus.FAILED });
  }

  /** Sends a failed delivery again (the admin, once the SMTP server or robot is fixed). */
  @UnitOfWork()
  async replay(actor: UserActor, id: string): Promise<NoticeDeliveryEntity> {
    const d = await this.em.getRepository(NoticeDeliveryEntity).findOne({ where: { id: assertId(id, 'Delivery') }, lock: { mode: 'pessimistic_write' } });
    if (!d) throw notFound('Delivery');
    if (!noticeDeliveryLifecycle.can(d.status, 'REPLAY')) throw new AppError(ErrorCode.INVALID_TRANSITION, `Cannot send again a delivery that is ${d.status}`, { from: d.status, action: 'REPLAY' });
    const changes = { status: nextStatus(noticeDeliveryLifecycle, d.status, 'REPLAY', undefined), nextAttemptAt: this.clock.now(), leasedUntil: null, attempts: 0 };
    await this.em.getRepository(NoticeDeliveryEntity).update({ id: d.id, status: d.status }, changes);
    await this.events.publish(new AuditedChange(actor, AuditEventType.NOTICE_REPLAYED, { organizationId: d.organizationId, subjectType: 'notice_delivery', subjectId: d.id, payload: { channel: d.channel, kind: d.kind } }));
    if (this.wakers.size) this.events.whenCommitted(() => this.wakers.forEach((w) => w()));
    return Object.assign(d, changes);
  }

  /** The secret parameters of a delivery (a one-time link), for the dispatcher composing it. */
  async secretOf(id: string): Promise<Record<string, string>> {
    const row = await this.em.getRepository(NoticeDeliveryEntity).findOne({ where: { id }, select: { id: true, secretCiphertext: true, secretNonce: true } });
    if (!row?.secretCiphertext || !row.secretNonce) return {};
    return JSON.parse(this.cipher.decrypt(`notice:${id}`, row.secretCiphertext, row.secretNonce).secret ?? '{}') as Record<string, string>;
  }

  /** A robot's URL and signing secret, for the dispatcher. */
  async robotTarget(robotId: string): Promise<{ kind: ChatRobotKind; url: string; secret: string | null; enabled: boolean } | null> {
    const r = await this.em.getRepository(ChatRobotEntity).findOne({ where: { id: robotId }, select: { id: true, kind: true, enabled: true, secretCiphertext: true, secretNonce: true } });
    if (!r) return null;
    const { cardNumber, secret } = this.cipher.decrypt(`robot:${r.id}`, r.secretCiphertext, r.secretNonce);
    return { kind: r.kind, url: cardNumber!, secret: secret ?? null, enabled: r.enabled };
  }

  logger(): Logger {
    return this.log;
  }
}
