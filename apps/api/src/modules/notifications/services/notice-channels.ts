import { createHmac } from 'node:crypto';
import { isIP } from 'node:net';
import { ChatRobotKind } from '@mengyuan/domain';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';

/** One message to send: a single notice, or several bundled (a digest), in both languages. */
export interface OutboundMessage {
  /** The e-mail subject / robot title. */
  title: string;
  /** Plain text and HTML for e-mail; markdown for robots. */
  text: string;
  html: string;
  markdown: string;
}

export type ChannelTarget =
  | { channel: 'EMAIL'; address: string }
  | { channel: 'ROBOT'; kind: ChatRobotKind; url: string; secret: string | null };

/**
 * Where a message leaves the product: e-mail over SMTP, work-chat robots. SMS would be one more adapter (a
 * `channel: 'SMS'` target and its provider's API): nothing else in the pipeline changes.
 */
export interface NoticeChannelAdapter {
  readonly channel: ChannelTarget['channel'];
  send(target: ChannelTarget, message: OutboundMessage): Promise<void>;
}

/** 钉钉 加签: base64(HMAC-SHA256(key = secret, "timestamp\nsecret")), URL-encoded, timestamp in milliseconds. */
export const dingtalkSign = (secret: string, timestampMs: number) => createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');

/** 飞书 签名校验: base64(HMAC-SHA256(key = "timestamp\nsecret", empty message)), timestamp in seconds. */
export const feishuSign = (secret: string, timestampSeconds: number) => createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');

/** The robot hosts each vendor's group webhooks live on: a robot URL elsewhere is refused (no requests to arbitrary hosts). */
export const ROBOT_HOSTS: Record<ChatRobotKind, string[]> = {
  WECOM: ['qyapi.weixin.qq.com'],
  DINGTALK: ['oapi.dingtalk.com'],
  FEISHU: ['open.feishu.cn', 'open.larksuite.com'],
};

const LOCAL = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i;

/** What is wrong with a robot's webhook URL, or null. Loopback is allowed only where configured (the repo's simulator). */
export function robotUrlProblem(kind: ChatRobotKind, raw: string, allowLocal: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a URL';
  }
  if (url.username || url.password) return 'must not carry credentials';
  const local = LOCAL.test(url.hostname) || (isIP(url.hostname.replace(/^\[|\]$/g, '')) !== 0 && /^(127\.|::1$)/.test(url.hostname.replace(/^\[|\]$/g, '')));
  if (local && allowLocal && (url.protocol === 'http:' || url.protocol === 'https:')) return null;
  if (url.protocol !== 'https:') return 'must be https';
  if (!ROBOT_HOSTS[kind].includes(url.hostname.toLowerCase())) return `must be a ${kind} robot webhook on ${ROBOT_HOSTS[kind].join(' or ')}`;
  return null;
}

/** E-mail over SMTP (nodemailer): one pooled transport per process; unset SMTP_URL makes every send fail (and retry). */
@Injectable()
export class EmailChannel implements NoticeChannelAdapter, OnApplicationShutdown {
  readonly channel = 'EMAIL' as const;
  private transport: Transporter | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private transporter(): Transporter {
    if (!this.config.mail.smtpUrl) throw new Error('no SMTP server is configured (SMTP_URL)');
    const t = this.config.mail.timeoutMs;
    this.transport ??= createTransport(`${this.config.mail.smtpUrl}${this.config.mail.smtpUrl.includes('?') ? '&' : '?'}pool=true&maxConnections=4&connectionTimeout=${t}&greetingTimeout=${t}&socketTimeout=${t}`);
    return this.transport;
  }

  async send(target: ChannelTarget, message: OutboundMessage): Promise<void> {
    if (target.channel !== 'EMAIL') throw new Error('not an e-mail target');
    await this.transporter().sendMail({ from: this.config.mail.from, to: target.address, subject: message.title, text: message.text, html: message.html });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
    this.transport = null;
  }
}

/**
 * Work-chat group robots (群机器人): 企业微信 (the key in the URL), 钉钉 (加签 in the query), 飞书 (签名 in the
 * body). Each answers HTTP 200 with its own error code; anything but 0 is a failure to retry.
 */
@Injectable()
export class RobotChannel implements NoticeChannelAdapter {
  readonly channel = 'ROBOT' as const;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The request a robot gets for a message (its body, and its URL with any signature). */
  static request(target: Extract<ChannelTarget, { channel: 'ROBOT' }>, message: OutboundMessage, now: Date): { url: string; body: unknown } {
    switch (target.kind) {
      case ChatRobotKind.WECOM:
        // 企业微信 markdown is capped at 4096 bytes.
        return { url: target.url, body: { msgtype: 'markdown', markdown: { content: truncateBytes(message.markdown, 4000) } } };
      case ChatRobotKind.DINGTALK: {
        const url = new URL(target.url);
        if (target.secret) {
          const ts = now.getTime();
          url.searchParams.set('timestamp', String(ts));
          url.searchParams.set('sign', dingtalkSign(target.secret, ts));
        }
        return { url: url.toString(), body: { msgtype: 'markdown', markdown: { title: message.title, text: truncateBytes(message.markdown, 18000) } } };
      }
      case ChatRobotKind.FEISHU: {
        const ts = Math.floor(now.getTime() / 1000);
        const signed = target.secret ? { timestamp: String(ts), sign: feishuSign(target.secret, ts) } : {};
        return { url: target.url, body: { ...signed, msg_type: 'text', content: { text: truncateBytes(`${message.title}\n${message.text}`, 18000) } } };
      }
    }
  }

  async send(target: ChannelTarget, message: OutboundMessage): Promise<void> {
    if (target.channel !== 'ROBOT') throw new Error('not a robot target');
    const problem = robotUrlProblem(target.kind, target.url, this.config.notices.robotsAllowPrivate);
    if (problem) throw new Error(`refused: the robot URL ${problem}`);
    const { url, body } = RobotChannel.request(target, message, new Date());
    const res = await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(this.config.notices.timeoutMs),
      headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Mengyuan-Notices/1' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status < 200 || res.status >= 300) throw new Error(`HTTP ${res.status}`);
    let answer: { errcode?: number; errmsg?: string; code?: number; msg?: string; StatusCode?: number } = {};
    try {
      answer = JSON.parse(text) as typeof answer;
    } catch {
      throw new Error('the robot did not answer JSON');
    }
    const code = answer.errcode ?? answer.code ?? answer.StatusCode;
    if (code !== 0) throw new Error(`robot error ${String(code)}: ${answer.errmsg ?? answer.msg ?? 'unknown'}`);
  }
}

function truncateBytes(text: string, max: number): string {
  const buf = Buffer.from(text, 'utf8');
  if (buf.length <= max) return text;
  return `${buf.subarray(0, max - 3).toString('utf8').replace(/\uFFFD+$/, '')}…`;
}
