import { NoticeDeliveryStatus, NoticeUrgency, OrganizationKind, noticeDeliveryLifecycle, type NotificationType } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { In } from 'typeorm';
import { Clock } from '../../../common/clock';
import { nextStatus } from '../../../common/transition';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { RecipientService } from '../../auth/services/recipient.service';
import { ChatRobotEntity, NoticeAttemptEntity, NoticeDeliveryEntity } from '../entities/notice.entities';
import { EmailChannel, RobotChannel, type ChannelTarget, type NoticeChannelAdapter, type OutboundMessage } from './notice-channels';
import { renderNotice } from './notice-templates';
import { NoticeService } from './notice.service';
import { PublicUrl } from '../../../common/public-url';

const IDLE_POLL_MS = 500;
const ERROR_BACKOFF_MS = 2000;

const esc = (v: string) => v.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The deliveries of one target due together: they go out as one message. */
interface Batch {
  targetKey: string;
  channel: 'EMAIL' | 'ROBOT';
  rows: NoticeDeliveryEntity[];
}

/**
 * Sends e-mail and robot messages on every replica that works jobs. Each round leases the due deliveries of a few
 * targets (FOR UPDATE SKIP LOCKED, then a lease: two replicas never take the same delivery), sends each target's
 * as one message (a digest when there are several) with a timeout, and records the outcome: sent, retried later
 * with backoff, or FAILED after the last retry (the admin sees it and may send it again). A warning whose deadline
 * passed while it waited is EXPIRED instead of sent late. Nothing here runs inside the change that caused a
 * notice: a slow or broken SMTP server or robot only delays its own messages.
 */
