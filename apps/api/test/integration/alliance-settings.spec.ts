import { randomUUID } from 'node:crypto';
import { AllianceSettingsDocument, AuditEventsDocument, ChangeAllianceSettingDocument, RoutingSettingsDocument, TestPlaceOrderDocument } from '@mengyuan/graphql';
import { deposit, stockedSku } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

/** The alliance's settings in the console (issue 22): stored, versioned, audited, applied without a restart. */
describe('alliance settings', () => {
  let t: TestApp;
  let admin: string;
  let auditor: string;
  let member: string;
  let skuId: string;

  const setting = async (key: string, token = admin) => (await t.data(AllianceSettingsDocument, {}, { token })).allianceSettings.find((s) => s.key === key)!;
  const order = async (app: TestApp = t) =>
    (await app.data(TestPlaceOrderDocument, { input: { skuId, quantity: 1, clientOrderNo: `ST-${randomUUID().slice(0, 12)}` } }, { token: member })).placeOrder;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '10000' });
    await t.seedDemo();
    admin = (await t.login('admin@mengyuan.demo')).token;
    auditor = (await t.login('auditor@mengyuan.demo')).token;
    const m = await t.login('member@mengyuan.demo');
    member = m.token;
    await deposit(t, admin, m.organizationId, '2000000');
    const s1 = (await t.login('supplier@mengyuan.demo')).token;
    skuId = (await stockedSku(t, { admin, offers: [{ supplier: s1, stock: 20 }] })).sku.id;
  });
  afterAll(() => t.close());

  it('lists every setting with its default from the environment, and the auditor may read but not change them', async () => {
    const all = (await t.data(AllianceSettingsDocument, {}, { token: auditor })).allianceSettings;
    expect(all.map((s) => s.key)).toEqual(expect.arrayContaining(['ROUTING_RULE', 'ROUTING_SCORE_EXPONENT', 'ROUTING_PROBATION_SHARE', 'RISK_REVIEW_ABOVE_FEN', 'ORDER_VELOCITY_PER_MINUTE',
      'UNVERIFIED_ORDER_CAP_FEN', 'PRICE_NOTICE_HOURS', 'EVALUATION_THRESHOLD', 'EVALUATION_APPEAL_DAYS', 'WEBHOOK_RETRY_LIMIT', 'WEBHOOK_RETRY_DELAY_SECONDS']));
    expect(all.find((s) => s.key === 'RISK_REVIEW_ABOVE_FEN')).toMatchObject({ value: '500000', defaultValue: '500000', version: 0, changedBy: null, history: [] });
    expect(await t.errorCode(ChangeAllianceSettingDocument, { input: { key: 'ROUTING_RULE', value: 'WEIGHTED', reason: '试试', expectedVersion: 0 } }, { token: auditor })).toBe('FORBIDDEN');
    expect(await t.errorCode(AllianceSettingsDocument, {}, { token: member })).toBe('FORBIDDEN');
  });

  it('applies a change to the next order without a restart, keeps who/when/why and records it in the audit log', async () => {
    expect((await order()).status).toBe('DELIVERED');
    const changed = (await t.data(ChangeAllianceSettingDocument, { input: { key: 'RISK_REVIEW_ABOVE_FEN', value: '5000', reason: '大额审核门槛下调到 ¥50', expectedVersion: 0 } }, { token: admin }))
      .changeAllianceSetting;
    expect(changed).toMatchObject({ value: '5000', defaultValue: '500000', version: 1, changedBy: 'admin@mengyuan.demo', reason: '大额审核门槛下调到 ¥50' });
    expect(changed.history.map((h) => h.version)).toEqual([1]);
    // ¥96.50 is now above the threshold: held for review, on the very next order.
    const held = await t.gql(TestPlaceOrderDocument, { input: { skuId, quantity: 1, clientOrderNo: `ST-${randomUUID().slice(0, 12)}` } }, { token: member });
    expect(held.body.errors?.[0].extensions?.code).toBe('RISK_REVIEW');
    await t.chained();
    const { auditEvents } = await t.data(AuditEventsDocument, { filter: { type: 'alliance_setting.changed', organizationId: null }, page: { offset: 0, limit: 10 } }, { token: admin });
    expect(auditEvents.items).toEqual([
      expect.objectContaining({ actorEmail: 'admin@mengyuan.demo', subjectType: 'alliance_setting', subjectId: 'RISK_REVIEW_ABOVE_FEN', payload: expect.objectContaining({ from: '500000', to: '5000', version: 1 }) }),
    ]);
    // Back to the default: the next order is delivered again.
    await t.data(ChangeAllianceSettingDocument, { input: { key: 'RISK_REVIEW_ABOVE_FEN', value: '500000', reason: '恢复默认', expectedVersion: 1 } }, { token: admin });
    expect((await order()).status).toBe('DELIVERED');
  });

  it('refuses values out of range with VALIDATION_FAILED naming the fields', async () => {
    const refuse = async (input: { key: 'ROUTING_PROBATION_SHARE' | 'ROUTING_RULE' | 'ORDER_VELOCITY_PER_MINUTE'; value: string; reason: string }) => {
      const res = await t.gql(ChangeAllianceSettingDocument, { input: { ...input, expectedVersion: 0 } }, { token: admin });
      return res.body.errors?.[0].extensions;
    };
    expect(await refuse({ key: 'ROUTING_PROBATION_SHARE', value: '1.5', reason: '太多' })).toMatchObject({ code: 'VALIDATION_FAILED', fields: { value: ['must be at most 1'] } });
    expect(await refuse({ key: 'ORDER_VELOCITY_PER_MINUTE', value: '2.5', reason: '小数' })).toMatchObject({ code: 'VALIDATION_FAILED', fields: { value: ['must be a whole number'] } });
    expect(await refuse({ key: 'ROUTING_RULE', value: 'RANDOM', reason: '' })).toMatchObject({ code: 'VALIDATION_FAILED', fields: { value: [expect.stringContaining('STRICT')], reason: [expect.any(String)] } });
    expect(await setting('ROUTING_PROBATION_SHARE')).toMatchObject({ version: 0, value: '0.2' });
  });

  it('two admins changing the same setting at once: one version wins, the other is CONFLICT, versions never fork', async () => {
    const second = (await t.login('admin@mengyuan.demo')).token;
    const { version } = await setting('ORDER_VELOCITY_PER_MINUTE');
    const results = await Promise.all(
      [admin, second, admin, second].map((token, i) =>
        t.gql(ChangeAllianceSettingDocument, { input: { key: 'ORDER_VELOCITY_PER_MINUTE', value: String(100 + i), reason: `并发 ${i}`, expectedVersion: version } }, { token }),
      ),
    );
    const ok = results.filter((r) => r.body.data?.changeAllianceSetting);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.body.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(3);
    const after = await setting('ORDER_VELOCITY_PER_MINUTE');
    expect(after.version).toBe(version + 1);
    expect(after.history.map((h) => h.version)).toEqual([version + 1]);
    expect(after.value).toBe(ok[0].body.data!.changeAllianceSetting.value);
  });

  it('reaches another instance on the same database at once (NOTIFY), though it had read the settings before', async () => {
    const other = await startTestApp({}, { sameDatabaseAs: t });
    try {
      expect((await other.data(RoutingSettingsDocument, {}, { token: admin })).routingSettings.rule).toBe('STRICT');
      const { version } = await setting('ROUTING_RULE');
      await t.data(ChangeAllianceSettingDocument, { input: { key: 'ROUTING_RULE', value: 'weighted', reason: '按分数加权分流', expectedVersion: version } }, { token: admin });
      const deadline = Date.now() + 2_000;
      let rule = '';
      while (Date.now() < deadline && (rule = (await other.data(RoutingSettingsDocument, {}, { token: admin })).routingSettings.rule) !== 'WEIGHTED') await new Promise((r) => setTimeout(r, 20));
      expect(rule).toBe('WEIGHTED');
    } finally {
      await other.close();
    }
  });
});
