import { generateKeyPairSync, randomBytes } from 'node:crypto';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import type { OutgoingNotify } from './epay';
import type { SimCredentials } from './keys';
import type { Behaviour, SimStore, Trade } from './state';
import { statementLines } from './statement';
import { digits, feeOf, fenToYuan, form, json, rsaSign, rsaVerify, shanghaiTime, signContent, yuanToFen, type SimRequest, type SimResponse } from './util';

let forgeKey: string | null = null;
const forger = () =>
  (forgeKey ??= generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey);

/**
 * The Alipay OpenAPI gateway (`gateway.do`), as the official SDK calls it: common parameters in the query
 * (app_id, method, charset, sign_type=RSA2, timestamp, version, notify_url, sign), biz_content in the form
 * body; the request signed SHA256withRSA over every parameter but `sign`, sorted. Answers are
 * `{"<method>_response": {...}, "sign": "..."}` signed over the inner object's exact JSON text with Alipay's
 * key. Asynchronous notifies are form POSTs signed over every parameter but `sign` and `sign_type`; the
 * merchant answers `success`. Methods: alipay.trade.precreate (QR), alipay.trade.page.pay (cashier page),
 * alipay.trade.query, alipay.data.dataservice.bill.downloadurl.query (a zip of GBK CSV statements).
 */
export class AlipayGateway {
  private readonly bills = new Map<string, string>();

  constructor(
    private readonly creds: SimCredentials['alipay'],
    private readonly store: SimStore,
    private readonly feeBasisPoints: number,
  ) {}

