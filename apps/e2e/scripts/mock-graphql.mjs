// Canned GraphQL answers shaped like packages/graphql/schema.graphql, for looking at pages without the api.
const now = Date.now();
const iso = (minutesAgo) => new Date(now - minutesAgo * 60_000).toISOString();

const orgs = [
  { id: 'org-alliance', name: '盟源数字商品供货联盟', kind: 'ALLIANCE', channelType: null, status: 'ACTIVE', unifiedSocialCreditCode: '91310000MA1FL0AL01', contactName: '周运营', contactPhone: '13800000001' },
  { id: 'org-supplier-1', name: '杭州云卡数字科技有限公司', kind: 'SUPPLIER', channelType: 'OFFICIAL_AUTHORIZED', status: 'PROBATION', unifiedSocialCreditCode: '91330106MA2H1K5X3C', contactName: '李明', contactPhone: '13912345678' },
  { id: 'org-supplier-2', name: '深圳极速充网络有限公司', kind: 'SUPPLIER', channelType: 'AGGREGATOR', status: 'APPLIED', unifiedSocialCreditCode: '91440300MA5F8Q2N1R', contactName: '王芳', contactPhone: '13687654321' },
  { id: 'org-supplier-3', name: '成都源头卡业有限公司', kind: 'SUPPLIER', channelType: 'SOURCE_DIRECT', status: 'UNDER_REVIEW', unifiedSocialCreditCode: '91510100MA6C9D3T2K', contactName: '赵强', contactPhone: '15811112222' },
  { id: 'org-supplier-4', name: '广州联信分销有限公司', kind: 'SUPPLIER', channelType: 'ALLIANCE_PEER', status: 'SUSPENDED', unifiedSocialCreditCode: '91440101MA59X7L04P', contactName: '陈静', contactPhone: '17722223333' },
  { id: 'org-member-1', name: '上海乐购数码商行', kind: 'MEMBER', channelType: null, status: 'ACTIVE', unifiedSocialCreditCode: '91310115MA1K3B7Y8W', contactName: '孙磊', contactPhone: '18633334444' },
  { id: 'org-member-2', name: '北京快充科技有限公司', kind: 'MEMBER', channelType: null, status: 'ELIMINATED', unifiedSocialCreditCode: '91110108MA01D4E5F6', contactName: '吴敏', contactPhone: '13344445555' },
  { id: 'org-member-3', name: '武汉星河游戏服务有限公司', kind: 'MEMBER', channelType: null, status: 'TERMINATED', unifiedSocialCreditCode: '91420100MA4K8H9J0L', contactName: '郑伟', contactPhone: '15955556666' },
].map((o, i) => ({ __typename: 'Organization', ...o, createdAt: iso(60 * 24 * (30 - i * 3)), updatedAt: iso(60 * (10 - i)) }));

const users = {
  'admin@mengyuan.demo': { displayName: '联盟管理员', roles: ['ADMIN'], org: 'org-alliance' },
  'auditor@mengyuan.demo': { displayName: '审核员', roles: ['AUDITOR'], org: 'org-alliance' },
  'supplier@mengyuan.demo': { displayName: '李明', roles: ['OWNER'], org: 'org-supplier-1' },
  'member@mengyuan.demo': { displayName: '孙磊', roles: ['OWNER'], org: 'org-member-1' },
};

function userFor(email) {
  const u = users[email];
  return { __typename: 'User', id: `user-${email}`, email, displayName: u.displayName, roles: u.roles, createdAt: iso(60 * 24 * 20), organization: orgs.find((o) => o.id === u.org) };
}

export function sessionFor(email) {
  return { accessToken: `mock.${email}`, accessTokenExpiresAt: new Date(now + 15 * 60_000).toISOString(), refreshToken: `refresh.${email}`, user: userFor(email) };
}