@Injectable()
export class NoticeDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(NoticeDispatcher.name);
  private readonly adapters: Record<'EMAIL' | 'ROBOT', NoticeChannelAdapter>;
  private running = false;
  private readonly inFlight = new Set<Promise<unknown>>();
  private wake: (() => void) | null = null;
  private loop: Promise<void> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly notices: NoticeService,
    private readonly recipients: RecipientService,
    private readonly clock: Clock,
    private readonly publicAddress: PublicUrl,
    email: EmailChannel,
    robot: RobotChannel,
  ) {
    this.adapters = { EMAIL: email, ROBOT: robot };
  }

  onApplicationBootstrap(): void {
    if (!this.config.jobsEnabled) return;
    this.running = true;
    this.notices.onDue(() => this.wake?.());
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await Promise.allSettled(this.inFlight);
  }

  private get deliveries() {
    return this.txHost.tx.getRepository(NoticeDeliveryEntity);
  }

  private async run(): Promise<void> {
    while (this.running) {
      let pause = IDLE_POLL_MS;
      try {
        const free = this.config.notices.concurrency - this.inFlight.size;
        const batches = free > 0 ? await this.claim(free) : [];
        for (const batch of batches) {
          const sending: Promise<unknown> = this.send(batch)
            .catch((err: unknown) => this.log.error(`notice to ${batch.targetKey}: ${(err as Error).message}`))
            .finally(() => {
              this.inFlight.delete(sending);
              this.wake?.();
            });
          this.inFlight.add(sending);
        }
        if (batches.length === free && free > 0) pause = 0;
      } catch (err) {
        this.log.warn(`notice dispatcher: ${(err as Error).message}`);
        pause = ERROR_BACKOFF_MS;
      }
      if (pause) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, pause);
          timer.unref();
          function done() {
            clearTimeout(timer);
            resolve();
          }
          this.wake = done;
        });
      }
      this.wake = null;
    }
  }

  /**
   * Sends, here and now, everything due at this instant, each once (tests, and a replica that does not work jobs):
   * answers how many messages went out and how many failed (those are retried later, as usual).
   */
  async drain(): Promise<{ sent: number; failed: number }> {
    let sent = 0;
    let failed = 0;
    const asOf = this.clock.now();
    for (;;) {
      const batches = await this.claim(this.config.notices.concurrency, asOf);
      if (!batches.length) return { sent, failed };
      for (const ok of await Promise.all(batches.map((b) => this.send(b)))) {
        if (ok) sent++;
        else failed++;
      }
    }
  }

  /** Expires what waited past its deadline, then leases the due deliveries of up to `targets` targets. */
  async claim(targets: number, asOf?: Date): Promise<Batch[]> {
    const now = this.clock.now();
    const due = asOf ?? now;
    return this.txHost.withTransaction(async () => {
      await this.deliveries
        .createQueryBuilder()
        .update()
        .set({ status: nextStatus(noticeDeliveryLifecycle, NoticeDeliveryStatus.PENDING, 'EXPIRE', undefined), lastError: 'its deadline passed before it could be sent', nextAttemptAt: null })
        .where(`status = 'PENDING' AND expires_at <= :now AND (leased_until IS NULL OR leased_until <= :now)`, { now })
        .execute();
      const [rows] = (await this.txHost.tx.query(
        `WITH due AS (
           SELECT target_key FROM notice_deliveries
            WHERE status = 'PENDING' AND next_attempt_at <= $4 AND (leased_until IS NULL OR leased_until <= $1)
            GROUP BY target_key ORDER BY min(next_attempt_at) LIMIT $2
         ), picked AS (
           SELECT d.id FROM notice_deliveries d JOIN due USING (target_key)
            WHERE d.status = 'PENDING' AND d.next_attempt_at <= $4 AND (d.leased_until IS NULL OR d.leased_until <= $1)
            ORDER BY d.created_at LIMIT 200
            FOR UPDATE OF d SKIP LOCKED
         )
         UPDATE notice_deliveries d SET leased_until = $3 FROM picked WHERE d.id = picked.id
         RETURNING d.id`,
        [now, targets, new Date(now.getTime() + this.config.notices.timeoutMs * 2 + 30_000), due],
      )) as [{ id: string }[], number];
      if (!rows.length) return [];
      const leased = await this.deliveries.find({ where: { id: In(rows.map((r) => r.id)) }, order: { createdAt: 'ASC' } });
      const byTarget = new Map<string, Batch>();
      for (const d of leased) {
        // A security notice (a reset link, a new device) always goes alone; the rest of a target's go together.
        const key = d.urgency === NoticeUrgency.SECURITY ? `${d.targetKey}#${d.id}` : d.targetKey;
        const b = byTarget.get(key) ?? { targetKey: d.targetKey, channel: d.channel, rows: [] };
        b.rows.push(d);
        byTarget.set(key, b);
      }
      return [...byTarget.values()];
    });
  }

  /** Sends one target's leased deliveries as one message and records how it went. */
  private async send(batch: Batch): Promise<boolean> {
    const started = Date.now();
    let error: string | null = null;
    let target: ChannelTarget | null = null;
    let message: OutboundMessage | null = null;
    try {
      ({ target, message } = await this.txHost.withTransaction(() => this.compose(batch)));
      if (target) await this.adapters[batch.channel].send(target, message!);
      else error = 'the target is gone (robot removed or disabled)';
    } catch (err) {
      error = (err as Error).name === 'TimeoutError' ? 'timed out' : (err as Error).message || String(err);
    }
    await this.record(batch, error, Date.now() - started);
    return error === null;
  }

  private async compose(batch: Batch): Promise<{ target: ChannelTarget | null; message: OutboundMessage }> {
    const first = batch.rows[0];
    let admin = false;
    let target: ChannelTarget | null = null;
    if (batch.channel === 'EMAIL') {
      target = { channel: 'EMAIL', address: first.address! };
      if (first.userId) admin = (await this.recipients.ofUsers([first.userId]))[0]?.organizationKind === OrganizationKind.ALLIANCE;
    } else if (first.robotId) {
      const robot = await this.notices.robotTarget(first.robotId);
      if (robot?.enabled) target = { channel: 'ROBOT', kind: robot.kind, url: robot.url, secret: robot.secret };
      const org = (await this.txHost.tx.getRepository(ChatRobotEntity).findOne({ where: { id: first.robotId }, select: { id: true, organizationId: true } }))?.organizationId;
      admin = !!org && (await this.recipients.ofOrganization(org))[0]?.organizationKind === OrganizationKind.ALLIANCE;
    }
    const items = [];
    for (const d of batch.rows) {
      const secret = await this.notices.secretOf(d.id);
      const rendered = renderNotice(d.kind as NotificationType, { ...d.params, ...secret });
      const path = secret.path ?? (rendered.path ? `${admin ? '/admin' : ''}${rendered.path}` : null);
      items.push({ ...rendered, link: path ? `${this.publicAddress.get()}${path}` : null, test: d.params.test === true });
    }
    return { target, message: this.message(items) };
  }

  private message(items: { zh: { title: string; body: string }; en: { title: string; body: string }; link: string | null; test: boolean }[]): OutboundMessage {
    const one = items.length === 1 ? items[0] : null;
    const title = one
      ? `盟源｜${one.test ? '测试消息 ' : ''}${one.zh.title} / ${one.en.title}`
      : `盟源｜${items.length} 条新通知 / ${items.length} new notices`;
    const text = [
      ...items.map((i) => `【${i.zh.title}】${i.zh.body}${i.link ? `\n${i.link}` : ''}`),
      '',
      '—',
      ...items.map((i) => `[${i.en.title}] ${i.en.body}${i.link ? `\n${i.link}` : ''}`),
      '',
      '盟源 Mengyuan · 通知设置 / Notification settings: 账号设置 → 通知 / Settings → Notifications',
    ].join('\n');
    const block = (lang: 'zh' | 'en') =>
      items
        .map((i) => `<tr><td style="padding:12px 0;border-bottom:1px solid #eee"><strong>${esc(i[lang].title)}</strong><br>${esc(i[lang].body)}${i.link ? `<br><a href="${esc(i.link)}">${esc(i.link)}</a>` : ''}</td></tr>`)
        .join('');
    const html = `<!doctype html><html><body style="font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;color:#1f2329;max-width:640px">
<h2 style="color:#17357a">盟源 Mengyuan</h2><table style="width:100%;border-collapse:collapse">${block('zh')}</table>
<p style="color:#8a8f99;margin-top:24px">English</p><table style="width:100%;border-collapse:collapse">${block('en')}</table>
<p style="color:#8a8f99;font-size:12px;margin-top:24px">通知设置：账号设置 → 通知 · Notification settings: Settings → Notifications</p></body></html>`;
    const markdown = [
      `### ${title}`,
      ...items.map((i) => `**${i.zh.title}**\n${i.zh.body}${i.link ? `\n[查看 / Open](${i.link})` : ''}\n> ${i.en.title}: ${i.en.body}`),
    ].join('\n\n');
    return { title, text, html, markdown };
  }

  private async record(batch: Batch, error: string | null, durationMs: number): Promise<void> {
    const now = this.clock.now();
    const { retryLimit, retryDelaySeconds } = this.config.notices;
    await this.txHost.withTransaction(async () => {
      await this.txHost.tx.getRepository(NoticeAttemptEntity).insert({ deliveryIds: batch.rows.map((r) => r.id), channel: batch.channel, targetKey: batch.targetKey, attemptedAt: now, error, durationMs });
      for (const d of batch.rows) {
        const attempts = d.attempts + 1;
        const final = error !== null && attempts > retryLimit;
        const action = error === null ? 'SEND' : final ? 'GIVE_UP' : 'RETRY';
        const backoffMs = Math.min(retryDelaySeconds * 1000 * 2 ** (attempts - 1), 3_600_000);
        await this.deliveries.update(
          { id: d.id, status: NoticeDeliveryStatus.PENDING },
          {
            status: nextStatus(noticeDeliveryLifecycle, d.status, action, undefined),
            attempts, lastError: error, leasedUntil: null, sentAt: error === null ? now : null,
            nextAttemptAt: action === 'RETRY' ? new Date(now.getTime() + backoffMs) : null,
          },
        );
      }
      const robotId = batch.rows[0].robotId;
      if (robotId) await this.txHost.tx.getRepository(ChatRobotEntity).update(robotId, error === null ? { lastSentAt: now, lastError: null } : { lastError: error.slice(0, 500) });
    });
    if (error) this.log.warn(`notice to ${batch.targetKey} (${batch.rows.length}) failed: ${error}`);
  }
}
