import type { SimCredentials } from './keys';
import type { Behaviour, SimStore, Trade } from './state';
import { statementLines } from './statement';
import { digits, feeOf, fenToYuan, form, json, md5, rsaSign, rsaVerify, shanghaiDay, shanghaiTime, signContent, yuanToFen, type SimRequest, type SimResponse } from './util';
import { generateKeyPairSync } from 'node:crypto';

/** An outgoing notify: 易支付 calls the merchant's notify_url with GET and the signed parameters in the query. */
export interface OutgoingNotify {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

const PAY_TYPES = new Set(['alipay', 'wxpay', 'qqpay', 'bank', 'jdpay']);
const now = () => new Date();
const unix = () => String(Math.floor(Date.now() / 1000));

/** A key the gateway does not have: forged notifies are signed with it. */
let forgeKey: string | null = null;
function forger(): string {
  forgeKey ??= generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey;
  return forgeKey;
}

/**
 * The 易支付 (epay) gateway, as 彩虹易支付 and its clones speak it. v1: `mapi.php` (API) and `submit.php` (page
 * jump), parameters sorted and joined k=v&…, signed MD5(content + merchant key), lower-case hex; merchant
 * queries at `api.php?act=order|orders` with pid and key. v2: `api/pay/create` with a timestamp, signed
 * SHA256withRSA by the merchant's private key; answers and notifies signed by the platform's private key.
 * Notifies are GET requests to notify_url; the merchant answers the plain text `success`.
 */
export class EpayGateway {
  constructor(
    private readonly creds: SimCredentials['epay'],
    private readonly store: SimStore,
    private readonly feeBasisPoints: number,
  ) {}

  private verifyRequest(p: Record<string, string>): 'V1' | 'V2' | null {
    if (!p.sign) return null;
    if ((p.sign_type ?? 'MD5').toUpperCase() === 'RSA') return p.pid === this.creds.pidV2 && rsaVerify(signContent(p), p.sign, this.creds.merchant.publicKey) ? 'V2' : null;
    return p.pid === this.creds.pid && md5(signContent(p) + this.creds.key) === p.sign.toLowerCase() ? 'V1' : null;
  }

  private pidOf(t: Trade): string {
    return t.version === 'V2' ? this.creds.pidV2 : this.creds.pid;
  }

  private signedV2(body: Record<string, string>): Record<string, string> {
    const out = { ...body, timestamp: unix() };
    return { ...out, sign: rsaSign(signContent(out), this.creds.platform.privateKey), sign_type: 'RSA' };
  }

  private create(p: Record<string, string>, version: 'V1' | 'V2'): Trade | string {
    const amount = yuanToFen(p.money);
    if (!amount || amount <= 0n) return 'money 金额不正确';
    if (!PAY_TYPES.has(p.type)) return 'type 支付方式不支持';
    if (!p.out_trade_no || !p.notify_url) return 'out_trade_no 与 notify_url 必填';
    if (version === 'V2' && Math.abs(Number(p.timestamp) - Date.now() / 1000) > 300) return 'timestamp 已过期';
    const existing = this.store.byOutTradeNo('epay', p.out_trade_no);
    if (existing) return existing.amount === amount.toString() ? existing : '订单号已存在';
    const at = now();
    return this.store.add({
      channel: 'epay', tradeNo: `${shanghaiTime(at).replace(/\D/g, '')}${digits(5)}`, outTradeNo: p.out_trade_no, amount: amount.toString(), subject: p.name ?? '',
      notifyUrl: p.notify_url, returnUrl: p.return_url ?? null, payType: p.type, version, status: 'WAIT', createdAt: at.toISOString(), paidAt: null,
      fee: feeOf(amount, this.feeBasisPoints).toString(), held: false, answers: [],
    });
  }

