import { PaymentChannelKind, PaymentMode } from '@mengyuan/domain';
import { AlipaySdk } from 'alipay-sdk';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import {
  channelUnavailable,
  fenToYuanString,
  notifySignatureInvalid,
  pem,
  requireFields,
  shanghaiDateTime,
  yuanStringToFen,
  type ChannelAdapter,
  type ChannelConfig,
  type ChannelStatementLine,
  type CreatePaymentRequest,
  type CreatedPayment,
  type IncomingNotify,
  type VerifiedNotify,
} from './channel-adapter';

/** "2026-03-10 14:05:09" in Asia/Shanghai, as Alipay's time_expire wants it. */
const shanghai = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);

/**
 * Alipay (支付宝) through its official Node SDK (`alipay-sdk`): RSA2 requests to the OpenAPI gateway with the
 * app's private key, answers verified with Alipay's public key; alipay.trade.precreate for a QR code,
 * alipay.trade.page.pay for the cashier page; notifies verified by the SDK (`checkNotifySignV2`); the day's
 * statement from alipay.data.dataservice.bill.downloadurl.query (a zip of GBK CSV files).
 */
export class AlipayAdapter implements ChannelAdapter {
  readonly kind = PaymentChannelKind.ALIPAY;
  readonly ack = { status: 200, contentType: 'text/plain; charset=utf-8', body: 'success' };

  validate(c: Omit<ChannelConfig, 'id'>): Record<string, string[]> {
    const errors: Record<string, string[]> = {};
    requireFields(c.secrets, ['appPrivateKey', 'alipayPublicKey'], errors, 'secrets');
    return errors;
  }

  private sdk(c: ChannelConfig): AlipaySdk {
    const privateKey = pem(c.secrets.appPrivateKey, 'PRIVATE KEY');
    return new AlipaySdk({
      appId: c.merchantId,
      privateKey,
      keyType: privateKey.includes('BEGIN RSA PRIVATE KEY') ? 'PKCS1' : 'PKCS8',
      alipayPublicKey: pem(c.secrets.alipayPublicKey, 'PUBLIC KEY'),
      gateway: c.gatewayUrl,
      signType: 'RSA2',
      camelcase: false,
      timeout: 10_000,
    });
  }

  async create(c: ChannelConfig, r: CreatePaymentRequest): Promise<CreatedPayment> {
    const sdk = this.sdk(c);
    const biz = { out_trade_no: r.outTradeNo, total_amount: fenToYuanString(r.amount), subject: r.subject, time_expire: shanghai(r.expiresAt) };
    if (c.mode === PaymentMode.PAGE) {
      const payUrl = sdk.pageExecute('alipay.trade.page.pay', 'GET', { bizContent: { ...biz, product_code: 'FAST_INSTANT_TRADE_PAY' }, notify_url: r.notifyUrl, return_url: r.returnUrl });
      return { tradeNo: null, qrCode: null, payUrl };
    }
    let answer: Record<string, unknown>;
    try {
      answer = await sdk.exec('alipay.trade.precreate', { bizContent: biz, notify_url: r.notifyUrl }, { validateSign: true });
    } catch (err) {
      throw channelUnavailable(`Alipay: ${(err as Error).name}`);
    }
    if (answer.code !== '10000') throw channelUnavailable(`Alipay ${String(answer.sub_code ?? answer.code)}: ${String(answer.sub_msg ?? answer.msg ?? '')}`);
    return { tradeNo: null, qrCode: String(answer.qr_code), payUrl: null };
  }

  async verifyNotify(c: ChannelConfig, n: IncomingNotify): Promise<VerifiedNotify> {
    const form = Object.fromEntries(new URLSearchParams(n.rawBody));
    if (!form.sign) throw notifySignatureInvalid('no sign');
    if (!this.sdk(c).checkNotifySignV2(form)) throw notifySignatureInvalid('Alipay RSA2 signature mismatch');
    if (c.settings.sellerId && form.seller_id && form.seller_id !== c.settings.sellerId) {
      return { merchantId: `${form.app_id}/${form.seller_id}`, outTradeNo: form.out_trade_no ?? '', tradeNo: form.trade_no ?? '', amount: yuanStringToFen(form.total_amount), paid: false, paidAt: null };
    }
    return {
      merchantId: form.app_id ?? '',
      outTradeNo: form.out_trade_no ?? '',
      tradeNo: form.trade_no ?? '',
      amount: yuanStringToFen(form.total_amount),
      paid: form.trade_status === 'TRADE_SUCCESS' || form.trade_status === 'TRADE_FINISHED',
      paidAt: shanghaiDateTime(form.gmt_payment),
    };
  }

  async statement(c: ChannelConfig, day: string): Promise<ChannelStatementLine[]> {
    let answer: Record<string, unknown>;
    try {
      answer = await this.sdk(c).exec('alipay.data.dataservice.bill.downloadurl.query', { bizContent: { bill_type: 'trade', bill_date: day } }, { validateSign: true });
    } catch (err) {
      throw channelUnavailable(`Alipay: ${(err as Error).name}`);
    }
    if (answer.code !== '10000') {
      if (answer.sub_code === 'isp.bill_not_exist') return [];
      throw channelUnavailable(`Alipay ${String(answer.sub_code ?? answer.code)}`);
    }
    const res = await fetch(String(answer.bill_download_url), { signal: AbortSignal.timeout(30_000) }).catch(() => null);
    if (!res?.ok) throw channelUnavailable('the Alipay statement could not be downloaded');
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer())).catch(() => null);
    const file = zip && Object.values(zip.files).find((f) => f.name.includes('业务明细') && !f.name.includes('汇总'));
    if (!file) throw channelUnavailable('the Alipay statement has no 业务明细 file');
    return parseAlipayBill(iconv.decode(await file.async('nodebuffer'), 'gbk'));
  }
}

/** The 业务明细 CSV: `#` lines are header and footer, then a header row and one row per trade (cells may end in a tab). */
export function parseAlipayBill(text: string): ChannelStatementLine[] {
  const rows = text.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
  if (!rows.length) return [];
  const cells = (l: string) => l.split(',').map((c) => c.replace(/\t/g, '').trim());
  const header = cells(rows[0]);
  const col = (name: string) => header.findIndex((h) => h.startsWith(name));
  const [tradeNo, outTradeNo, kind, amount, fee, finished] = ['支付宝交易号', '商户订单号', '业务类型', '订单金额', '服务费', '完成时间'].map(col);
  return rows
    .slice(1)
    .map(cells)
    .filter((r) => r[kind] === '交易')
    .map((r) => ({
      tradeNo: r[tradeNo],
      outTradeNo: r[outTradeNo],
      amount: yuanStringToFen(r[amount]) ?? 0n,
      fee: -(yuanStringToFen(r[fee]) ?? 0n),
      paidAt: shanghaiDateTime(r[finished]),
    }));
}
