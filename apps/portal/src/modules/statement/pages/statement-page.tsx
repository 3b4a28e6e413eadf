import { Card, Col, DatePicker, Descriptions, Flex, Grid, Row, Statistic, Table, Tag, Typography } from 'antd';
import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { addDays, formatFen, shanghaiDate, type LedgerTransactionType } from '@mengyuan/domain';
import { MonthlyStatementDocument, type LedgerEntryFieldsFragment, type MonthlyStatementQuery } from '@mengyuan/graphql';
import { AsyncState, DateTime, LedgerTypeTag, PageHeader, XlsxExportButton } from '@mengyuan/ui';

const PAGE_SIZE = 50;
type Account = MonthlyStatementQuery['monthlyStatement']['accounts'][number];

/** Last month (Asia/Shanghai): the one most people reconcile. */
function lastMonth(): string {
  const today = shanghaiDate(new Date());
  return addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
}

function Signed({ fen }: { fen: string }) {
  const negative = fen.startsWith('-');
  return (
    <Typography.Text type={negative ? 'danger' : 'success'} strong style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {negative ? `−${formatFen(fen.slice(1))}` : `+${formatFen(fen)}`}
    </Typography.Text>
  );
}

/** One account of the statement: opening + movements = closing, checked here too, then the lines. */
function AccountStatement({ account, page, onPage }: { account: Account; page: number; onPage: (p: number) => void }) {
  const { t } = useTranslation();
  const phone = Grid.useBreakpoint().sm === false;
  const byType = account.totalsByType.reduce((a, x) => a + BigInt(x.total), 0n);
  const reconciles = BigInt(account.openingBalance) + BigInt(account.netMovement) === BigInt(account.closingBalance) && byType === BigInt(account.netMovement);
  return (
    <Card
      data-testid="statement-account"
      data-kind={account.kind}
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t(`con.accountKind.${account.kind}`)}
        </Typography.Title>
      }
      extra={
        reconciles ? (
          <Tag color="success" icon={<CheckCircleOutlined />} data-testid="statement-reconciles">
            {t('stmt.reconciles')}
          </Tag>
        ) : (
          <Tag color="error" icon={<WarningOutlined />}>
            {t('stmt.doesNotReconcile')}
          </Tag>
        )
      }
      style={{ marginBottom: 16 }}
    >
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic title={t('con.statement.openingBalance')} value={formatFen(account.openingBalance)} />
          <span hidden data-testid="statement-opening" data-value={account.openingBalance} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('con.statement.netMovement')} value={formatFen(account.netMovement)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('con.statement.closingBalance')} value={formatFen(account.closingBalance)} />
          <span hidden data-testid="statement-closing" data-value={account.closingBalance} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('con.statement.lineCount')} value={account.lineCount} />
        </Col>
      </Row>
      {account.totalsByType.length > 0 && (
        <Descriptions
          size="small"
          bordered
          style={{ marginTop: 16 }}
          column={{ xs: 1, sm: 2, lg: 4 }}
          title={<span style={{ fontSize: 14 }}>{t('con.statement.totalsByType')}</span>}
          items={account.totalsByType.map((x) => ({
            key: x.type,
            label: `${t(`ord.txType.${x.type}`)}（${t('stmt.count', { count: x.count })}）`,
            children: <Signed fen={x.total} />,
          }))}
        />
      )}
      <Typography.Title level={3} style={{ fontSize: 14, margin: '16px 0 8px' }}>
        {t('con.statement.movements')}
      </Typography.Title>
      <Table<LedgerEntryFieldsFragment>
        rowKey="id"
        size="small"
        data-testid="statement-lines"
        dataSource={account.lines}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('stmt.noLines') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: account.lineCount, onChange: onPage, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }), simple: phone }}
        columns={[
          { title: t('wallet.time'), dataIndex: 'createdAt', width: 160, render: (v: string) => <DateTime value={v} format="YYYY-MM-DD HH:mm" /> },
          { title: t('wallet.type'), dataIndex: 'type', width: 150, render: (v: LedgerTransactionType, l) => <LedgerTypeTag type={v} memo={l.memo} /> },
          { title: t('wallet.amount'), dataIndex: 'amount', width: 140, align: 'right', render: (v: string) => <Signed fen={v} /> },
          { title: t('wallet.reference'), dataIndex: 'reference', responsive: ['sm'], render: (v: string | null) => v ?? t('common.none') },
        ]}
      />
    </Card>
  );
}

/** 对账单: a month of the organisation's accounts, opening to closing balance, reconciling to the ledger to the fen. */
export default function StatementPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : lastMonth();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { data, loading, error, refetch } = useQuery(MonthlyStatementDocument, {
    variables: { month, organizationId: null, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } },
    fetchPolicy: 'network-only',
  });
  const statement = data?.monthlyStatement;
  return (
    <>
      <PageHeader
        title={t('con.statement.title')}
        subtitle={statement ? t('stmt.subtitle', { name: statement.organizationName, month }) : t('stmt.hint')}
        extra={
          <Flex gap={8} wrap align="center">
            <DatePicker
              picker="month"
              allowClear={false}
              aria-label={t('con.statement.month')}
              value={dayjs(`${month}-01`)}
              disabledDate={(d) => d.isAfter(dayjs().endOf('month'))}
              onChange={(d) => d && setParams({ month: d.format('YYYY-MM') }, { replace: true })}
              data-testid="statement-month"
            />
            <XlsxExportButton path="/exports/statement.xlsx" params={{ month }} testId="statement-export" />
          </Flex>
        }
      />
      <AsyncState loading={loading} error={error} hasData={!!statement} onRetry={() => void refetch()}>
        {statement && (
          <div data-testid="statement" data-month={statement.month}>
            <Typography.Paragraph type="secondary">
              {t('stmt.period')} <DateTime value={statement.startsAt} format="YYYY-MM-DD HH:mm" /> – <DateTime value={statement.endsAt} format="YYYY-MM-DD HH:mm" /> {t('time.zone')}
            </Typography.Paragraph>
            {statement.accounts.map((a) => (
              <AccountStatement key={a.kind} account={a} page={page} onPage={(p) => setParams({ month, page: String(p) }, { replace: true })} />
            ))}
          </div>
        )}
      </AsyncState>
    </>
  );
}