const hex = (n) => Array.from({ length: 64 }, (_, i) => ((n * 7 + i * 13) % 16).toString(16)).join('');
const types = ['organization.registered', 'user.signed_in', 'organization.decided', 'api_key.created', 'user.sign_in_failed', 'user.signed_out', 'user.password_changed', 'api_key.revoked'];
const events = Array.from({ length: 57 }, (_, i) => {
  const seq = 57 - i;
  const type = types[seq % types.length];
  const org = orgs[seq % orgs.length];
  return {
    __typename: 'AuditEvent',
    seq,
    type,
    actorUserId: seq % 5 === 0 ? null : `user-${seq}`,
    actorEmail: seq % 5 === 0 ? null : Object.keys(users)[seq % 4],
    organizationId: org.id,
    subjectType: type.split('.')[0],
    subjectId: `${org.id}-${seq}`,
    payload: { name: org.name, kind: org.kind, status: org.status, ip: '10.0.0.8' },
    occurredAt: iso(seq * 37),
    prevHash: seq === 1 ? '0'.repeat(64) : hex(seq - 1),
    hash: hex(seq),
  };
});

const apiKeys = [
  { __typename: 'ApiKey', id: 'k1', name: 'ERP 订单同步', prefix: 'my_live_7Gk2', scopes: ['CATALOG_READ', 'ORDERS_READ', 'ORDERS_WRITE'], createdAt: iso(60 * 24 * 7), lastUsedAt: iso(12), revokedAt: null },
  { __typename: 'ApiKey', id: 'k2', name: '财务对账', prefix: 'my_live_Q9s1', scopes: ['ORDERS_READ'], createdAt: iso(60 * 24 * 3), lastUsedAt: null, revokedAt: null },
  { __typename: 'ApiKey', id: 'k3', name: '旧测试密钥', prefix: 'my_live_a1B2', scopes: ['CATALOG_READ'], createdAt: iso(60 * 24 * 40), lastUsedAt: iso(60 * 24 * 30), revokedAt: iso(60 * 24 * 29) },
];

function answer(op, vars, auth) {
  const email = auth?.replace(/^Bearer mock\./, '');
  switch (op) {
    case 'Me':
      return { me: userFor(email) };
    case 'Organizations': {
      const f = vars.filter ?? {};
      const q = (f.search ?? '').toLowerCase();
      const items = orgs.filter((o) => (!f.kind || o.kind === f.kind) && (!f.status || o.status === f.status) && (!q || o.name.toLowerCase().includes(q)));
      const { offset = 0, limit = 20 } = vars.page ?? {};
      return { organizations: { __typename: 'OrganizationPage', totalCount: items.length, items: items.slice(offset, offset + limit) } };
    }
    case 'Organization': {
      const org = orgs.find((o) => o.id === vars.id);
      return org ? { organization: org } : null;
    }
    case 'AuditEvents': {
      const f = vars.filter ?? {};
      const items = events.filter((e) => (!f.type || e.type === f.type) && (!f.organizationId || e.organizationId === f.organizationId));
      const { offset = 0, limit = 20 } = vars.page ?? {};
      return { auditEvents: { __typename: 'AuditEventPage', totalCount: items.length, items: items.slice(offset, offset + limit) } };
    }
    case 'VerifyAuditChain':
    case 'VerifyAuditChainMode':
      return { verifyAuditChain: { __typename: 'AuditChainVerification', ok: true, checked: events.length, firstBrokenSeq: null, full: !!vars.full, fromCheckpoint: null, brokenCheckpoint: null, checkpointsChecked: 0, headSeq: events.length, ms: 12 } };
    case 'ApiKeys':
      return { apiKeys };
    case 'CreateApiKey':
      return { createApiKey: { __typename: 'CreatedApiKey', secret: 'my_live_Xk29fQ.3b8c1e6f0a9d47c2b5e8f1a3d6c9b2e7', apiKey: { ...apiKeys[1], id: 'k4', name: vars.input.name, prefix: 'my_live_Xk29' } } };
    case 'Login':
      if (!users[vars.email]) return null;
      return { login: { __typename: 'AuthPayload', ...sessionFor(vars.email) } };
    case 'Logout':
      return { logout: true };
    default:
      return null;
  }
}

export async function mockGraphQL(page) {
  await page.route('**/graphql', async (route) => {
    const req = route.request();
    const body = req.postDataJSON();
    const data = answer(body.operationName, body.variables ?? {}, req.headers().authorization);
    const payload = data ? { data } : { data: null, errors: [{ message: 'Not found', extensions: { code: body.operationName === 'Login' ? 'INVALID_CREDENTIALS' : 'NOT_FOUND' } }] };
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(payload) });
  });
}
