import { createHash } from 'node:crypto';
import { PaymentChannelKind, PaymentMode } from '@mengyuan/domain';
import { Aes, Formatter, Rsa, Wechatpay } from 'wechatpay-axios-plugin';
import {
  channelUnavailable,
  notifySignatureInvalid,
  pem,
  requireFields,
  yuanDecimalToFen,
  yuanStringToFen,
  type ChannelAdapter,
  type ChannelConfig,
  type ChannelStatementLine,
  type CreatePaymentRequest,
  type CreatedPayment,
  type IncomingNotify,
  type VerifiedNotify,
} from './channel-adapter';

/** A notify older (or newer) than this is refused: its signature may be good, but it is a replay or a wrong clock. */
const MAX_CLOCK_SKEW_SECONDS = 300;

const rfc3339 = (d: Date) => `${new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;

interface Transaction {
  mchid?: string;
  appid?: string;
  out_trade_no?: string;
  transaction_id?: string;
  trade_state?: string;
  success_time?: string;
  amount?: { total?: number };
}

/** What axios-style errors carry that is safe to tell: the HTTP status and WeChat's error code. */
function described(err: unknown): string {
  const e = err as { response?: { status?: number; data?: { code?: string; message?: string } }; code?: string };
  return e.response ? `HTTP ${e.response.status} ${e.response.data?.code ?? ''} ${e.response.data?.message ?? ''}`.trim() : (e.code ?? 'no answer');
}

/**
 * WeChat Pay APIv3 (微信支付) through `wechatpay-axios-plugin` (the wechatpay-apiv3 community SDK): requests
 * signed with the merchant's private key and its certificate serial, answers verified with the platform's
 * public key (微信支付公钥, its id as the serial); Native orders give a `code_url` to show as a QR code.
 * Notifies: the Wechatpay-Signature over "timestamp\nnonce\nbody\n" verified with the platform key, then the
 * resource decrypted with AEAD_AES_256_GCM under the APIv3 key. The statement is the day's trade bill.
 */
export class WechatPayAdapter implements ChannelAdapter {
  readonly kind = PaymentChannelKind.WECHAT_PAY;
  readonly ack = { status: 204, contentType: 'application/json; charset=utf-8', body: '' };

  validate(c: Omit<ChannelConfig, 'id'>): Record<string, string[]> {
    const errors: Record<string, string[]> = {};
    requireFields(c.settings, ['appid', 'merchantSerial', 'platformKeyId'], errors, 'settings');
    requireFields(c.secrets, ['merchantPrivateKey', 'platformPublicKey', 'apiV3Key'], errors, 'secrets');
    if (c.secrets.apiV3Key && Buffer.byteLength(c.secrets.apiV3Key) !== 32) errors['secrets.apiV3Key'] = ['is 32 characters'];
    if (c.mode !== PaymentMode.QR) errors.mode = ['WeChat Pay Native pays by QR code only'];
    return errors;
  }

  private client(c: ChannelConfig) {
    return new Wechatpay({
      mchid: c.merchantId,
      serial: c.settings.merchantSerial,
      privateKey: pem(c.secrets.merchantPrivateKey, 'PRIVATE KEY'),
      certs: { [c.settings.platformKeyId]: pem(c.secrets.platformPublicKey, 'PUBLIC KEY') },
      baseURL: c.gatewayUrl.endsWith('/') ? c.gatewayUrl : `${c.gatewayUrl}/`,
      timeout: 10_000,
    });
  }

  async create(c: ChannelConfig, r: CreatePaymentRequest): Promise<CreatedPayment> {
    try {
      const res = await this.client(c).v3.pay.transactions.native.post({
        appid: c.settings.appid, mchid: c.merchantId, description: r.subject, out_trade_no: r.outTradeNo, time_expire: rfc3339(r.expiresAt), notify_url: r.notifyUrl,
        amount: { total: Number(r.amount), currency: 'CNY' },
      });
      const codeUrl = (res.data as { code_url?: string }).code_url;
      if (!codeUrl) throw channelUnavailable('WeChat Pay answered no code_url');
      return { tradeNo: null, qrCode: codeUrl, payUrl: null };
    } catch (err) {
      if ((err as { extensions?: unknown }).extensions) throw err;
      throw channelUnavailable(`WeChat Pay: ${described(err)}`);
    }
  }

  async verifyNotify(c: ChannelConfig, n: IncomingNotify): Promise<VerifiedNotify> {
    const h = n.headers;
    const [timestamp, nonce, signature, serial] = [h['wechatpay-timestamp'], h['wechatpay-nonce'], h['wechatpay-signature'], h['wechatpay-serial']];
    if (!timestamp || !nonce || !signature || !serial) throw notifySignatureInvalid('Wechatpay-* headers missing');
    if (serial !== c.settings.platformKeyId) throw notifySignatureInvalid('unknown platform key');
    if (Math.abs(Number(timestamp) - Date.now() / 1000) > MAX_CLOCK_SKEW_SECONDS) throw notifySignatureInvalid('Wechatpay-Timestamp too far from now');
    if (!Rsa.verify(Formatter.joinedByLineFeed(timestamp, nonce, n.rawBody), signature, Rsa.from(pem(c.secrets.platformPublicKey, 'PUBLIC KEY'), Rsa.KEY_TYPE_PUBLIC))) {
      throw notifySignatureInvalid('WeChat Pay signature mismatch');
    }
    let tx: Transaction;
    try {
      const body = JSON.parse(n.rawBody) as { resource?: { ciphertext: string; nonce: string; associated_data?: string } };
      const r = body.resource!;
      tx = JSON.parse(Aes.AesGcm.decrypt(r.ciphertext, c.secrets.apiV3Key, r.nonce, r.associated_data ?? '')) as Transaction;
    } catch {
      throw notifySignatureInvalid('the resource does not decrypt with the APIv3 key');
    }
    const total = tx.amount?.total;
    return {
      merchantId: tx.mchid ?? '',
      outTradeNo: tx.out_trade_no ?? '',
      tradeNo: tx.transaction_id ?? '',
      amount: Number.isSafeInteger(total) ? BigInt(total as number) : null,
      paid: tx.trade_state === 'SUCCESS',
      paidAt: tx.success_time ? new Date(tx.success_time) : null,
    };
  }

  async statement(c: ChannelConfig, day: string): Promise<ChannelStatementLine[]> {
    const client = this.client(c);
    let file: Buffer;
    try {
      const meta = (await client.v3.bill.tradebill.get({ params: { bill_date: day, bill_type: 'ALL' } })).data as { download_url: string; hash_type?: string; hash_value?: string };
      const token = new URL(meta.download_url).searchParams.get('token') ?? '';
      file = Buffer.from((await client.v3.billdownload.file.get({ params: { token }, responseType: 'arraybuffer' })).data as ArrayBuffer);
      if (meta.hash_type === 'SHA1' && meta.hash_value && createHash('sha1').update(file).digest('hex') !== meta.hash_value.toLowerCase()) {
        throw channelUnavailable('the WeChat Pay bill does not match its SHA1');
      }
    } catch (err) {
      if ((err as { extensions?: unknown }).extensions) throw err;
      if ((err as { response?: { data?: { code?: string } } }).response?.data?.code === 'NO_STATEMENT_EXIST') return [];
      throw channelUnavailable(`WeChat Pay: ${described(err)}`);
    }
    return parseWechatBill(file);
  }
}

/** The trade bill: a BOM, a header row, rows whose cells start with a backquote, two summary rows. */
export function parseWechatBill(file: Buffer): ChannelStatementLine[] {
  const { rows } = Formatter.castCsvBill(file) as { rows: Record<string, string>[] };
  return rows
    .filter((r) => r['交易状态'] === 'SUCCESS')
    .map((r) => ({
      tradeNo: r['微信订单号'],
      outTradeNo: r['商户订单号'],
      amount: yuanStringToFen(r['订单金额'] ?? r['应结订单金额']) ?? 0n,
      fee: yuanDecimalToFen(r['手续费'] ?? '0') ?? 0n,
      paidAt: r['交易时间'] ? new Date(`${r['交易时间'].replace(' ', 'T')}+08:00`) : null,
    }));
}
