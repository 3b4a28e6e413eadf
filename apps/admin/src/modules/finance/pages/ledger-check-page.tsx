import { useState } from 'react';
import { Alert, Button, Card, Col, Flex, Row, Statistic, Table, Typography } from 'antd';
import { AuditOutlined } from '@ant-design/icons';
import { useLazyQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatFen } from '@mengyuan/domain';
import { LedgerCheckDocument, type LedgerCheckQuery } from '@mengyuan/graphql';
import { CopyId, errorMessage, formatDateTime, PageHeader } from '@mengyuan/ui';
import { OrgName } from '../../orders/components/order-parts';

type Drift = LedgerCheckQuery['ledgerCheck']['drift'][number];

/** 账本核对 (对账): recomputes every balance from its entries and checks every transaction sums to zero. */
export default function LedgerCheckPage() {
  const { t } = useTranslation();
  const [check, { data, loading, error }] = useLazyQuery(LedgerCheckDocument, { fetchPolicy: 'network-only' });
  const [checkedAt, setCheckedAt] = useState<string | null>(null);
  const result = data?.ledgerCheck;

  const run = async () => {
    try {
      await check();
    } finally {
      setCheckedAt(new Date().toISOString());
    }
  };

  return (
    <>
      <PageHeader
        title={t('ledger.title')}
        subtitle={t('ledger.subtitle')}
        extra={
          <Button type="primary" icon={<AuditOutlined />} loading={loading} onClick={() => void run()} data-testid="ledger-check">
            {loading ? t('ledger.running') : t('ledger.run')}
          </Button>
        }
      />
      {!loading && error && <Alert type="error" showIcon title={t('ledger.failed')} description={errorMessage(t, error)} style={{ marginBottom: 16 }} />}
      {result && (
        <Flex vertical gap={16}>
          <Alert
            type={result.ok ? 'success' : 'error'}
            showIcon
            data-testid={result.ok ? 'ledger-ok' : 'ledger-broken'}
            title={result.ok ? t('ledger.ok') : t('ledger.broken')}
            description={checkedAt ? t('ledger.checkedAt', { time: formatDateTime(checkedAt) }) : undefined}
          />
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title={t('ledger.accounts')} value={result.accountsChecked} />
                <span data-testid="ledger-accounts" data-value={result.accountsChecked} hidden />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title={t('ledger.transactions')} value={result.transactionsChecked} />
                <span data-testid="ledger-transactions" data-value={result.transactionsChecked} hidden />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title={t('ledger.driftCount')} value={result.drift.length} styles={{ content: { color: result.drift.length ? '#cf1322' : undefined } }} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title={t('ledger.unbalancedCount')} value={result.unbalancedTransactions.length} styles={{ content: { color: result.unbalancedTransactions.length ? '#cf1322' : undefined } }} />
              </Card>
            </Col>
          </Row>
          {result.drift.length > 0 && (
            <Card title={t('ledger.drift')}>
              <Table<Drift>
                rowKey="accountId"
                size="small"
                pagination={false}
                dataSource={result.drift}
                data-testid="ledger-drift"
                scroll={{ x: 800 }}
                columns={[
                  { title: t('ledger.account'), dataIndex: 'accountId', render: (id: string) => <CopyId id={id} /> },
                  { title: t('ledger.kind'), dataIndex: 'kind', render: (k: string) => t(`ledger.kinds.${k}`, { defaultValue: k }) },
                  {
                    title: t('ledger.organization'),
                    dataIndex: 'organizationId',
                    render: (id: string | null, d) => (id ? <OrgName id={id} kind={d.kind === 'SUPPLIER_PAYABLE' ? 'SUPPLIER' : 'MEMBER'} /> : t('common.none')),
                  },
                  { title: t('ledger.stored'), dataIndex: 'stored', align: 'right', render: (v: string) => formatFen(v) },
                  { title: t('ledger.computed'), dataIndex: 'computed', align: 'right', render: (v: string) => formatFen(v) },
                  { title: t('ledger.difference'), key: 'diff', align: 'right', render: (_, d) => <Typography.Text type="danger">{formatFen((BigInt(d.stored) - BigInt(d.computed)).toString())}</Typography.Text> },
                ]}
              />
            </Card>
          )}
          {result.unbalancedTransactions.length > 0 && (
            <Card title={t('ledger.unbalanced')}>
              <Flex vertical gap={4} data-testid="ledger-unbalanced">
                {result.unbalancedTransactions.map((id) => (
                  <Typography.Text key={id} code copyable>
                    {id}
                  </Typography.Text>
                ))}
              </Flex>
            </Card>
          )}
        </Flex>
      )}
      {!result && !error && (
        <Card>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('ledger.subtitle')}
          </Typography.Paragraph>
        </Card>
      )}
    </>
  );
}
