import { createHash } from 'node:crypto';
import { EpayVersion, PaymentChannelKind, PaymentMode } from '@mengyuan/domain';
import {
  channelUnavailable,
  fenToYuanString,
  notifySignatureInvalid,
  requireFields,
  rsaSign,
  rsaVerify,
  shanghaiDateTime,
  signContent,
  yuanStringToFen,
  type ChannelAdapter,
  type ChannelConfig,
  type ChannelStatementLine,
  type CreatePaymentRequest,
  type CreatedPayment,
  type IncomingNotify,
  type VerifiedNotify,
} from './channel-adapter';

const md5 = (s: string) => createHash('md5').update(s, 'utf8').digest('hex');
const base = (url: string) => url.replace(/\/+$/, '');

async function postForm(url: string, params: Record<string, string>): Promise<Record<string, unknown>> {
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body: new URLSearchParams(params).toString(), signal: AbortSignal.timeout(10_000) });
  } catch (err) {
    throw channelUnavailable(`易支付 did not answer (${(err as Error).name})`);
  }
  if (!res.ok) throw channelUnavailable(`易支付 answered HTTP ${res.status}`);
  try {
    return (await res.json()) as Record<string, unknown>;
  } catch {
    throw channelUnavailable('易支付 answered something other than JSON');
  }
}

/**
 * 易支付 (epay), the card-shop world's aggregator. v1: MD5(sorted k=v&… + merchant key), `mapi.php` for a QR
 * or cashier link, `submit.php` for a page jump, `api.php?act=orders` for the statement. v2: SHA256withRSA with
 * the merchant's private key, `api/pay/create`, answers and notifies signed by the platform (verified with its
 * public key). Notifies are GET (some deployments POST) with `trade_status=TRADE_SUCCESS`; the answer is `success`.
 */
export class EpayAdapter implements ChannelAdapter {
  readonly kind = PaymentChannelKind.EPAY;
  readonly ack = { status: 200, contentType: 'text/plain; charset=utf-8', body: 'success' };

  validate(c: Omit<ChannelConfig, 'id'>): Record<string, string[]> {
    const errors: Record<string, string[]> = {};
    const version = c.settings.version;
    if (version !== EpayVersion.V1 && version !== EpayVersion.V2) errors['settings.version'] = ['V1 or V2'];
    if (!['alipay', 'wxpay', 'qqpay', 'bank'].includes(c.settings.payType ?? '')) errors['settings.payType'] = ['alipay, wxpay, qqpay or bank'];
    if (version === EpayVersion.V1) requireFields(c.secrets, ['key'], errors, 'secrets');
    if (version === EpayVersion.V2) requireFields(c.secrets, ['merchantPrivateKey', 'platformPublicKey'], errors, 'secrets');
    return errors;
  }

  private sign(c: ChannelConfig, params: Record<string, string>): Record<string, string> {
    if (c.settings.version === EpayVersion.V2) {
      const p = { ...params, timestamp: String(Math.floor(Date.now() / 1000)) };
      return { ...p, sign: rsaSign(signContent(p), c.secrets.merchantPrivateKey), sign_type: 'RSA' };
    }
    return { ...params, sign: md5(signContent(params) + c.secrets.key), sign_type: 'MD5' };
  }

