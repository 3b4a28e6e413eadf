import { Button, Card, Flex, Table, Typography } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MAX_ORDER_QUANTITY } from '@mengyuan/domain';
import { CatalogDocument } from '@mengyuan/graphql';
import { PageHeader } from '@mengyuan/ui';

const PLACE_ORDER = `mutation PlaceOrder($input: PlaceOrderInput!) {
  placeOrder(input: $input) {
    id clientOrderNo status total latencyMs
    codes { cardNumber secret expiresAt }
  }
}`;

const ERROR_CODES = ['SOLD_OUT', 'INSUFFICIENT_BALANCE', 'IDEMPOTENCY_CONFLICT', 'SKU_UNAVAILABLE', 'QUANTITY_OUT_OF_RANGE', 'UNAUTHENTICATED', 'FORBIDDEN'] as const;

function CodeBlock({ text, testId }: { text: string; testId?: string }) {
  return (
    <Typography.Paragraph copyable={{ text }} style={{ position: 'relative', margin: 0 }}>
      <pre data-testid={testId} style={{ margin: 0, padding: 12, background: '#f6f8fa', borderRadius: 6, overflowX: 'auto', fontSize: 13, lineHeight: 1.5 }}>
        {text}
      </pre>
    </Typography.Paragraph>
  );
}

/** API 接入指南: placeOrder with an API key, idempotency and error codes, with a curl example for this host. */
export default function ApiGuidePage() {
  const { t } = useTranslation();
  const endpoint = `${window.location.origin}/graphql`;
  const catalog = useQuery(CatalogDocument, { variables: { filter: null, page: { offset: 0, limit: 20 } } });
  const sample = catalog.data?.catalog.items.find((s) => s.deliveryMode === 'CARD_CODE' && s.stockAvailable > 0) ?? catalog.data?.catalog.items[0];
  const skuId = sample?.id ?? '<skuId>';
  const body = JSON.stringify({ query: PLACE_ORDER.replace(/\s+/g, ' '), variables: { input: { skuId, quantity: 1, clientOrderNo: 'ERP-20260101-000123' } } });
  const curl = `curl -sS ${endpoint} \\
  -H 'Content-Type: application/json' \\
  -H 'X-Api-Key: mk_<prefix>_<secret>' \\
  --data '${body.replace(/'/g, "'\\''")}'`;
  const variables = JSON.stringify({ input: { skuId, quantity: 1, clientOrderNo: 'ERP-20260101-000123' } }, null, 2);

  return (
    <>
      <PageHeader
        title={t('apiGuide.title')}
        subtitle={t('apiGuide.subtitle')}
        extra={
          <Link to="/settings?tab=api-keys">
            <Button icon={<KeyOutlined />}>{t('apiGuide.openKeys')}</Button>
          </Link>
        }
      />
      <Flex vertical gap={16}>
        <Card title={t('apiGuide.step1')}>
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('apiGuide.step1Body')} <Link to="/settings?tab=api-keys">{t('apiGuide.openKeys')}</Link>
          </Typography.Paragraph>
        </Card>
        <Card title={t('apiGuide.step2')}>
          <Typography.Paragraph>{t('apiGuide.step2Body', { endpoint })}</Typography.Paragraph>
          {sample && <Typography.Paragraph type="secondary">{t('apiGuide.exampleSku', { name: sample.name, code: sample.code })}</Typography.Paragraph>}
          <Typography.Title level={5}>{t('apiGuide.curl')}</Typography.Title>
          <CodeBlock text={curl} testId="api-guide-curl" />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('apiGuide.document')}
          </Typography.Title>
          <Flex gap={16} wrap>
            <div style={{ flex: '1 1 420px', minWidth: 0 }}>
              <CodeBlock text={PLACE_ORDER} />
            </div>
            <div style={{ flex: '1 1 320px', minWidth: 0 }}>
              <CodeBlock text={variables} />
            </div>
          </Flex>
        </Card>
        <Card title={t('apiGuide.step3')}>
          <Typography.Paragraph style={{ margin: 0 }}>{t('apiGuide.step3Body')}</Typography.Paragraph>
        </Card>
        <Card title={t('apiGuide.step4')}>
          <Typography.Paragraph>{t('apiGuide.step4Body')}</Typography.Paragraph>
          <Table
            rowKey="code"
            size="small"
            pagination={false}
            dataSource={ERROR_CODES.map((code) => ({ code }))}
            columns={[
              { title: t('apiGuide.code'), dataIndex: 'code', width: 230, render: (c: string) => <Typography.Text code>{c}</Typography.Text> },
              { title: t('apiGuide.meaning'), key: 'meaning', render: (_, r) => t(`apiGuide.errors.${r.code}.meaning`, { max: MAX_ORDER_QUANTITY }) },
              { title: t('apiGuide.action'), key: 'action', render: (_, r) => t(`apiGuide.errors.${r.code}.action`) },
            ]}
          />
        </Card>
        <Card title={t('apiGuide.step5')}>
          <Typography.Paragraph style={{ margin: 0 }}>{t('apiGuide.step5Body')}</Typography.Paragraph>
        </Card>
      </Flex>
    </>
  );
}
