import { createCipheriv, createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import type { OutgoingNotify } from './epay';
import type { SimCredentials } from './keys';
import type { Behaviour, SimStore, Trade } from './state';
import { statementLines } from './statement';
import { digits, feeOf, fenToYuan, rfc3339Shanghai, rsaSign, rsaVerify, shanghaiTime, type SimRequest, type SimResponse } from './util';

let forgeKey: string | null = null;
const forger = () =>
  (forgeKey ??= generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey);

const nonce = (n = 32) => randomBytes(n).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, n);
const AUTH = /^WECHATPAY2-SHA256-RSA2048\s+(.*)$/;

/**
 * WeChat Pay APIv3 (微信支付), as the merchant's SDK calls it: every request carries
 * `Authorization: WECHATPAY2-SHA256-RSA2048 mchid=…,nonce_str=…,timestamp=…,serial_no=…,signature=…`, the
 * signature SHA256withRSA over "METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n" with the merchant's key; answers
 * carry Wechatpay-Timestamp/Nonce/Serial/Signature over "TIMESTAMP\nNONCE\nBODY\n" with the platform's key
 * (its serial a 微信支付公钥 id). Notifies are JSON POSTs signed the same way, their `resource` encrypted with
 * AEAD_AES_256_GCM under the merchant's APIv3 key. Native orders answer a `code_url`; the trade bill is a
 * CSV whose cells start with a backquote.
 */
export class WechatGateway {
  private readonly bills = new Map<string, string>();

  constructor(
    private readonly creds: SimCredentials['wechat'],
    private readonly store: SimStore,
    private readonly feeBasisPoints: number,
  ) {}

