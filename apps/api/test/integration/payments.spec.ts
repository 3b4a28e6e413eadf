import {
  ConfirmTopupRequestDocument,
  CreatePaymentDocument,
  LedgerCheckDocument,
  NotificationsDocument,
  PaymentChannelsDocument,
  PaymentDocument,
  RejectTopupRequestDocument,
  RequestTopupDocument,
  ReconciliationLinesDocument,
  RunReconciliationDocument,
  SaveBankAccountDocument,
  TopupRequestsDocument,
} from '@mengyuan/graphql';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { PAYMENTS_EXPIRE_JOB } from '../../src/modules/payments/services/payment.service';
import { PNG, upload } from '../files';
import { configureChannels, simChannelOf, simPay, type ChannelName } from '../payment-channels';
import { startTestApp, type TestApp } from '../test-app';

describe('money in: bank transfers and online channels', () => {
  let t: TestApp;
  let admin: string;
  let member: string;
  let memberOrg: string;
  let channels: Record<ChannelName, string>;

  const wallet = async () => BigInt((await t.db.query(`SELECT coalesce(sum(balance), 0)::text AS b FROM ledger_accounts WHERE organization_id = $1 AND kind = 'MEMBER_WALLET'`, [memberOrg]))[0].b);
  const pay = async (channel: ChannelName, amount = '10000') => (await t.data(CreatePaymentDocument, { input: { channelId: channels[channel], amount } }, { token: member })).createPayment;
  const payment = async (id: string) => (await t.data(PaymentDocument, { id }, { token: member })).payment;
  const notices = async (token: string) => (await t.data(NotificationsDocument, { unreadOnly: false, page: { offset: 0, limit: 50 } }, { token })).notifications.items;
  const ledgerOk = async () => (await t.data(LedgerCheckDocument, {}, { token: admin })).ledgerCheck.ok;

  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
    admin = (await t.login('admin@mengyuan.demo')).token;
    const m = await t.login('member@mengyuan.demo');
    member = m.token;
    memberOrg = m.organizationId;
    channels = await configureChannels(t, admin);
  });
  afterAll(() => t.close());
  afterEach(async () => {
    t.clock.reset();
    admin = (await t.login('admin@mengyuan.demo')).token;
    member = (await t.login('member@mengyuan.demo')).token;
  });

  describe('bank transfer top-up requests', () => {
    it('goes from the member’s request with its receipt to finance’s confirmation, credits the wallet through the ledger and tells the member', async () => {
      const account = (await t.data(SaveBankAccountDocument, { input: { bankName: '招商银行', branch: '上海分行', accountName: '盟源联盟', accountNo: '6214 8301 0000 0001', active: true } }, { token: admin })).saveBankAccount;
      const receipt = await upload(t, member, PNG, 'receipt.png', 'image/png');
      const before = await wallet();
      const { requestTopup: r } = await t.data(RequestTopupDocument, { input: { amount: '250000', transferReference: 'CMB 2026 0001', bankAccountId: account.id, receiptFileId: receipt.body.id } }, { token: member });
      expect(r).toMatchObject({ status: 'PENDING', amount: '250000', duplicateOfId: null, receiptFileId: receipt.body.id });
      expect(await wallet()).toBe(before);
      const queue = (await t.data(TopupRequestsDocument, { filter: { status: 'PENDING' }, page: null }, { token: admin })).topupRequests.items;
      expect(queue.map((q) => q.id)).toContain(r.id);
      // The receipt is beside the request for finance.
      expect((await fetch(`${t.url}/files/${r.receiptFileId}`, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(200);

      const confirmed = (await t.data(ConfirmTopupRequestDocument, { id: r.id, acknowledgeDuplicate: null }, { token: admin })).confirmTopupRequest;
      expect(confirmed).toMatchObject({ status: 'CONFIRMED', ledgerTransactionId: expect.any(String) });
      expect(await wallet()).toBe(before + 250000n);
      expect((await notices(member)).find((n) => n.type === 'TOPUP_CONFIRMED')).toBeTruthy();
      // Confirmed once: a second confirmation is refused and credits nothing.
      expect(await t.errorCode(ConfirmTopupRequestDocument, { id: r.id, acknowledgeDuplicate: null }, { token: admin })).toBe('INVALID_TRANSITION');
      expect(await wallet()).toBe(before + 250000n);
      expect(await ledgerOk()).toBe(true);
    });

    it('flags a reference seen before, needs finance to acknowledge it, and rejects with a reason the member hears', async () => {
      const { requestTopup: first } = await t.data(RequestTopupDocument, { input: { amount: '10000', transferReference: 'ICBC-7788-0001' } }, { token: member });
      const { requestTopup: again } = await t.data(RequestTopupDocument, { input: { amount: '10000', transferReference: 'icbc 7788 0001' } }, { token: member });
      expect(again.duplicateOfId).toBe(first.id);
      expect(again.duplicateCount).toBe(1);
      expect(await t.errorCode(ConfirmTopupRequestDocument, { id: again.id, acknowledgeDuplicate: null }, { token: admin })).toBe('CONFLICT');
      const rejected = (await t.data(RejectTopupRequestDocument, { id: again.id, reason: '重复提交的转账' }, { token: admin })).rejectTopupRequest;
      expect(rejected).toMatchObject({ status: 'REJECTED', rejectReason: '重复提交的转账' });
      expect((await notices(member)).find((n) => n.type === 'TOPUP_REJECTED')).toBeTruthy();
      expect(await t.errorCode(RequestTopupDocument, { input: { amount: '0', transferReference: 'X-1' } }, { token: member })).toBe('VALIDATION_FAILED');
      // Another member cannot see or act on it.
      expect(await t.errorCode(ConfirmTopupRequestDocument, { id: first.id, acknowledgeDuplicate: null }, { token: member })).toBe('FORBIDDEN');
    });
  });

  describe('online channels', () => {
    it('keeps channel keys sealed: never read back, not in the table as text', async () => {
      const list = (await t.data(PaymentChannelsDocument, {}, { token: admin })).paymentChannels;
      expect(list.find((c) => c.id === channels.wechat)?.secretsSet).toEqual(['apiV3Key', 'merchantPrivateKey', 'platformPublicKey']);
      expect(JSON.stringify(list)).not.toContain('PRIVATE KEY');
      const [row] = await t.db.query(`SELECT encode(secrets_ciphertext, 'escape') AS s, settings::text AS settings FROM payment_channels WHERE id = $1`, [channels.alipay]);
      expect(row.s).not.toContain('PRIVATE KEY');
      expect(row.settings).not.toContain('PRIVATE KEY');
    });

    it.each(['epayV1', 'epayV2', 'alipay', 'wechat'] as ChannelName[])('%s: pays by QR, credits the wallet once on the verified notify and books the fee', async (name) => {
      const before = await wallet();
      const p = await pay(name, '12345');
      expect(p).toMatchObject({ status: 'CREATED', amount: '12345', qrCode: expect.stringContaining('/sim/cashier/') });
      expect(p.fee).toBe(name.startsWith('epay') ? '123' : '74');
      const answers = await simPay(t, simChannelOf(name), p.outTradeNo, 'normal');
      expect(answers[0].status).toBe(name === 'wechat' ? 204 : 200);
      const paid = await payment(p.id);
      expect(paid).toMatchObject({ status: 'PAID', late: false, tradeNo: expect.any(String) });
      expect(paid.notifies.map((n) => n.outcome)).toEqual(['CREDITED']);
      expect(await wallet()).toBe(before + 12345n);
      const fee = await t.db.query(
        `SELECT e.amount::text AS amount FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id WHERE a.kind = 'CHANNEL_FEE' AND a.channel_id = $1 AND e.transaction_id = (SELECT ledger_transaction_id FROM payments WHERE id = $2)`,
        [channels[name], p.id],
      );
      expect(fee).toEqual([{ amount: `-${paid.fee}` }]);
      expect((await notices(member)).filter((n) => n.type === 'PAYMENT_CREDITED').length).toBeGreaterThan(0);
      expect(await ledgerOk()).toBe(true);
    });

    it.each([
      ['epayV1', 'forged', 'PAYMENT_SIGNATURE_INVALID'],
      ['epayV2', 'forged', 'PAYMENT_SIGNATURE_INVALID'],
      ['alipay', 'forged', 'PAYMENT_SIGNATURE_INVALID'],
      ['wechat', 'forged', 'PAYMENT_SIGNATURE_INVALID'],
      ['epayV1', 'wrong_amount', 'PAYMENT_AMOUNT_MISMATCH'],
      ['alipay', 'wrong_amount', 'PAYMENT_AMOUNT_MISMATCH'],
      ['wechat', 'wrong_amount', 'PAYMENT_AMOUNT_MISMATCH'],
      ['epayV2', 'other_merchant', 'PAYMENT_MERCHANT_MISMATCH'],
      ['alipay', 'other_merchant', 'PAYMENT_MERCHANT_MISMATCH'],
      ['wechat', 'other_merchant', 'PAYMENT_MERCHANT_MISMATCH'],
    ] as [ChannelName, string, string][])('%s: a %s notify is refused (%s) and credits nothing', async (name, behaviour, code) => {
      const before = await wallet();
      const p = await pay(name, '5000');
      const [answer] = await simPay(t, simChannelOf(name), p.outTradeNo, behaviour);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ code });
      expect((await payment(p.id)).status).toBe('CREATED');
      expect(await wallet()).toBe(before);
      const [kept] = await t.db.query(`SELECT outcome FROM payment_notifies WHERE channel_id = $1 ORDER BY id DESC LIMIT 1`, [channels[name]]);
      expect(kept.outcome).toBe({ forged: 'BAD_SIGNATURE', wrong_amount: 'WRONG_AMOUNT', other_merchant: 'WRONG_MERCHANT' }[behaviour]);
      // The real notify still credits it afterwards, once.
      await simPay(t, simChannelOf(name), p.outTradeNo, 'normal');
      expect(await wallet()).toBe(before + 5000n);
    });

    it('answers a replayed notify as received and credits nothing more', async () => {
      const before = await wallet();
      const p = await pay('alipay', '3000');
      const answers = await simPay(t, 'alipay', p.outTradeNo, 'duplicate');
      expect(answers.map((a) => [a.status, a.body])).toEqual([
        [200, 'success'],
        [200, 'success'],
      ]);
      expect((await payment(p.id)).notifies.map((n) => n.outcome)).toEqual(['CREDITED', 'DUPLICATE']);
      expect(await wallet()).toBe(before + 3000n);
    });

    it('credits a notify that arrives after the payment expired, and flags it late', async () => {
      const before = await wallet();
      const p = await pay('wechat', '8800');
      await simPay(t, 'wechat', p.outTradeNo, 'hold'); // paid at the gateway, the notify held back
      t.clock.advance(16 * 60_000);
      member = (await t.login('member@mengyuan.demo')).token;
      admin = (await t.login('admin@mengyuan.demo')).token;
      await t.app.get(JobsService).run(PAYMENTS_EXPIRE_JOB);
      expect((await payment(p.id)).status).toBe('EXPIRED');
      expect(await wallet()).toBe(before);
      const res = await fetch(`${t.url}/sim/control/wechat/${p.outTradeNo}/release`, { method: 'POST' });
      expect(((await res.json()) as { answers: { status: number }[] }).answers[0].status).toBe(204);
      const paid = await payment(p.id);
      expect(paid).toMatchObject({ status: 'PAID', late: true });
      expect(paid.notifies.map((n) => n.outcome)).toEqual(['CREDITED_LATE']);
      expect(await wallet()).toBe(before + 8800n);
      expect(await ledgerOk()).toBe(true);
    });

    it('credits once when 100 notifies for one payment arrive at the same time', async () => {
      const before = await wallet();
      const p = await pay('epayV2', '4200');
      const answers = (await Promise.all(Array.from({ length: 100 }, () => simPay(t, 'epay', p.outTradeNo, 'normal')))).flat();
      expect(answers.every((a) => a.status === 200 && a.body === 'success')).toBe(true);
      const outcomes = (await payment(p.id)).notifies.map((n) => n.outcome);
      expect(outcomes.filter((o) => o === 'CREDITED')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'DUPLICATE')).toHaveLength(99);
      expect(await wallet()).toBe(before + 4200n);
      expect(await ledgerOk()).toBe(true);
    });

    it('refuses a notify for an unknown channel or payment', async () => {
      const res = await fetch(`${t.url}/payments/notify/00000000-0000-0000-0000-000000000000?pid=1&sign=x`);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { code: string }).code).toBe('NOT_FOUND');
    });
  });

  describe('reconciliation', () => {
    it('matches each channel’s statement with the ledger and raises a difference planted in a statement', async () => {
      const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
      const p = await pay('alipay', '6600');
      await simPay(t, 'alipay', p.outTradeNo, 'normal');
      await fetch(`${t.url}/sim/control/alipay/plant`, { method: 'POST', body: JSON.stringify({ kind: 'AMOUNT', outTradeNo: p.outTradeNo, deltaFen: '-100' }) });
      await fetch(`${t.url}/sim/control/wechat/plant`, { method: 'POST', body: JSON.stringify({ kind: 'EXTRA', deltaFen: '999' }) });
      t.clock.advance(24 * 3600_000);
      admin = (await t.login('admin@mengyuan.demo')).token;
      for (const name of ['epayV1', 'epayV2', 'alipay', 'wechat'] as ChannelName[]) {
        const run = (await t.data(RunReconciliationDocument, { channelId: channels[name], day: today }, { token: admin })).runReconciliation;
        expect(run.error).toBeNull();
        if (name.startsWith('epay')) expect(run).toMatchObject({ status: 'OK', differences: 0 });
      }
      const lines = async (name: ChannelName) =>
        (await t.data(ReconciliationLinesDocument, { filter: { channelId: channels[name], day: today }, status: null, page: { offset: 0, limit: 100 } }, { token: admin })).reconciliationRuns.items[0];
      const alipay = await lines('alipay');
      expect(alipay.status).toBe('DIFFERENCES');
      expect(alipay.lines.items.filter((l) => l.status !== 'MATCHED')).toEqual([
        expect.objectContaining({ status: 'AMOUNT_MISMATCH', outTradeNo: p.outTradeNo, channelAmount: '6500', ledgerAmount: '6600' }),
      ]);
      expect(alipay.matched).toBeGreaterThan(3);
      const wechat = await lines('wechat');
      expect(wechat.lines.items.filter((l) => l.status !== 'MATCHED')).toEqual([expect.objectContaining({ status: 'MISSING_IN_LEDGER', channelAmount: '999', ledgerAmount: null })]);
      // A day whose statement and ledger agree has nothing but matches (epay, above); the alliance heard of the differences.
      expect((await notices(admin)).filter((n) => n.type === 'RECONCILIATION_DIFFERENCES').length).toBeGreaterThanOrEqual(2);
    });
  });
});