  async create(c: ChannelConfig, r: CreatePaymentRequest): Promise<CreatedPayment> {
    const params: Record<string, string> = {
      pid: c.merchantId, type: c.settings.payType, out_trade_no: r.outTradeNo, notify_url: r.notifyUrl, return_url: r.returnUrl, name: r.subject,
      money: fenToYuanString(r.amount), clientip: r.clientIp,
    };
    if (c.settings.version === EpayVersion.V2) {
      const answer = await postForm(`${base(c.gatewayUrl)}/api/pay/create`, this.sign(c, { ...params, method: c.mode === PaymentMode.PAGE ? 'jump' : 'web' }));
      const fields = Object.fromEntries(Object.entries(answer).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)]));
      if (!fields.sign || !rsaVerify(signContent(fields), fields.sign, c.secrets.platformPublicKey)) throw channelUnavailable('易支付\'s answer is not signed by the platform');
      if (fields.code !== '0') throw channelUnavailable(fields.msg || 'refused');
      const qr = fields.pay_type === 'qrcode';
      return { tradeNo: fields.trade_no || null, qrCode: qr ? fields.pay_info : null, payUrl: qr ? null : fields.pay_info };
    }
    if (c.mode === PaymentMode.PAGE) {
      // The page jump: the member's browser takes the signed parameters to submit.php; nothing is sent from here.
      const url = new URL(`${base(c.gatewayUrl)}/submit.php`);
      for (const [k, v] of Object.entries(this.sign(c, params))) url.searchParams.set(k, v);
      return { tradeNo: null, qrCode: null, payUrl: url.toString() };
    }
    const answer = await postForm(`${base(c.gatewayUrl)}/mapi.php`, this.sign(c, { ...params, device: 'pc' }));
    if (String(answer.code) !== '1') throw channelUnavailable(String(answer.msg ?? 'refused'));
    return { tradeNo: answer.trade_no ? String(answer.trade_no) : null, qrCode: answer.qrcode ? String(answer.qrcode) : null, payUrl: answer.payurl ? String(answer.payurl) : null };
  }

  async verifyNotify(c: ChannelConfig, n: IncomingNotify): Promise<VerifiedNotify> {
    const p: Record<string, string> = { ...n.query, ...(n.method === 'POST' && n.rawBody ? Object.fromEntries(new URLSearchParams(n.rawBody)) : {}) };
    if (!p.sign) throw notifySignatureInvalid('no sign');
    const content = signContent(p);
    const ok = c.settings.version === EpayVersion.V2 ? rsaVerify(content, p.sign, c.secrets.platformPublicKey) : md5(content + c.secrets.key) === p.sign.toLowerCase();
    if (!ok) throw notifySignatureInvalid(`易支付 ${c.settings.version} signature mismatch`);
    return {
      merchantId: p.pid ?? '',
      outTradeNo: p.out_trade_no ?? '',
      tradeNo: p.trade_no ?? '',
      amount: yuanStringToFen(p.money),
      paid: p.trade_status === 'TRADE_SUCCESS' || p.trade_status === 'TRADE_FINISHED',
      paidAt: null,
    };
  }

  /** The merchant's paid orders of the day: v1 `api.php?act=orders` with pid and key, v2 the RSA-signed `api/merchant/orders`. */
  async statement(c: ChannelConfig, day: string): Promise<ChannelStatementLine[]> {
    const out: ChannelStatementLine[] = [];
    for (let page = 1; page <= 200; page++) {
      let rows: Record<string, unknown>[];
      if (c.settings.version === EpayVersion.V2) {
        const answer = await postForm(`${base(c.gatewayUrl)}/api/merchant/orders`, this.sign(c, { pid: c.merchantId, offset: String((page - 1) * 50), limit: '50', date: day }));
        if (String(answer.code) !== '0') throw channelUnavailable(String(answer.msg ?? 'refused'));
        rows = (answer.data as Record<string, unknown>[]) ?? [];
      } else {
        const url = new URL(`${base(c.gatewayUrl)}/api.php`);
        for (const [k, v] of Object.entries({ act: 'orders', pid: c.merchantId, key: c.secrets.key, limit: '50', page: String(page), date: day })) url.searchParams.set(k, v);
        let res: Response;
        try {
          res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
        } catch (err) {
          throw channelUnavailable(`易支付 did not answer (${(err as Error).name})`);
        }
        const answer = (await res.json().catch(() => ({}))) as Record<string, unknown>;
        if (String(answer.code) !== '1') throw channelUnavailable(String(answer.msg ?? 'refused'));
        rows = (answer.data as Record<string, unknown>[]) ?? [];
      }
      let older = false;
      for (const r of rows) {
        const paidAt = shanghaiDateTime(String(r.endtime ?? ''));
        const rowDay = String(r.endtime ?? '').slice(0, 10);
        if (rowDay < day) older = true;
        if (rowDay !== day || String(r.status) !== '1') continue;
        const amount = yuanStringToFen(String(r.money)) ?? 0n;
        const net = r.getmoney !== undefined ? yuanStringToFen(String(r.getmoney)) : null;
        out.push({ tradeNo: String(r.trade_no), outTradeNo: String(r.out_trade_no), amount, fee: net === null ? 0n : amount - net, paidAt });
      }
      if (rows.length < 50 || older) break;
    }
    return out;
  }
}
