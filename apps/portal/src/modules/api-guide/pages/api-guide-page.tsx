import type { ReactNode } from 'react';
import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ACCOUNT_ADMIN_ROLES, ApiKeyScope, MAX_IMPORT_CODES, MAX_ORDER_QUANTITY } from '@mengyuan/domain';
import { CatalogDocument, ShopDockCredentialsDocument } from '@mengyuan/graphql';
import { PageHeader, useAuth } from '@mengyuan/ui';

// The documents a merchant's or supplier's system sends, exactly as the api takes them.
const PLACE_ORDER = `mutation PlaceOrder($input: PlaceOrderInput!) {
  placeOrder(input: $input) {
    id clientOrderNo status total latencyMs
    codes { cardNumber secret expiresAt }
  }
}`;

const WALLET = `query Wallet {
  wallet(page: { offset: 0, limit: 10 }) {
    balance
    statement { type amount memo reference orderId createdAt }
  }
}`;

const PLACE_TOPUP = `mutation PlaceTopup($input: PlaceOrderInput!) {
  placeOrder(input: $input) {
    id clientOrderNo status total rechargeAccount
  }
}`;

const TOPUP_ORDER = `query TopupOrder($id: ID!) {
  order(id: $id) {
    status failureCode deliveredAt latencyMs
    topupProgress { status createdAt deadlineAt claimedAt finishedAt reference failureReason }
  }
}`;

const TOPUP_TASKS = `query Queue {
  topupTasks(status: QUEUED, page: { offset: 0, limit: 50 }) {
    totalCount
    items { id orderId rechargeAccount quantity deadlineAt possibleActions }
  }
}

mutation Claim($id: ID!) { claimTopupTask(id: $id) { id status } }
mutation Complete($id: ID!, $reference: String!) { completeTopupTask(id: $id, reference: $reference) { id status } }
mutation Fail($id: ID!, $reason: String!) { failTopupTask(id: $id, reason: $reason) { id status } }`;

const IMPORT_PROGRESS = `query ImportProgress($offerId: ID!) {
  cardBatches(offerId: $offerId, status: IMPORTING) {
    items { id processed accepted }
  }
}`;

const CSV_SAMPLE = `cardNumber,secret,expiresAt
ZX2026000001,8H3K-Q9PL-77AA,2027-12-31
ZX2026000002,J2MN-4RT8-0KDQ,2027-12-31
,7QWE-PL0K-MNB3,`;

const ERROR_CODES = ['SOLD_OUT', 'INSUFFICIENT_BALANCE', 'TOPUP_FAILED', 'RISK_REVIEW', 'IDEMPOTENCY_CONFLICT', 'SKU_UNAVAILABLE', 'QUANTITY_OUT_OF_RANGE', 'REAL_NAME_REQUIRED', 'RATE_LIMITED', 'UNAUTHENTICATED', 'FORBIDDEN'] as const;
const MEMBER_SCOPES = [ApiKeyScope.CATALOG_READ, ApiKeyScope.WALLET_READ, ApiKeyScope.ORDERS_WRITE, ApiKeyScope.ORDERS_READ] as const;
const SUPPLIER_SCOPES = [ApiKeyScope.TOPUPS_WRITE, ApiKeyScope.ORDERS_READ, ApiKeyScope.WALLET_READ] as const;
const TOPUP_EVENTS = ['order.delivered', 'order.failed', 'order.refunded'] as const;

function CodeBlock({ text, testId }: { text: string; testId?: string }) {
  return (
    <Typography.Paragraph copyable={{ text }} style={{ position: 'relative', margin: 0 }}>
      <pre data-testid={testId} style={{ margin: 0, padding: 12, background: '#f6f8fa', borderRadius: 6, overflowX: 'auto', fontSize: 13, lineHeight: 1.5 }}>
        {text}
      </pre>
    </Typography.Paragraph>
  );
}