  private signed(status: number, body: unknown): SimResponse {
    const text = body === null ? '' : JSON.stringify(body);
    const ts = String(Math.floor(Date.now() / 1000));
    const n = nonce();
    return {
      status,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'wechatpay-timestamp': ts,
        'wechatpay-nonce': n,
        'wechatpay-serial': this.creds.platformKeyId,
        'wechatpay-signature': rsaSign(`${ts}\n${n}\n${text}\n`, this.creds.platform.privateKey),
        'request-id': randomBytes(16).toString('hex'),
      },
      body: text,
    };
  }

  private authorized(req: SimRequest, pathWithQuery: string): boolean {
    const m = AUTH.exec(req.headers.authorization ?? '');
    if (!m) return false;
    const fields = Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (fields.mchid !== this.creds.mchid || fields.serial_no !== this.creds.merchantSerial) return false;
    if (Math.abs(Number(fields.timestamp) - Date.now() / 1000) > 300) return false;
    const message = `${req.method}\n${pathWithQuery}\n${fields.timestamp}\n${fields.nonce_str}\n${req.body.toString('utf8')}\n`;
    return rsaVerify(message, fields.signature ?? '', this.creds.merchant.publicKey);
  }

  async handle(req: SimRequest, sub: string, cashierUrl: (t: Trade) => string): Promise<SimResponse> {
    const search = req.query.toString();
    if (!this.authorized(req, `${req.path}${search ? `?${search}` : ''}`)) {
      return this.signed(401, { code: 'SIGN_ERROR', message: '签名错误，请检查后再试' });
    }
    if (sub === 'v3/pay/transactions/native' && req.method === 'POST') {
      let b: { appid?: string; mchid?: string; description?: string; out_trade_no?: string; notify_url?: string; amount?: { total?: number; currency?: string } };
      try {
        b = JSON.parse(req.body.toString('utf8')) as typeof b;
      } catch {
        return this.signed(400, { code: 'PARAM_ERROR', message: '请求体不是 JSON' });
      }
      if (b.mchid !== this.creds.mchid || b.appid !== this.creds.appid) return this.signed(400, { code: 'PARAM_ERROR', message: 'appid 和 mch_id 不匹配' });
      const total = b.amount?.total;
      if (!Number.isSafeInteger(total) || (total as number) <= 0 || !b.out_trade_no || !b.notify_url) return this.signed(400, { code: 'PARAM_ERROR', message: '参数错误' });
      const existing = this.store.byOutTradeNo('wechat', b.out_trade_no);
      if (existing && existing.amount !== String(total)) return this.signed(400, { code: 'INVALID_REQUEST', message: '201 商户订单号重复' });
      const at = new Date();
      const trade =
        existing ??
        this.store.add({
          channel: 'wechat', tradeNo: `42000${digits(23)}`, outTradeNo: b.out_trade_no, amount: String(total), subject: b.description ?? '', notifyUrl: b.notify_url,
          returnUrl: null, payType: 'NATIVE', version: null, status: 'WAIT', createdAt: at.toISOString(), paidAt: null,
          fee: feeOf(BigInt(total as number), this.feeBasisPoints).toString(), held: false, answers: [],
        });
      return this.signed(200, { code_url: cashierUrl(trade) });
    }
    const byOutTradeNo = /^v3\/pay\/transactions\/out-trade-no\/([^/]+)$/.exec(sub);
    if (byOutTradeNo && req.method === 'GET') {
      const t = this.store.byOutTradeNo('wechat', decodeURIComponent(byOutTradeNo[1]));
      if (!t) return this.signed(404, { code: 'ORDER_NOT_EXIST', message: '订单不存在' });
      return this.signed(200, this.transaction(t, BigInt(t.amount), this.creds.mchid));
    }
    if (sub === 'v3/bill/tradebill' && req.method === 'GET') {
      const day = req.query.get('bill_date') ?? '';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return this.signed(400, { code: 'PARAM_ERROR', message: 'bill_date 格式错误' });
      const token = randomBytes(12).toString('hex');
      this.bills.set(token, day);
      const file = this.billFile(day);
      return this.signed(200, { hash_type: 'SHA1', hash_value: createHash('sha1').update(file).digest('hex'), download_url: `${req.base}/wechat/v3/billdownload/file?token=${token}` });
    }
    if (sub === 'v3/billdownload/file' && req.method === 'GET') {
      const day = this.bills.get(req.query.get('token') ?? '');
      if (!day) return this.signed(404, { code: 'NO_STATEMENT_EXIST', message: '账单文件不存在' });
      return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: this.billFile(day) };
    }
    return this.signed(404, { code: 'NOT_FOUND', message: '接口不存在' });
  }

  /** 交易账单 (ALL) of a day: UTF-8 with BOM, a header row, one row per trade (cells prefixed `), the summary rows. */
  private billFile(day: string): Buffer {
    const lines = statementLines(this.store.trades('wechat'), this.store.plants('wechat'), day);
    const header = '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注';
    const rate = `${(this.feeBasisPoints / 100).toFixed(2)}%`;
    const fee5 = (f: bigint) => `${fenToYuan(f)}000`;
    const rows = lines.map((l) =>
      [shanghaiTime(l.paidAt), this.creds.appid, this.creds.mchid, '0', '', l.tradeNo, l.outTradeNo, 'oSandboxBuyer0000000000000', 'NATIVE', 'SUCCESS', 'OTHERS', 'CNY', fenToYuan(l.amount),
        '0.00', '0', '0', '0.00', '0.00', '', '', l.subject, '', fee5(l.fee), rate, fenToYuan(l.amount), '0.00', ''].map((c) => `\`${c}`).join(','),
    );
    const total = lines.reduce((a, l) => a + l.amount, 0n);
    const fees = lines.reduce((a, l) => a + l.fee, 0n);
    const summary = ['总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额',
      [String(lines.length), fenToYuan(total), '0.00', '0.00', fee5(fees), fenToYuan(total), '0.00'].map((c) => `\`${c}`).join(',')];
    return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([header, ...rows, ...summary, ''].join('\r\n'), 'utf8')]);
  }

  private transaction(t: Trade, amount: bigint, mchid: string): Record<string, unknown> {
    return {
      appid: this.creds.appid, mchid, out_trade_no: t.outTradeNo, transaction_id: t.tradeNo, trade_type: 'NATIVE', trade_state: t.status === 'PAID' ? 'SUCCESS' : 'NOTPAY',
      trade_state_desc: t.status === 'PAID' ? '支付成功' : '订单未支付', bank_type: 'OTHERS', attach: '', success_time: t.paidAt ? rfc3339Shanghai(new Date(t.paidAt)) : undefined,
      payer: { openid: 'oSandboxBuyer0000000000000' }, amount: { total: Number(amount), payer_total: Number(amount), currency: 'CNY', payer_currency: 'CNY' },
    };
  }

  notify(t: Trade, behaviour: Behaviour): OutgoingNotify {
    const amount = behaviour === 'wrong_amount' ? BigInt(t.amount) + 100n : BigInt(t.amount);
    const plaintext = JSON.stringify(this.transaction(t, amount, behaviour === 'other_merchant' ? this.creds.otherMchid : this.creds.mchid));
    const iv = nonce(12);
    const aad = 'transaction';
    const cipher = createCipheriv('aes-256-gcm', Buffer.from(this.creds.apiV3Key), iv).setAAD(Buffer.from(aad));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64');
    const body = JSON.stringify({
      id: randomBytes(18).toString('hex'), create_time: rfc3339Shanghai(new Date()), resource_type: 'encrypt-resource', event_type: 'TRANSACTION.SUCCESS', summary: '支付成功',
      resource: { original_type: 'transaction', algorithm: 'AEAD_AES_256_GCM', ciphertext, associated_data: aad, nonce: iv },
    });
    const ts = String(Math.floor(Date.now() / 1000));
    const n = nonce();
    return {
      method: 'POST',
      url: t.notifyUrl,
      headers: {
        'content-type': 'application/json',
        'wechatpay-timestamp': ts,
        'wechatpay-nonce': n,
        'wechatpay-serial': this.creds.platformKeyId,
        'wechatpay-signature-type': 'WECHATPAY2-SHA256-RSA2048',
        'wechatpay-signature': rsaSign(`${ts}\n${n}\n${body}\n`, behaviour === 'forged' ? forger() : this.creds.platform.privateKey),
      },
      body,
    };
  }
}
