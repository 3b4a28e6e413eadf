import { AlipayGateway } from './alipay';
import { EpayGateway } from './epay';
import { loadOrCreateCredentials, type SimCredentials } from './keys';
import { BEHAVIOURS, SIM_CHANNELS, SimStore, type Behaviour, type NotifyAnswer, type Plant, type SimChannel, type Trade } from './state';
import { WechatGateway } from './wechat';
import { escapeHtml, fenToYuan, html, json, shanghaiTime, type SimRequest, type SimResponse } from './util';

export { generateCredentials, loadOrCreateCredentials, type RsaPair, type SimCredentials } from './keys';
export { BEHAVIOURS, SIM_CHANNELS, type Behaviour, type NotifyAnswer, type Plant, type SimChannel, type Trade } from './state';
export type { SimRequest, SimResponse } from './util';

export interface SimulatorOptions {
  /** Where credentials and trades are kept between restarts; unset: in memory only (tests). */
  dir?: string;
  /** Each channel's fee in basis points (default: 易支付 1 %, Alipay 0.6 %, WeChat Pay 0.6 %). */
  feeBasisPoints?: Partial<Record<SimChannel, number>>;
  /** Credentials to use instead of loading or generating them. */
  credentials?: SimCredentials;
}

export const DEFAULT_FEE_BASIS_POINTS: Record<SimChannel, number> = { epay: 100, alipay: 60, wechat: 60 };
const LABELS: Record<SimChannel, string> = { epay: '易支付 epay', alipay: '支付宝 Alipay', wechat: '微信支付 WeChat Pay' };
const BEHAVIOUR_LABELS: Record<Behaviour, string> = {
  normal: '确认支付 · Pay',
  duplicate: '支付并重复通知 · Pay, notify twice',
  hold: '支付，稍后通知 · Pay, hold the notify (late)',
  forged: '发送伪造签名的通知 · Send a forged notify',
  wrong_amount: '发送金额不符的通知 · Send a wrong-amount notify',
  other_merchant: '发送其他商户的通知 · Send another merchant’s notify',
};

/**
 * The sandbox of every payment channel the alliance can configure, in one request handler that a host mounts
 * (the api serves it under /sim outside production). Each gateway signs like the real one with generated keys;
 * its cashier page pays a trade and sends the notify as asked; its statement is served in the channel's own
 * format, with any difference planted through the control API.
 */
export class PaymentSimulator {
  private creds: Promise<SimCredentials> | null = null;
  private gateways: { epay: EpayGateway; alipay: AlipayGateway; wechat: WechatGateway } | null = null;
  readonly store: SimStore;
  private readonly fees: Record<SimChannel, number>;

  constructor(private readonly options: SimulatorOptions = {}) {
    this.store = new SimStore(options.dir);
    this.fees = { ...DEFAULT_FEE_BASIS_POINTS, ...options.feeBasisPoints };
  }

  /** The credentials (generated on first use, then kept in `dir`): the merchant's halves go into channel settings. */
  credentials(): Promise<SimCredentials> {
    this.creds ??= this.options.credentials ? Promise.resolve(this.options.credentials) : loadOrCreateCredentials(this.options.dir);
    return this.creds;
  }

  feeBasisPoints(channel: SimChannel): number {
    return this.fees[channel];
  }

  private async ready() {
    if (this.gateways) return this.gateways;
    const c = await this.credentials();
    this.gateways = {
      epay: new EpayGateway(c.epay, this.store, this.fees.epay),
      alipay: new AlipayGateway(c.alipay, this.store, this.fees.alipay),
      wechat: new WechatGateway(c.wechat, this.store, this.fees.wechat),
    };
    return this.gateways;
  }

  async handle(req: SimRequest): Promise<SimResponse> {
    const g = await this.ready();
    const rel = req.path.slice(req.mount.length).replace(/^\/+/, '');
    const [head, ...rest] = rel.split('/');
    const sub = rest.join('/');
    const cashierUrl = (t: Trade) => `${req.base}/cashier/${t.channel}/${t.tradeNo}`;
    try {
      if (head === 'epay') return await g.epay.handle(req, sub, cashierUrl);
      if (head === 'alipay') return await g.alipay.handle(req, sub, cashierUrl, (t) => this.cashier(t, req.base, []));
      if (head === 'wechat') return await g.wechat.handle(req, sub, cashierUrl);
      if (head === 'cashier') return await this.cashierRoute(req, rest);
      if (head === 'control') return await this.control(req, rest);
      if (head === '' || head === undefined) return this.index(req.base);
    } catch (err) {
      return json({ error: (err as Error).message }, 500);
    }
    return json({ error: 'not found' }, 404);
  }

