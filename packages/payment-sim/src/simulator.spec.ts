import { createHash } from 'node:crypto';
import { PaymentSimulator } from './index';
import { signContent } from './util';

const request = (sim: PaymentSimulator, method: string, path: string, body: Record<string, string> = {}) =>
  sim.handle({ method, path: `/sim${path.split('?')[0]}`, mount: '/sim', base: 'http://127.0.0.1/sim', headers: {}, query: new URLSearchParams(path.split('?')[1] ?? ''), body: Buffer.from(new URLSearchParams(body).toString()) });

describe('the payment sandbox', () => {
  const sim = new PaymentSimulator();

  it('creates an 易支付 v1 trade only for a request signed with the merchant key, and lists it paid with its fee', async () => {
    const c = await sim.credentials();
    const params: Record<string, string> = { pid: c.epay.pid, type: 'alipay', out_trade_no: 'T1', notify_url: 'http://127.0.0.1:9/notify', return_url: 'http://127.0.0.1:9/', name: '充值', money: '100.00', clientip: '127.0.0.1' };
    const forged = await request(sim, 'POST', '/epay/mapi.php', { ...params, sign: 'x'.repeat(32), sign_type: 'MD5' });
    expect(JSON.parse(String(forged.body))).toMatchObject({ code: -1 });
    const sign = createHash('md5').update(signContent(params) + c.epay.key).digest('hex');
    const ok = JSON.parse(String((await request(sim, 'POST', '/epay/mapi.php', { ...params, sign, sign_type: 'MD5' })).body)) as { code: number; trade_no: string; qrcode: string };
    expect(ok).toMatchObject({ code: 1, qrcode: expect.stringContaining('/sim/cashier/epay/') });
    const trade = sim.store.byOutTradeNo('epay', 'T1')!;
    trade.status = 'PAID';
    trade.paidAt = new Date().toISOString();
    const day = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const list = JSON.parse(String((await request(sim, 'GET', `/epay/api.php?act=orders&pid=${c.epay.pid}&key=${c.epay.key}&date=${day}`)).body)) as { data: Record<string, string>[] };
    expect(list.data).toEqual([expect.objectContaining({ out_trade_no: 'T1', money: '100.00', getmoney: '99.00', status: '1' })]);
  });

  it('applies a planted difference to the statement it serves, the same way every time', async () => {
    const c = await sim.credentials();
    const day = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    sim.store.plant('epay', { kind: 'AMOUNT', outTradeNo: 'T1', deltaFen: '-1' });
    sim.store.plant('epay', { kind: 'EXTRA', deltaFen: '500' });
    const read = async () => JSON.parse(String((await request(sim, 'GET', `/epay/api.php?act=orders&pid=${c.epay.pid}&key=${c.epay.key}&date=${day}`)).body)) as { data: Record<string, string>[] };
    const first = await read();
    expect(first.data.map((r) => r.money).sort()).toEqual(['5.00', '99.99']);
    expect(await read()).toEqual(first);
  });
});