/** Two code blocks side by side on a wide screen, one under the other on a phone. */
function Pair({ left, right }: { left: ReactNode; right: ReactNode }) {
  return (
    <Flex gap={16} wrap>
      <div style={{ flex: '1 1 420px', minWidth: 0 }}>{left}</div>
      <div style={{ flex: '1 1 320px', minWidth: 0 }}>{right}</div>
    </Flex>
  );
}

function graphqlCurl(endpoint: string, query: string, variables: Record<string, unknown>): string {
  const body = JSON.stringify({ query: query.replace(/\s+/g, ' '), variables });
  return `curl -sS ${endpoint} \\
  -H 'Content-Type: application/json' \\
  -H 'X-Api-Key: mk_<prefix>_<secret>' \\
  --data '${body.replace(/'/g, "'\\''")}'`;
}

function Section({ title, audience, children, testId }: { title: string; audience: 'member' | 'supplier' | 'all'; children: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Card
      title={title}
      data-testid={testId}
      extra={audience === 'all' ? undefined : <Tag color={audience === 'member' ? 'purple' : 'geekblue'}>{t(`apiGuide.audience.${audience}`)}</Tag>}
    >
      {children}
    </Card>
  );
}

/** How a member's own dujiao-next or acg-faka shop docks to the alliance: its keys as dock credentials (owners and admins). */
function ShopDockSection() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const admin = !!user?.roles.some((r) => ACCOUNT_ADMIN_ROLES.includes(r));
  const creds = useQuery(ShopDockCredentialsDocument, { skip: !admin });
  const rows = creds.data?.shopDockCredentials ?? [];
  const copy = (text: string) => <Typography.Text copyable={{ text }} code style={{ wordBreak: 'break-all' }}>{text}</Typography.Text>;
  return (
    <Section title={t('apiGuide.shopDock.title')} audience="member" testId="api-guide-shop-dock">
      <Typography.Paragraph>{t('apiGuide.shopDock.body')}</Typography.Paragraph>
      <Typography.Paragraph>{t('apiGuide.shopDock.dujiao')}</Typography.Paragraph>
      <Typography.Paragraph>{t('apiGuide.shopDock.acg')}</Typography.Paragraph>
      {!admin ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('apiGuide.shopDock.ownerOnly')}</Typography.Paragraph>
      ) : rows.length === 0 && !creds.loading ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('apiGuide.shopDock.none')}</Typography.Paragraph>
      ) : (
        <>
          <Table
            rowKey="apiKeyId"
            size="small"
            pagination={false}
            loading={creds.loading}
            scroll={{ x: 960 }}
            data-testid="api-guide-shop-dock-keys"
            dataSource={rows}
            columns={[
              {
                title: t('apiGuide.shopDock.key'),
                dataIndex: 'name',
                width: 160,
                render: (name: string, r) => (
                  <Flex vertical gap={4} align="flex-start">
                    <span>{name}</span>
                    <Tag color={r.scopes.includes(ApiKeyScope.ORDERS_WRITE) ? 'green' : 'default'}>{t(r.scopes.includes(ApiKeyScope.ORDERS_WRITE) ? 'apiGuide.shopDock.canBuy' : 'apiGuide.shopDock.listOnly')}</Tag>
                  </Flex>
                ),
              },
              { title: t('apiGuide.shopDock.keyId'), dataIndex: 'keyId', width: 190, render: copy },
              { title: t('apiGuide.shopDock.secret'), dataIndex: 'secret', width: 200, render: (s: string) => <Typography.Text copyable={{ text: s }} code>{`${s.slice(0, 6)}…`}</Typography.Text> },
              { title: t('apiGuide.shopDock.dujiaoUrl'), dataIndex: 'dujiaoBaseUrl', render: copy },
              { title: t('apiGuide.shopDock.acgDomain'), dataIndex: 'acgDomain', render: copy },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>{t('apiGuide.shopDock.secretNote')}</Typography.Paragraph>
        </>
      )}
    </Section>
  );
}

/**
 * API 接入指南: keys and scopes, the wallet check before buying, placeOrder for card codes and direct top-ups
 * with idempotency and error codes, and for suppliers the top-up queue and the CSV import, with curl examples
 * for this host. Each organisation sees the parts it can use.
 */
