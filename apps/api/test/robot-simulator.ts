import { createServer, type IncomingMessage, type Server } from 'node:http';
import { dingtalkSign, feishuSign } from '../src/modules/notifications/services/notice-channels';

export interface RobotMessage {
  kind: 'WECOM' | 'DINGTALK' | 'FEISHU';
  token: string;
  body: Record<string, unknown>;
  at: number;
}

/** How the simulated robots answer: as the vendors do, or failing (HTTP 500, an error code), slowly, or not at all. */
export type RobotMode = 'ok' | 'http-500' | 'error-code' | 'slow' | 'hang';

/**
 * 企业微信, 钉钉 and 飞书 group robots as their webhooks behave, for the tests: 钉钉 and 飞书 check the signature of
 * each request against the robot's secret (a wrong or stale one answers their error code, as the real ones do), and
 * each answers errcode/code 0 when it took the message.
 */
export class RobotSimulator {
  readonly received: RobotMessage[] = [];
  readonly refused: { kind: string; reason: string }[] = [];
  mode: RobotMode = 'ok';
  slowMs = 3000;
  private server: Server | null = null;
  private base = '';
  private readonly secrets = new Map<string, string>();

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req).then(([status, body]) => {
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    }));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.base = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((r) => this.server?.close(r));
  }

  /** A robot's webhook URL (and the secret 钉钉/飞书 sign with) as the chat app would show it. */
  robot(kind: RobotMessage['kind'], token: string, secret?: string): string {
    if (secret) this.secrets.set(`${kind}:${token}`, secret);
    if (kind === 'WECOM') return `${this.base}/cgi-bin/webhook/send?key=${token}`;
    if (kind === 'DINGTALK') return `${this.base}/robot/send?access_token=${token}`;
    return `${this.base}/open-apis/bot/v2/hook/${token}`;
  }

  private async handle(req: IncomingMessage): Promise<[number, unknown]> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    if (this.mode === 'hang') return new Promise(() => undefined);
    if (this.mode === 'slow') await new Promise((r) => setTimeout(r, this.slowMs));
    if (this.mode === 'http-500') return [500, { error: 'simulated outage' }];
    const url = new URL(req.url ?? '/', this.base);
    const now = Date.now();
    if (url.pathname === '/cgi-bin/webhook/send') {
      const token = url.searchParams.get('key') ?? '';
      if (this.mode === 'error-code') return [200, { errcode: 45009, errmsg: 'api freq out of limit' }];
      if (body.msgtype !== 'markdown' && body.msgtype !== 'text') return [200, { errcode: 40008, errmsg: 'invalid message type' }];
      this.received.push({ kind: 'WECOM', token, body, at: now });
      return [200, { errcode: 0, errmsg: 'ok' }];
    }
    if (url.pathname === '/robot/send') {
      const token = url.searchParams.get('access_token') ?? '';
      const secret = this.secrets.get(`DINGTALK:${token}`);
      if (secret) {
        const ts = Number(url.searchParams.get('timestamp'));
        const sign = url.searchParams.get('sign');
        if (!ts || Math.abs(now - ts) > 3600_000 || sign !== dingtalkSign(secret, ts)) {
          this.refused.push({ kind: 'DINGTALK', reason: 'sign' });
          return [200, { errcode: 310000, errmsg: 'sign not match' }];
        }
      }
      if (this.mode === 'error-code') return [200, { errcode: 130101, errmsg: 'send too fast' }];
      this.received.push({ kind: 'DINGTALK', token, body, at: now });
      return [200, { errcode: 0, errmsg: 'ok' }];
    }
    const match = /^\/open-apis\/bot\/v2\/hook\/(.+)$/.exec(url.pathname);
    if (match) {
      const token = match[1];
      const secret = this.secrets.get(`FEISHU:${token}`);
      if (secret) {
        const ts = Number(body.timestamp);
        if (!ts || Math.abs(now / 1000 - ts) > 3600 || body.sign !== feishuSign(secret, ts)) {
          this.refused.push({ kind: 'FEISHU', reason: 'sign' });
          return [200, { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time' }];
        }
      }
      if (this.mode === 'error-code') return [200, { code: 9499, msg: 'Bad Request' }];
      this.received.push({ kind: 'FEISHU', token, body, at: now });
      return [200, { code: 0, msg: 'success', data: {} }];
    }
    return [404, { error: 'no such robot' }];
  }
}
