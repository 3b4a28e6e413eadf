import { useState } from 'react';
import { Alert, Button, Card, Col, Flex, Row, Statistic, Table, Typography } from 'antd';
import { ReloadOutlined, WalletOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatFen, type LedgerTransactionType } from '@mengyuan/domain';
import { OrderStatusBriefDocument, WalletDocument, type StatementLineFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, DateTime, LedgerTypeTag, PageHeader } from '@mengyuan/ui';

const PAGE_SIZE = 20;

function SignedAmount({ fen }: { fen: string }) {
  const negative = fen.startsWith('-');
  const text = negative ? `−${formatFen(fen.slice(1))}` : `+${formatFen(fen)}`;
  return (
    <Typography.Text type={negative ? 'danger' : 'success'} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', fontWeight: 600 }} data-testid="statement-amount" data-value={fen}>
      {text}
    </Typography.Text>
  );
}

/**
 * What became of a reservation (HOLD): still waiting, paid the order it was for, or given back. The ledger line
 * itself never changes; the order says how it ended.
 */
function HoldOutcome({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(OrderStatusBriefDocument, { variables: { id: orderId } });
  const status = data?.order.status;
  if (!status) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="hold-outcome" data-status={status}>
      {t(`wallet.holdOutcome.${status}`, { defaultValue: '' })}
    </Typography.Text>
  );
}

/**
 * 钱包 for a member (prepaid balance, deposits and order debits) and 结算 for a supplier (what the alliance
 * owes it): the same ledger statement, told from each side.
 */
export default function WalletPage({ mode }: { mode: 'wallet' | 'payable' }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const { data, loading, error, refetch } = useQuery(WalletDocument, {
    variables: { page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const ns = mode;
  const wallet = data?.wallet;

  return (
    <>
      <PageHeader title={t(`${ns}.title`)} subtitle={t(`${ns}.subtitle`)} extra={<Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />} />
      <AsyncState loading={loading} error={error} hasData={!!wallet} onRetry={() => void refetch()}>
        {wallet && (
          <>
            <Row gutter={16} style={{ marginBottom: 16 }}>
              <Col xs={24} md={8}>
                <Card style={{ height: '100%' }}>
                  <Statistic
                    title={t(`${ns}.balance`)}
                    prefix={<WalletOutlined />}
                    value={formatFen(wallet.balance)}
                    styles={{ content: { fontVariantNumeric: 'tabular-nums', fontWeight: 600 } }}
                  />
                  <span data-testid="wallet-balance" data-value={wallet.balance} hidden />
                </Card>
              </Col>
              <Col xs={24} md={16}>
                <Alert
                  style={{ height: '100%' }}
                  type="info"
                  showIcon
                  title={mode === 'wallet' ? t('wallet.topUpTitle') : t('payable.howTitle')}
                  description={mode === 'wallet' ? t('wallet.topUp') : t('payable.how')}
                />
              </Col>
            </Row>
            <Card title={t('wallet.statement')} extra={<Typography.Text type="secondary">{t('wallet.statementCount', { count: wallet.statementCount })}</Typography.Text>}>
              <Table<StatementLineFieldsFragment>
                rowKey="id"
                size="middle"
                data-testid="statement-table"
                loading={loading}
                dataSource={wallet.statement}
                scroll={{ x: 900 }}
                locale={{ emptyText: t(`${ns}.empty`) }}
                onRow={(l) => ({ 'data-type': l.type }) as object}
                pagination={{ current: page, pageSize: PAGE_SIZE, total: wallet.statementCount, onChange: setPage, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
                columns={[
                  { title: t('wallet.time'), dataIndex: 'createdAt', width: 180, render: (v: string) => <DateTime value={v} /> },
                  {
                    title: t('wallet.type'),
                    dataIndex: 'type',
                    width: 170,
                    render: (v: LedgerTransactionType, l) => (
                      <Flex vertical gap={2} align="start">
                        <LedgerTypeTag type={v} memo={l.memo} />
                        {v === 'HOLD' && l.orderId && mode === 'wallet' && <HoldOutcome orderId={l.orderId} />}
                      </Flex>
                    ),
                  },
                  { title: t('wallet.amount'), dataIndex: 'amount', width: 150, align: 'right', render: (v: string) => <SignedAmount fen={v} /> },
                  { title: t('wallet.reference'), dataIndex: 'reference', render: (v: string | null) => (v ? <Typography.Text style={{ fontFamily: 'monospace', fontSize: 13 }}>{v}</Typography.Text> : t('common.none')) },
                  {
                    title: t('wallet.order'),
                    dataIndex: 'orderId',
                    width: 130,
                    render: (id: string | null) =>
                      !id ? (
                        t('common.none')
                      ) : mode === 'wallet' ? (
                        <Link to={`/orders?order=${id}`} data-testid="statement-order">
                          {t('wallet.viewOrder')}
                        </Link>
                      ) : (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable={{ text: id }}>
                          {id.slice(0, 8)}…
                        </Typography.Text>
                      ),
                  },
                  {
                    title: t('wallet.transaction'),
                    dataIndex: 'transactionId',
                    width: 130,
                    render: (id: string) => (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable={{ text: id }}>
                        {id.slice(0, 8)}…
                      </Typography.Text>
                    ),
                  },
                ]}
              />
            </Card>
          </>
        )}
      </AsyncState>
    </>
  );
}