export default function ApiGuidePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const kind = user?.organization.kind;
  const member = kind !== 'SUPPLIER';
  const supplier = kind !== 'MEMBER';
  const origin = window.location.origin;
  const endpoint = `${origin}/graphql`;
  const catalog = useQuery(CatalogDocument, { variables: { filter: null, page: { offset: 0, limit: 50 } }, skip: !member });
  const items = catalog.data?.catalog.items ?? [];
  const cardSku = items.find((s) => s.deliveryMode === 'CARD_CODE' && s.stockAvailable > 0) ?? items.find((s) => s.deliveryMode === 'CARD_CODE');
  const topupSku = items.find((s) => s.deliveryMode === 'DIRECT_TOPUP' && s.category === 'TELECOM_RECHARGE') ?? items.find((s) => s.deliveryMode === 'DIRECT_TOPUP');
  const cardInput = { input: { skuId: cardSku?.id ?? '<skuId>', quantity: 1, clientOrderNo: 'ERP-20260101-000123' } };
  const topupInput = { input: { skuId: topupSku?.id ?? '<skuId>', quantity: 1, clientOrderNo: 'ERP-20260101-000124', rechargeAccount: '13800138000' } };
  const csvCurl = `curl -sS ${origin}/offers/<offerId>/card-batches \\
  -H 'Authorization: Bearer <accessToken>' \\
  -F 'file=@codes.csv;type=text/csv'`;
  const scopes = [...(member ? MEMBER_SCOPES : []), ...(supplier ? SUPPLIER_SCOPES : [])].filter((s, i, all) => all.indexOf(s) === i);

  return (
    <>
      <PageHeader
        title={t('apiGuide.title')}
        subtitle={t(member && !supplier ? 'apiGuide.subtitleMember' : supplier && !member ? 'apiGuide.subtitleSupplier' : 'apiGuide.subtitle')}
        extra={
          <Link to="/settings?tab=api-keys">
            <Button icon={<KeyOutlined />}>{t('apiGuide.openKeys')}</Button>
          </Link>
        }
      />
      <Flex vertical gap={16}>
        <Section title={t('apiGuide.keys')} audience="all" testId="api-guide-keys">
          <Typography.Paragraph>
            {t('apiGuide.keysBody')} <Link to="/settings?tab=api-keys">{t('apiGuide.openKeys')}</Link>
          </Typography.Paragraph>
          <Table
            rowKey="scope"
            size="small"
            pagination={false}
            scroll={{ x: 520 }}
            dataSource={scopes.map((scope) => ({ scope }))}
            columns={[
              { title: t('apiGuide.scope'), dataIndex: 'scope', width: 170, render: (s: string) => <Typography.Text code>{s}</Typography.Text> },
              { title: t('apiGuide.scopeFor'), key: 'for', render: (_, r) => t(`apiGuide.scopes.${r.scope}`) },
            ]}
          />
        </Section>

        {member && (
          <Section title={t('apiGuide.wallet')} audience="member" testId="api-guide-wallet">
            <Typography.Paragraph>{t('apiGuide.walletBody')}</Typography.Paragraph>
            <Pair left={<CodeBlock text={WALLET} testId="api-guide-wallet-query" />} right={<CodeBlock text={graphqlCurl(endpoint, WALLET, {})} />} />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('apiGuide.walletTypes')}
            </Typography.Paragraph>
          </Section>
        )}

        {member && (
          <Section title={t('apiGuide.order')} audience="member">
            <Typography.Paragraph>{t('apiGuide.orderBody', { endpoint })}</Typography.Paragraph>
            {cardSku && <Typography.Paragraph type="secondary">{t('apiGuide.exampleSku', { name: cardSku.name, code: cardSku.code })}</Typography.Paragraph>}
            <Typography.Title level={5}>{t('apiGuide.curl')}</Typography.Title>
            <CodeBlock text={graphqlCurl(endpoint, PLACE_ORDER, cardInput)} testId="api-guide-curl" />
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('apiGuide.document')}
            </Typography.Title>
            <Pair left={<CodeBlock text={PLACE_ORDER} />} right={<CodeBlock text={JSON.stringify(cardInput, null, 2)} />} />
          </Section>
        )}

        {member && (
          <Section title={t('apiGuide.topup')} audience="member" testId="api-guide-topup">
            <Typography.Paragraph>{t('apiGuide.topupBody')}</Typography.Paragraph>
            {topupSku && <Typography.Paragraph type="secondary">{t('apiGuide.exampleSku', { name: topupSku.name, code: topupSku.code })}</Typography.Paragraph>}
            <Pair left={<CodeBlock text={PLACE_TOPUP} />} right={<CodeBlock text={JSON.stringify(topupInput, null, 2)} />} />
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('apiGuide.topupAfter')}
            </Typography.Title>
            <Table
              rowKey="event"
              size="small"
              pagination={false}
              style={{ marginBottom: 12 }}
              dataSource={TOPUP_EVENTS.map((event) => ({ event }))}
              columns={[
                { title: t('apiGuide.event'), dataIndex: 'event', width: 170, render: (e: string) => <Typography.Text code>{e}</Typography.Text> },
                { title: t('apiGuide.meaning'), key: 'meaning', render: (_, r) => t(`apiGuide.events.${r.event.replace('.', '_')}`) },
              ]}
            />
            <Typography.Paragraph>{t('apiGuide.topupPoll')}</Typography.Paragraph>
            <CodeBlock text={TOPUP_ORDER} />
          </Section>
        )}

        {member && (
          <Section title={t('apiGuide.idempotency')} audience="member">
            <Typography.Paragraph style={{ margin: 0 }}>{t('apiGuide.idempotencyBody')}</Typography.Paragraph>
          </Section>
        )}

        {member && (
          <Section title={t('apiGuide.errorsTitle')} audience="member">
            <Typography.Paragraph>{t('apiGuide.errorsBody')}</Typography.Paragraph>
            <Table
              rowKey="code"
              size="small"
              pagination={false}
              scroll={{ x: 640 }}
              dataSource={ERROR_CODES.map((code) => ({ code }))}
              columns={[
                { title: t('apiGuide.code'), dataIndex: 'code', width: 210, render: (c: string) => <Typography.Text code>{c}</Typography.Text> },
                { title: t('apiGuide.meaning'), key: 'meaning', render: (_, r) => t(`apiGuide.errors.${r.code}.meaning`, { max: MAX_ORDER_QUANTITY }) },
                { title: t('apiGuide.action'), key: 'action', render: (_, r) => t(`apiGuide.errors.${r.code}.action`) },
              ]}
            />
          </Section>
        )}

        {member && kind === 'MEMBER' && <ShopDockSection />}

        {supplier && (
          <Section title={t('apiGuide.tasks')} audience="supplier" testId="api-guide-tasks">
            <Typography.Paragraph>{t('apiGuide.tasksBody')}</Typography.Paragraph>
            <CodeBlock text={TOPUP_TASKS} />
          </Section>
        )}

        {supplier && (
          <Section title={t('apiGuide.csv')} audience="supplier" testId="api-guide-csv">
            <Typography.Paragraph>{t('apiGuide.csvBody', { max: MAX_IMPORT_CODES.toLocaleString() })}</Typography.Paragraph>
            <Pair left={<CodeBlock text={csvCurl} testId="api-guide-csv-curl" />} right={<CodeBlock text={CSV_SAMPLE} />} />
            <Typography.Paragraph style={{ marginTop: 12 }}>{t('apiGuide.csvAuth')}</Typography.Paragraph>
            <Typography.Paragraph>{t('apiGuide.csvProgress')}</Typography.Paragraph>
            <CodeBlock text={IMPORT_PROGRESS} />
          </Section>
        )}

        <Section title={t('apiGuide.after')} audience="all">
          <Typography.Paragraph style={{ margin: 0 }}>{t(member ? 'apiGuide.afterMember' : 'apiGuide.afterSupplier')}</Typography.Paragraph>
        </Section>
      </Flex>
    </>
  );
}