  async handle(req: SimRequest, sub: string, cashierUrl: (t: Trade) => string): Promise<SimResponse> {
    const params = { ...Object.fromEntries(req.query), ...(req.method === 'POST' ? form(req.body) : {}) };
    if (sub === 'mapi.php' || sub === 'submit.php') {
      const version = this.verifyRequest(params);
      if (version !== 'V1') return json({ code: -1, msg: '签名错误' });
      const trade = this.create(params, 'V1');
      if (typeof trade === 'string') return json({ code: -1, msg: trade });
      if (sub === 'submit.php') return { status: 302, headers: { location: cashierUrl(trade) }, body: '' };
      return json({ code: 1, msg: 'SUCCESS', trade_no: trade.tradeNo, payurl: cashierUrl(trade), qrcode: cashierUrl(trade) });
    }
    if (sub === 'api/pay/create') {
      const version = this.verifyRequest(params);
      if (version !== 'V2') return json(this.signedV2({ code: '-1', msg: '签名错误' }));
      const trade = this.create(params, 'V2');
      if (typeof trade === 'string') return json(this.signedV2({ code: '-1', msg: trade }));
      const qr = params.method === 'scan' || params.method === 'web' || !params.method;
      return json(this.signedV2({ code: '0', msg: 'succ', trade_no: trade.tradeNo, pay_type: qr ? 'qrcode' : 'jump', pay_info: cashierUrl(trade) }));
    }
    if (sub === 'api.php') {
      if (params.pid !== this.creds.pid || params.key !== this.creds.key) return json({ code: -3, msg: 'KEY校验失败' });
      if (params.act === 'order') {
        const t = this.store.byOutTradeNo('epay', params.out_trade_no ?? '') ?? this.store.find('epay', params.trade_no ?? '');
        return t ? json({ code: 1, msg: '查询订单号成功！', ...this.orderRow(t) }) : json({ code: -1, msg: '订单号不存在' });
      }
      if (params.act === 'orders') return json({ code: 1, msg: '查询结算记录成功！', data: this.orders(params, 'V1') });
      return json({ code: -5, msg: 'No Act!' });
    }
    if (sub === 'api/merchant/orders') {
      if (this.verifyRequest(params) !== 'V2') return json(this.signedV2({ code: '-1', msg: '签名错误' }));
      return json({ ...this.signedV2({ code: '0', msg: 'succ' }), data: this.orders(params, 'V2') });
    }
    return json({ code: -5, msg: 'not found' }, 404);
  }

  /** The paid orders, newest first, with planted differences applied for the day asked (`date`, YYYY-MM-DD). */
  private orders(p: Record<string, string>, version: 'V1' | 'V2'): Record<string, string>[] {
    const limit = Math.min(Number(p.limit) || 50, 50);
    const offset = p.offset !== undefined ? Number(p.offset) || 0 : ((Number(p.page) || 1) - 1) * limit;
    const trades = this.store.trades('epay').filter((t) => t.version === version);
    const days = p.date ? [p.date] : [...new Set(trades.filter((t) => t.paidAt).map((t) => shanghaiDay(new Date(t.paidAt!))))];
    const rows = days.flatMap((day) => statementLines(trades, this.store.plants('epay'), day)).sort((a, b) => b.paidAt.getTime() - a.paidAt.getTime());
    return rows.slice(offset, offset + limit).map((l) => {
      const t = this.store.byOutTradeNo('epay', l.outTradeNo);
      return {
        trade_no: l.tradeNo, out_trade_no: l.outTradeNo, api_trade_no: `4200${l.tradeNo}`, type: t?.payType ?? 'alipay', pid: version === 'V2' ? this.creds.pidV2 : this.creds.pid,
        addtime: shanghaiTime(new Date(t?.createdAt ?? l.paidAt)), endtime: shanghaiTime(l.paidAt), name: l.subject, money: fenToYuan(l.amount),
        getmoney: fenToYuan(l.amount - l.fee), status: '1',
      };
    });
  }

  private orderRow(t: Trade): Record<string, string> {
    return {
      trade_no: t.tradeNo, out_trade_no: t.outTradeNo, type: t.payType ?? '', pid: this.pidOf(t), addtime: shanghaiTime(new Date(t.createdAt)),
      endtime: t.paidAt ? shanghaiTime(new Date(t.paidAt)) : '', name: t.subject, money: fenToYuan(BigInt(t.amount)), status: t.status === 'PAID' ? '1' : '0',
    };
  }

  /** The notify the gateway sends for a paid trade, shaped by the behaviour asked for. */
  notify(t: Trade, behaviour: Behaviour): OutgoingNotify {
    const amount = behaviour === 'wrong_amount' ? BigInt(t.amount) + 100n : BigInt(t.amount);
    const params: Record<string, string> = {
      pid: behaviour === 'other_merchant' ? this.creds.otherPid : this.pidOf(t), trade_no: t.tradeNo, out_trade_no: t.outTradeNo, type: t.payType ?? 'alipay',
      name: t.subject, money: fenToYuan(amount), trade_status: 'TRADE_SUCCESS',
    };
    if (t.version === 'V2') {
      params.api_trade_no = `4200${t.tradeNo}`;
      params.buyer = 'sandbox-buyer';
      params.timestamp = unix();
      params.sign = rsaSign(signContent(params), behaviour === 'forged' ? forger() : this.creds.platform.privateKey);
      params.sign_type = 'RSA';
    } else {
      params.sign = md5(signContent(params) + (behaviour === 'forged' ? 'not-the-merchant-key' : this.creds.key));
      params.sign_type = 'MD5';
    }
    const url = new URL(t.notifyUrl);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    return { method: 'GET', url: url.toString(), headers: {} };
  }
}