  private answer(method: string, inner: Record<string, unknown>): SimResponse {
    const text = JSON.stringify(inner);
    const key = `${method.replaceAll('.', '_')}_response`;
    return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: `{"${key}":${text},"sign":"${rsaSign(text, this.creds.alipay.privateKey)}"}` };
  }

  private error(method: string, subCode: string, subMsg: string, code = '40004', msg = 'Business Failed'): SimResponse {
    return this.answer(method, { code, msg, sub_code: subCode, sub_msg: subMsg });
  }

  private create(p: Record<string, string>, biz: Record<string, string>): Trade | string {
    const amount = yuanToFen(biz.total_amount);
    if (!amount || amount <= 0n) return 'total_amount 不正确';
    if (!biz.out_trade_no) return 'out_trade_no 必填';
    const existing = this.store.byOutTradeNo('alipay', biz.out_trade_no);
    if (existing) return existing.amount === amount.toString() ? existing : '交易信息被篡改';
    const at = new Date();
    return this.store.add({
      channel: 'alipay', tradeNo: `${shanghaiTime(at).slice(0, 10).replace(/-/g, '')}22001${digits(17)}`, outTradeNo: biz.out_trade_no, amount: amount.toString(),
      subject: biz.subject ?? '', notifyUrl: p.notify_url ?? '', returnUrl: p.return_url ?? null, payType: biz.product_code ?? null, version: null, status: 'WAIT',
      createdAt: at.toISOString(), paidAt: null, fee: feeOf(amount, this.feeBasisPoints).toString(), held: false, answers: [],
    });
  }

  async handle(req: SimRequest, sub: string, cashierUrl: (t: Trade) => string, renderCashier: (t: Trade) => SimResponse): Promise<SimResponse> {
    if (sub.startsWith('bill/')) return this.bill(sub.slice(5));
    if (sub !== 'gateway.do') return json({ error: 'not found' }, 404);
    const p: Record<string, string> = { ...Object.fromEntries(req.query), ...(req.method === 'POST' ? form(req.body) : {}) };
    const method = p.method ?? '';
    if (p.app_id !== this.creds.appId) return this.error(method, 'isv.invalid-app-id', '无效的AppID参数', '40002', 'Invalid Arguments');
    if (!p.sign || !rsaVerify(signContent(p, ['sign']), p.sign, this.creds.app.publicKey)) {
      return this.error(method, 'isv.invalid-signature', '验签出错', '40002', 'Invalid Arguments');
    }
    let biz: Record<string, string> = {};
    try {
      biz = JSON.parse(p.biz_content ?? '{}') as Record<string, string>;
    } catch {
      return this.error(method, 'isv.invalid-parameter', 'biz_content 不是 JSON', '40002', 'Invalid Arguments');
    }
    if (method === 'alipay.trade.precreate' || method === 'alipay.trade.page.pay') {
      const trade = this.create(p, biz);
      if (typeof trade === 'string') return this.error(method, 'ACQ.INVALID_PARAMETER', trade);
      if (method === 'alipay.trade.page.pay') return renderCashier(trade);
      return this.answer(method, { code: '10000', msg: 'Success', out_trade_no: trade.outTradeNo, qr_code: cashierUrl(trade) });
    }
    if (method === 'alipay.trade.query') {
      const t = this.store.byOutTradeNo('alipay', biz.out_trade_no ?? '') ?? this.store.find('alipay', biz.trade_no ?? '');
      if (!t) return this.error(method, 'ACQ.TRADE_NOT_EXIST', '交易不存在');
      return this.answer(method, {
        code: '10000', msg: 'Success', trade_no: t.tradeNo, out_trade_no: t.outTradeNo, trade_status: t.status === 'PAID' ? 'TRADE_SUCCESS' : 'WAIT_BUYER_PAY',
        total_amount: fenToYuan(BigInt(t.amount)), send_pay_date: t.paidAt ? shanghaiTime(new Date(t.paidAt)) : undefined,
      });
    }
    if (method === 'alipay.data.dataservice.bill.downloadurl.query') {
      if (biz.bill_type !== 'trade' || !/^\d{4}-\d{2}-\d{2}$/.test(biz.bill_date ?? '')) return this.error(method, 'isv.invalid-parameter', 'bill_type 或 bill_date 不正确');
      const token = randomBytes(12).toString('hex');
      this.bills.set(token, biz.bill_date);
      return this.answer(method, { code: '10000', msg: 'Success', bill_download_url: `${req.base}/alipay/bill/${token}` });
    }
    return this.error(method, 'isv.invalid-method', '不存在的方法名', '40002', 'Invalid Arguments');
  }

  /**
   * The trade statement of a day (业务明细): a zip holding `<pid>_<yyyyMMdd>_业务明细.csv`, GBK, its header and
   * footer lines starting with `#`, amounts in yuan, the service fee (服务费) negative.
   */
  private async bill(token: string): Promise<SimResponse> {
    const day = this.bills.get(token);
    if (!day) return { status: 404, body: 'not found' };
    const lines = statementLines(this.store.trades('alipay'), this.store.plants('alipay'), day);
    const cols = ['支付宝交易号', '商户订单号', '业务类型', '商品名称', '创建时间', '完成时间', '门店编号', '门店名称', '操作员', '终端号', '对方账户', '订单金额（元）', '商家实收（元）', '支付宝红包（元）',
      '集分宝（元）', '支付宝优惠（元）', '商家优惠（元）', '券核销金额（元）', '券名称', '商家红包消费金额（元）', '卡消费金额（元）', '退款批次号/请求号', '服务费（元）', '分润（元）', '备注'];
    const rows = lines.map((l) =>
      [l.tradeNo, l.outTradeNo, '交易', l.subject, shanghaiTime(l.paidAt), shanghaiTime(l.paidAt), '', '', '', '', 'sandbox-buyer@alipay.test', fenToYuan(l.amount), fenToYuan(l.amount),
        '0.00', '0.00', '0.00', '0.00', '0.00', '', '0.00', '0.00', '', fenToYuan(-l.fee), '0.00', ''].map((c) => `${c}\t`).join(','),
    );
    const total = lines.reduce((a, l) => a + l.amount, 0n);
    const fees = lines.reduce((a, l) => a + l.fee, 0n);
    const ymd = day.replace(/-/g, '');
    const text = [
      '#支付宝业务明细查询',
      `#账号：[${this.creds.sellerId}0156]`,
      `#起始日期：[${day.slice(0, 4)}年${day.slice(5, 7)}月${day.slice(8, 10)}日 00:00:00]   终止日期：[${day.slice(0, 4)}年${day.slice(5, 7)}月${day.slice(8, 10)}日 23:59:59]`,
      '#-----------------------------------------业务明细列表----------------------------------------',
      cols.join(','),
      ...rows,
      '#-----------------------------------------业务明细列表结束------------------------------------',
      `#交易合计：${lines.length}笔，商家实收共${fenToYuan(total)}元，商家优惠共0.00元，服务费共${fenToYuan(-fees)}元`,
      '#退款合计：0笔，商家实收退款共0.00元，商家优惠退款共0.00元，服务费退款共0.00元',
      `#导出时间：[${shanghaiTime(new Date()).replace(/-/g, '年').replace(' ', '日 ')}]`,
    ].join('\r\n');
    const zip = new JSZip();
    zip.file(`${this.creds.sellerId}0156_${ymd}_业务明细.csv`, iconv.encode(text, 'gbk'));
    zip.file(`${this.creds.sellerId}0156_${ymd}_业务明细(汇总).csv`, iconv.encode(`#支付宝业务汇总查询\r\n#交易合计：${lines.length}笔\r\n`, 'gbk'));
    return { status: 200, headers: { 'content-type': 'application/zip' }, body: await zip.generateAsync({ type: 'nodebuffer' }) };
  }

  notify(t: Trade, behaviour: Behaviour): OutgoingNotify {
    const amount = fenToYuan(behaviour === 'wrong_amount' ? BigInt(t.amount) + 100n : BigInt(t.amount));
    const at = shanghaiTime(t.paidAt ? new Date(t.paidAt) : new Date());
    const appId = behaviour === 'other_merchant' ? this.creds.otherAppId : this.creds.appId;
    const params: Record<string, string> = {
      gmt_create: shanghaiTime(new Date(t.createdAt)), charset: 'utf-8', seller_email: 'sandbox-merchant@alipay.test', subject: t.subject, buyer_id: '2088102177846880',
      invoice_amount: amount, notify_id: `2026${digits(28)}`, fund_bill_list: JSON.stringify([{ amount, fundChannel: 'ALIPAYACCOUNT' }]), notify_type: 'trade_status_sync',
      trade_status: 'TRADE_SUCCESS', receipt_amount: amount, app_id: appId, buyer_pay_amount: amount,
      seller_id: this.creds.sellerId, gmt_payment: at, notify_time: shanghaiTime(new Date()), version: '1.0', out_trade_no: t.outTradeNo, total_amount: amount,
      trade_no: t.tradeNo, auth_app_id: appId, buyer_logon_id: 'san***@alipay.test', point_amount: '0.00',
    };
    params.sign = rsaSign(signContent(params, ['sign', 'sign_type']), behaviour === 'forged' ? forger() : this.creds.alipay.privateKey);
    params.sign_type = 'RSA2';
    return { method: 'POST', url: t.notifyUrl, headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, body: new URLSearchParams(params).toString() };
  }
}
