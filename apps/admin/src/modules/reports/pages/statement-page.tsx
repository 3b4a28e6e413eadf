import { useState } from 'react';
import { Alert, Card, Col, DatePicker, Empty, Flex, Row, Select, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MonthlyStatementDocument, type LedgerEntryFieldsFragment, type MonthlyStatementQuery } from '@mengyuan/graphql';
import { AsyncState, DateTime, Money, PageHeader } from '@mengyuan/ui';
import { OrgPicker } from '../../finance/components/org-picker';
import { ExportButton } from '../components/export-button';
import { useUrlState } from '../components/url-state';

const LINES = 100;
type Account = MonthlyStatementQuery['monthlyStatement']['accounts'][number];

function AccountCard({ account }: { account: Account }) {
  const { t } = useTranslation();
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t(`con.accountKind.${account.kind}`)}</h2>} style={{ marginBottom: 16 }} data-testid={`statement-${account.kind}`}>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}><Statistic title={t('reports.opening')} value={account.openingBalance} formatter={() => <Money fen={account.openingBalance} />} /></Col>
        <Col xs={12} md={6}><Statistic title={t('reports.net')} value={account.netMovement} formatter={() => <Money fen={account.netMovement} />} /></Col>
        <Col xs={12} md={6}><Statistic title={t('reports.closing')} value={account.closingBalance} formatter={() => <Money fen={account.closingBalance} strong />} /></Col>
        <Col xs={12} md={6}><Statistic title={t('reports.lines')} value={account.lineCount} /></Col>
      </Row>
      <Typography.Text type="secondary">{t('reports.reconciles')}</Typography.Text>
      <Table
        rowKey="type"
        size="small"
        style={{ margin: '12px 0 16px' }}
        pagination={false}
        dataSource={account.totalsByType}
        title={() => t('reports.byType')}
        columns={[
          { title: t('reports.type'), dataIndex: 'type', render: (v: string) => t(`ord.txType.${v}`) },
          { title: t('reports.count'), dataIndex: 'count', align: 'right', width: 100 },
          { title: t('reports.total'), dataIndex: 'total', align: 'right', width: 160, render: (v: string) => <Money fen={v} /> },
        ]}
      />
      <Table<LedgerEntryFieldsFragment>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        dataSource={account.lines}
        title={() => t('reports.movements')}
        scroll={{ x: 720 }}
        columns={[
          { title: t('reports.time'), dataIndex: 'createdAt', width: 170, render: (v: string) => <DateTime value={v} /> },
          { title: t('reports.type'), dataIndex: 'type', width: 110, render: (v: string) => t(`ord.txType.${v}`) },
          { title: t('reports.amount'), dataIndex: 'amount', width: 130, align: 'right', render: (v: string) => <Money fen={v} /> },
          { title: t('reports.reference'), dataIndex: 'reference', width: 180, render: (v: string | null) => v ?? '' },
          { title: t('reports.memo'), dataIndex: 'memo', responsive: ['md'], ellipsis: true, render: (v: string | null) => v ?? '' },
        ]}
      />
      {account.lineCount > account.lines.length && <Alert type="info" showIcon title={t('reports.moreLines', { shown: account.lines.length, total: account.lineCount })} />}
    </Card>
  );
}

/** 对账单: any member's or supplier's monthly statement, reconciled (opening + movements = closing), with the export. */
export default function StatementPage() {
  const { t } = useTranslation();
  const { get, set } = useUrlState();
  const [kind, setKind] = useState<'MEMBER' | 'SUPPLIER'>((get('kind') as 'SUPPLIER' | undefined) ?? 'MEMBER');
  const org = get('org');
  const month = get('month') ?? dayjs().format('YYYY-MM');
  const { data, loading, error, refetch } = useQuery(MonthlyStatementDocument, {
    variables: { month, organizationId: org ?? null, page: { offset: 0, limit: LINES } },
    skip: !org,
    fetchPolicy: 'network-only',
  });
  return (
    <>
      <PageHeader title={t('reports.statementTitle')} subtitle={t('reports.statementSubtitle')} />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={8} wrap role="search" aria-label={t('reports.statementTitle')}>
          <Select
            value={kind}
            aria-label={t('reports.kind')}
            style={{ width: 120 }}
            onChange={(v: 'MEMBER' | 'SUPPLIER') => {
              setKind(v);
              set({ kind: v, org: null });
            }}
            options={[{ value: 'MEMBER', label: t('reports.members') }, { value: 'SUPPLIER', label: t('reports.suppliers') }]}
          />
          <OrgPicker kind={kind} value={org} onChange={(v) => set({ org: v ?? null })} placeholder={t('reports.pickOrganization')} testId="statement-org" width={240} />
          <DatePicker
            picker="month"
            value={dayjs(`${month}-01`)}
            allowClear={false}
            onChange={(v) => set({ month: v ? v.format('YYYY-MM') : null })}
            aria-label={t('reports.month')}
            id="statement-month"
            data-testid="statement-month"
          />
          <ExportButton name="statement" params={{ month, organizationId: org }} disabled={!org} />
        </Flex>
      </Card>
      {!org ? (
        <Card>
          <Empty description={t('reports.pickFirst')} />
        </Card>
      ) : (
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          {data && (
            <>
              <Typography.Title level={2} style={{ fontSize: 18 }} data-testid="statement-heading">
                {data.monthlyStatement.organizationName} · {data.monthlyStatement.month}
              </Typography.Title>
              {data.monthlyStatement.accounts.map((a) => (
                <AccountCard key={a.kind} account={a} />
              ))}
            </>
          )}
        </AsyncState>
      )}
    </>
  );
}