  private channelOf(s: string | undefined): SimChannel | null {
    return SIM_CHANNELS.includes(s as SimChannel) ? (s as SimChannel) : null;
  }

  private async cashierRoute(req: SimRequest, [ch, tradeNo]: string[]): Promise<SimResponse> {
    const channel = this.channelOf(ch);
    const trade = channel && this.store.find(channel, tradeNo ?? '');
    if (!trade) return html('<!doctype html><title>Not found</title><p>交易不存在 · No such trade</p>', 404);
    if (req.method !== 'POST') return this.cashier(trade, req.base, []);
    const behaviour = new URLSearchParams(req.body.toString('utf8')).get('behaviour') ?? 'normal';
    const answers = behaviour === 'release' ? await this.release(trade) : BEHAVIOURS.includes(behaviour as Behaviour) ? await this.act(trade, behaviour as Behaviour) : [];
    return this.cashier(trade, req.base, answers);
  }

  /** The JSON control API: pay a trade with a behaviour, release a held notify, plant statement differences, list trades. */
  private async control(req: SimRequest, [ch, what, action]: string[]): Promise<SimResponse> {
    const channel = this.channelOf(ch);
    if (!channel) return json({ error: 'unknown channel' }, 404);
    if (what === 'trades' && req.method === 'GET') return json(this.store.trades(channel));
    if (what === 'credentials' && req.method === 'GET') return json(await this.credentials());
    if (what === 'plant') {
      if (req.method === 'DELETE') {
        this.store.clearPlants(channel);
        return json({ ok: true });
      }
      const plant = JSON.parse(req.body.toString('utf8') || '{}') as Plant;
      if (!['AMOUNT', 'FEE', 'DROP', 'EXTRA'].includes(plant.kind)) return json({ error: 'kind: AMOUNT, FEE, DROP or EXTRA' }, 400);
      this.store.plant(channel, plant);
      return json({ ok: true, plants: this.store.plants(channel) });
    }
    const trade = this.store.find(channel, what ?? '');
    if (!trade) return json({ error: 'no such trade' }, 404);
    if (action === 'release') return json({ trade, answers: await this.release(trade) });
    if (!BEHAVIOURS.includes(action as Behaviour)) return json({ error: `behaviour: ${BEHAVIOURS.join(', ')} or release` }, 400);
    return json({ trade, answers: await this.act(trade, action as Behaviour) });
  }

  /** Pays a trade and sends its notify as asked (forged, wrong-amount and other-merchant notifies do not pay it). */
  async act(trade: Trade, behaviour: Behaviour): Promise<NotifyAnswer[]> {
    const g = await this.ready();
    const pays = behaviour === 'normal' || behaviour === 'duplicate' || behaviour === 'hold';
    if (pays && trade.status !== 'PAID') {
      trade.status = 'PAID';
      trade.paidAt = new Date().toISOString();
    }
    if (behaviour === 'hold') {
      trade.held = true;
      this.store.save();
      return [];
    }
    this.store.save();
    const times = behaviour === 'duplicate' ? 2 : 1;
    const answers: NotifyAnswer[] = [];
    for (let i = 0; i < times; i++) answers.push(await this.send(g[trade.channel].notify(trade, behaviour), behaviour));
    trade.answers.push(...answers);
    this.store.save();
    return answers;
  }

  /** Sends the notify a `hold` kept back (the gateway's late retry). */
  async release(trade: Trade): Promise<NotifyAnswer[]> {
    const g = await this.ready();
    if (trade.status !== 'PAID') return [];
    trade.held = false;
    const answer = await this.send(g[trade.channel].notify(trade, 'normal'), 'release');
    trade.answers.push(answer);
    this.store.save();
    return [answer];
  }

  private async send(n: { method: string; url: string; headers: Record<string, string>; body?: string }, behaviour: NotifyAnswer['behaviour']): Promise<NotifyAnswer> {
    const at = new Date().toISOString();
    try {
      const res = await fetch(n.url, { method: n.method, headers: n.headers, body: n.body, signal: AbortSignal.timeout(10_000) });
      return { at, behaviour, status: res.status, body: (await res.text()).slice(0, 500) };
    } catch (err) {
      return { at, behaviour, status: 0, body: (err as Error).message };
    }
  }

