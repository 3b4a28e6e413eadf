import { OrganizationDocument, OrganizationsDocument } from '@mengyuan/graphql';
import { startTestApp, type TestApp } from '../test-app';

describe('organisation scoping and roles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.seedDemo();
  });
  afterAll(() => t.close());

  it("answers another organisation's id with NOT_FOUND, never its data", async () => {
    const member = await t.login('member@mengyuan.demo');
    const supplier = await t.login('supplier@mengyuan.demo');
    const res = await t.gql(OrganizationDocument, { id: supplier.organizationId }, { token: member.token });
    expect(res.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(res.body)).not.toContain('腾跃');
    expect((await t.data(OrganizationDocument, { id: member.organizationId }, { token: member.token })).organization.name).toBe('乐购数字商城');
    expect(await t.errorCode(OrganizationDocument, { id: "1' OR '1'='1" }, { token: member.token })).toBe('NOT_FOUND');
  });

  it('lets alliance staff see any organisation, and nobody else list them', async () => {
    const admin = await t.login('admin@mengyuan.demo');
    const supplier = await t.login('supplier@mengyuan.demo');
    expect((await t.data(OrganizationDocument, { id: supplier.organizationId }, { token: admin.token })).organization.kind).toBe('SUPPLIER');
    expect(await t.errorCode(OrganizationsDocument, { filter: null, page: null }, { token: supplier.token })).toBe('FORBIDDEN');
  });

  it('filters, searches and pages the organisation list', async () => {
    const auditor = await t.login('auditor@mengyuan.demo');
    const suppliers = await t.data(OrganizationsDocument, { filter: { kind: 'SUPPLIER' }, page: { offset: 0, limit: 2 } }, { token: auditor.token });
    expect(suppliers.organizations.totalCount).toBe(6);
    expect(suppliers.organizations.items).toHaveLength(2);
    const found = await t.data(OrganizationsDocument, { filter: { search: '星河' }, page: null }, { token: auditor.token });
    expect(found.organizations.items.map((o) => o.status)).toEqual(['PROBATION']);
    const wild = await t.data(OrganizationsDocument, { filter: { search: '%' }, page: null }, { token: auditor.token });
    expect(wild.organizations.totalCount).toBe(0);
    expect(await t.errorCode(OrganizationsDocument, { filter: null, page: { offset: 0, limit: 101 } }, { token: auditor.token })).toBe('VALIDATION_FAILED');
  });
});
