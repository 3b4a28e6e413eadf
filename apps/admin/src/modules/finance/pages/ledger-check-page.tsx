import { useState } from 'react';
import { Alert, App, Button, Card, Col, Flex, Row, Space, Statistic, Typography } from 'antd';
import { AuditOutlined, VerifiedOutlined } from '@ant-design/icons';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatFen } from '@mengyuan/domain';
import { CreateLedgerCheckpointDocument, LedgerCheckModeDocument, type LedgerCheckQuery } from '@mengyuan/graphql';
import { CopyId, errorMessage, formatDateTime, PageHeader, ResponsiveTable, useAuth } from '@mengyuan/ui';
import { OrgName } from '../../orders/components/order-parts';

type Drift = LedgerCheckQuery['ledgerCheck']['drift'][number];

/** 账本核对 (对账): recomputes every balance from its entries and checks every transaction sums to zero. */
export default function LedgerCheckPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const admin = !!user?.roles.includes('ADMIN');
  const [check, { data, loading, error, variables }] = useLazyQuery(LedgerCheckModeDocument, { fetchPolicy: 'network-only' });
  const [sign, signing] = useMutation(CreateLedgerCheckpointDocument);
  const [checkedAt, setCheckedAt] = useState<string | null>(null);
  const result = data?.ledgerCheck;

  const run = async (full: boolean) => {
    try {
      await check({ variables: { full } });
    } finally {
      setCheckedAt(new Date().toISOString());
    }
  };
  const scope = result
    ? result.full
      ? t('ledger.scopeFull', { entries: result.entriesChecked, ms: result.ms })
      : result.fromCheckpoint
        ? t('ledger.scopeIncremental', { id: result.fromCheckpoint, entries: result.entriesChecked, ms: result.ms })
        : t('ledger.scopeFromStart', { entries: result.entriesChecked, ms: result.ms })
    : '';

  return (
    <>
      <PageHeader
        title={t('ledger.title')}
        subtitle={t('ledger.subtitle')}
        extra={
          <Space wrap>
            {admin && (
              <Button
                icon={<VerifiedOutlined />}
                loading={signing.loading}
                onClick={async () => {
                  try {
                    const c = (await sign()).data?.createLedgerCheckpoint;
                    if (c) message.success(t('ledger.signed', { id: c.id }));
                    else message.error(t('ledger.signRefused'));
                  } catch (e) {
                    message.error(errorMessage(t, e));
                  }
                }}
                data-testid="ledger-sign-checkpoint"
              >
                {t('ledger.sign')}
              </Button>
            )}
            <Button icon={<AuditOutlined />} loading={loading && variables?.full === true} disabled={loading} onClick={() => void run(true)} data-testid="ledger-check-full">
              {t('ledger.runFull')}
            </Button>
            <Button type="primary" icon={<AuditOutlined />} loading={loading && variables?.full === false} disabled={loading} onClick={() => void run(false)} data-testid="ledger-check">
              {loading ? t('ledger.running') : t('ledger.run')}
            </Button>
          </Space>
        }
      />
      {!loading && error && <Alert type="error" showIcon title={t('ledger.failed')} description={errorMessage(t, error)} style={{ marginBottom: 16 }} />}
      {result && (
        <Flex vertical gap={16}>
          <Alert
            type={result.ok ? 'success' : 'error'}
            showIcon
            data-testid={result.ok ? 'ledger-ok' : 'ledger-broken'}
            title={result.ok ? t('ledger.ok') : result.brokenCheckpoint ? t('ledger.checkpointBroken', { id: result.brokenCheckpoint }) : t('ledger.broken')}
            description={
              <>
                <div>{scope}</div>
                {checkedAt && <div>{t('ledger.checkedAt', { time: formatDateTime(checkedAt) })}</div>}
              </>
            }
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
              <ResponsiveTable<Drift>
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
