import { Alert, Button, Card, Col, DatePicker, Flex, Grid, Input, Row, Select, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { ReloadOutlined, WalletOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatFen, LedgerTransactionType } from '@mengyuan/domain';
import { LedgerEntriesDocument, OrderStatusBriefDocument, WalletDocument, type LedgerEntryFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, CopyId, DateTime, LedgerTypeTag, PageHeader, XlsxExportButton } from '@mengyuan/ui';

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
  const screens = Grid.useBreakpoint();
  const phone = screens.sm === false;
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const search = {
    accountKind: mode === 'wallet' ? ('MEMBER_WALLET' as const) : ('SUPPLIER_PAYABLE' as const),
    type: (params.get('type') as LedgerTransactionType | null) || null,
    reference: params.get('reference') || null,
    from: params.get('from') || null,
    to: params.get('to') || null,
  };
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  // The balance from the wallet; the lines from the ledger search, so they can be narrowed and exported alike.
  const balance = useQuery(WalletDocument, { variables: { page: { offset: 0, limit: 1 } }, fetchPolicy: 'network-only' });
  const { data, loading, error, refetch } = useQuery(LedgerEntriesDocument, {
    variables: { search, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const ns = mode;
  const wallet = balance.data?.wallet;
  const entries = data?.ledgerEntries;
  const refresh = () => {
    void balance.refetch();
    void refetch();
  };
  const field = { width: phone ? '100%' : 200 };

  return (
    <>
      <PageHeader
        title={t(`${ns}.title`)}
        subtitle={t(`${ns}.subtitle`)}
        extra={
          <Flex gap={8} wrap>
            <Link to="/statement">{t('con.statement.title')}</Link>
            {mode === 'wallet' && (
              <Link to="/wallet/topup" data-testid="open-topup">
                <Button type="primary">{t('topup.open')}</Button>
              </Link>
            )}
            {mode === 'payable' && (
              <Link to="/withdrawals">
                <Button type="primary">{t('wd.request')}</Button>
              </Link>
            )}
            <Button icon={<ReloadOutlined />} onClick={refresh} aria-label={t('common.refresh')} />
          </Flex>
        }
      />
      <AsyncState loading={balance.loading} error={balance.error} hasData={!!wallet} onRetry={refresh}>
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
            <Card
              title={
                <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                  {t('wallet.statement')}
                </Typography.Title>
              }
              extra={<Typography.Text type="secondary">{entries?.totalCountCapped ? t('common.totalAtLeast', { count: entries.totalCount }) : t('wallet.statementCount', { count: entries?.totalCount ?? 0 })}</Typography.Text>}
            >
              <form role="search" aria-label={t('wallet.searchLabel')} onSubmit={(e) => e.preventDefault()} style={{ marginBottom: 12 }}>
                <Flex gap={8} wrap vertical={phone}>
                  <Select
                    allowClear
                    aria-label={t('con.search.txType')}
                    placeholder={t('con.search.txType')}
                    value={search.type ?? undefined}
                    onChange={(v?: string) => set({ type: v ?? null, page: null })}
                    style={field}
                    data-testid="ledger-search-type"
                    options={Object.values(LedgerTransactionType).map((v) => ({ value: v, label: t(`ord.txType.${v}`) }))}
                  />
                  <Input.Search
                    allowClear
                    aria-label={t('con.search.reference')}
                    placeholder={t('con.search.reference')}
                    defaultValue={search.reference ?? ''}
                    onSearch={(v) => set({ reference: v.trim() || null, page: null })}
                    style={field}
                    data-testid="ledger-search-reference"
                  />
                  <DatePicker.RangePicker
                    aria-label={t('con.search.dateRange')}
                    placeholder={[t('orders.fromDay'), t('orders.toDay')]}
                    value={search.from && search.to ? [dayjs(search.from), dayjs(search.to)] : null}
                    onChange={(v) => set({ from: v?.[0]?.format('YYYY-MM-DD') ?? null, to: v?.[1]?.format('YYYY-MM-DD') ?? null, page: null })}
                    style={{ width: phone ? '100%' : 260 }}
                    data-testid="ledger-search-dates"
                  />
                  <XlsxExportButton path="/exports/ledger-entries.xlsx" params={search} testId="ledger-export" label={t('con.search.exportLedger')} />
                </Flex>
              </form>
              <AsyncState loading={loading} error={error} hasData={!!entries} onRetry={() => void refetch()}>
              <Table<LedgerEntryFieldsFragment>
                rowKey="id"
                size="middle"
                data-testid="statement-table"
                loading={loading}
                dataSource={entries?.items ?? []}
                scroll={{ x: 760 }}
                locale={{ emptyText: t(`${ns}.empty`) }}
                onRow={(l) => ({ 'data-type': l.type }) as object}
                pagination={{ current: page, pageSize: PAGE_SIZE, total: entries?.totalCount ?? 0, onChange: (p) => set({ page: String(p) }), hideOnSinglePage: true, showTotal: (count) => t(entries?.totalCountCapped ? 'common.totalAtLeast' : 'common.total', { count }), size: phone ? 'small' : undefined }}
                columns={[
                  { title: t('wallet.time'), dataIndex: 'createdAt', width: 170, render: (v: string) => <DateTime value={v} format="YYYY-MM-DD HH:mm" /> },
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
                  { title: t('wallet.reference'), dataIndex: 'reference', responsive: ['sm'], render: (v: string | null) => (v ? <Typography.Text style={{ fontFamily: 'monospace', fontSize: 13 }}>{v}</Typography.Text> : t('common.none')) },
                  {
                    title: t('wallet.order'),
                    dataIndex: 'orderId',
                    width: 130,
                    render: (id: string | null, l) =>
                      !id ? (
                        t('common.none')
                      ) : mode === 'wallet' ? (
                        <Link to={`/orders?order=${id}`} data-testid="statement-order">
                          {t('wallet.viewOrder')}
                        </Link>
                      ) : l.clientOrderNo ? (
                        <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }} copyable={{ text: l.clientOrderNo }}>
                          {l.clientOrderNo}
                        </Typography.Text>
                      ) : (
                        <CopyId id={id} />
                      ),
                  },
                  {
                    title: t('wallet.transaction'),
                    dataIndex: 'transactionId',
                    width: 130,
                    responsive: ['lg'],
                    render: (id: string) => <CopyId id={id} />,
                  },
                ]}
              />
              </AsyncState>
            </Card>
          </>
        )}
      </AsyncState>
    </>
  );
}