  private cashier(t: Trade, base: string, answers: NotifyAnswer[]): SimResponse {
    const buttons = (t.status === 'PAID' ? (['duplicate', 'forged', 'wrong_amount', 'other_merchant'] as Behaviour[]) : [...BEHAVIOURS])
      .map((b) => `<button name="behaviour" value="${b}" data-behaviour="${b}"${b === 'normal' ? ' class="primary"' : ''}>${BEHAVIOUR_LABELS[b]}</button>`)
      .join('');
    const release = t.held ? `<button name="behaviour" value="release" data-behaviour="release" class="primary">发送被延迟的通知 · Send the held notify now</button>` : '';
    const log = [...t.answers].reverse().slice(0, 10)
      .map((a) => `<li><code>${escapeHtml(a.behaviour)}</code> → HTTP ${a.status} <code>${escapeHtml(a.body.slice(0, 120))}</code> <small>${escapeHtml(a.at)}</small></li>`)
      .join('');
    const back = t.returnUrl ? `<p><a href="${escapeHtml(t.returnUrl)}">返回商户 · Back to the merchant</a></p>` : '';
    return html(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${LABELS[t.channel]} · 沙箱收银台 Sandbox cashier</title>
<style>body{font-family:system-ui,sans-serif;max-width:560px;margin:24px auto;padding:0 16px;color:#1f1f1f}h1{font-size:20px}
.amount{font-size:32px;font-weight:600;margin:8px 0}dl{display:grid;grid-template-columns:auto 1fr;gap:4px 12px}dt{color:#595959}
button{display:block;width:100%;margin:8px 0;padding:10px;border:1px solid #8c8c8c;border-radius:6px;background:#fff;font-size:15px;cursor:pointer}
button.primary{background:#1677ff;border-color:#1677ff;color:#fff}.paid{color:#237804;font-weight:600}.note{color:#595959;font-size:13px}</style></head>
<body><main><h1>${LABELS[t.channel]} · 沙箱收银台 Sandbox cashier</h1>
<p class="note">这是盟源仓库内的支付沙箱，不会发生真实扣款。 This is the repository's payment sandbox: no real money moves.</p>
<div class="amount">¥${fenToYuan(BigInt(t.amount))}</div>
<dl><dt>商品 Subject</dt><dd>${escapeHtml(t.subject)}</dd><dt>商户订单号 Order</dt><dd><code>${escapeHtml(t.outTradeNo)}</code></dd>
<dt>交易号 Trade</dt><dd><code>${escapeHtml(t.tradeNo)}</code></dd><dt>状态 Status</dt><dd class="${t.status === 'PAID' ? 'paid' : ''}" data-status="${t.status}">${t.status === 'PAID' ? `已支付 Paid ${escapeHtml(shanghaiTime(new Date(t.paidAt!)))}` : '待支付 Waiting'}${t.held ? ' · 通知已延迟 notify held' : ''}</dd></dl>
<form method="post" action="${base}/cashier/${t.channel}/${t.tradeNo}">${release}${buttons}</form>
${answers.length ? `<h2>商户应答 Merchant answered</h2><ul data-answers>${answers.map((a) => `<li>HTTP ${a.status} <code>${escapeHtml(a.body.slice(0, 200))}</code></li>`).join('')}</ul>` : ''}
${log ? `<h2>通知记录 Notify log</h2><ul>${log}</ul>` : ''}${back}</main></body></html>`);
  }

  private index(base: string): SimResponse {
    const rows = SIM_CHANNELS.flatMap((c) => this.store.trades(c).slice(-10).reverse())
      .map((t) => `<li>${LABELS[t.channel]} · <a href="${base}/cashier/${t.channel}/${t.tradeNo}">${escapeHtml(t.outTradeNo)}</a> ¥${fenToYuan(BigInt(t.amount))} ${t.status}</li>`)
      .join('');
    return html(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>支付沙箱 Payment sandbox</title></head><body><main><h1>支付沙箱 Payment sandbox</h1><ul>${rows || '<li>暂无交易 No trades yet</li>'}</ul></main></body></html>`);
  }
}
