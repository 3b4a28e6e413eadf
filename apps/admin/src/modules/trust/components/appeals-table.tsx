import { useState } from 'react';
import { App, Button, Flex, Select, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AppealStatus } from '@mengyuan/domain';
import { EvaluationAppealsDocument, type EvaluationAppealFieldsFragment } from '@mengyuan/graphql';
import { AppealStatusTag, AsyncState, DateTime, DimensionName, evidenceValue, measureLabel, ResponsiveTable, useAuth, useFixedRight } from '@mengyuan/ui';
import { AppealDecisionDialog } from './decision-dialogs';

const PAGE_SIZE = 20;

/** Appeals, newest first, filterable by status; open ones decided (grant or reject with a reason) by an admin. */
export function AppealsTable() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const fixedRight = useFixedRight();
  const isAdmin = !!useAuth().user?.roles.includes('ADMIN');
  const [status, setStatus] = useState<AppealStatus | undefined>();
  const [page, setPage] = useState(1);
  const [deciding, setDeciding] = useState<EvaluationAppealFieldsFragment | null>(null);
  const { data, loading, error, refetch } = useQuery(EvaluationAppealsDocument, {
    variables: { filter: status ? { status } : null, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  return (
    <Flex vertical gap={12}>
      <Flex justify="end">
        <Select
          allowClear
          aria-label={t('scoreAdmin.appeals.statusFilter')}
          placeholder={t('scoreAdmin.appeals.allStatuses')}
          value={status}
          onChange={(v?: AppealStatus) => {
            setStatus(v);
            setPage(1);
          }}
          style={{ width: 180 }}
          options={(['OPEN', 'GRANTED', 'REJECTED'] as const).map((s) => ({ value: s, label: t(`score.appealStatus.${s}`) }))}
        />
      </Flex>
      <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
        <ResponsiveTable<EvaluationAppealFieldsFragment>
          rowKey="id"
          size="middle"
          data-testid="appeals-table"
          dataSource={data?.appeals.items ?? []}
          loading={loading && !!data}
          scroll={{ x: 960 }}
          locale={{ emptyText: t('scoreAdmin.appeals.empty') }}
          onRow={(a) => ({ 'data-status': a.status, 'data-org': a.organizationId }) as object}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.appeals.totalCount ?? 0, onChange: setPage, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
          columns={[
            { title: t('scoreAdmin.appeals.supplier'), dataIndex: 'organizationName', width: 200, render: (n: string) => <Typography.Text strong>{n}</Typography.Text> },
            { title: t('scoreAdmin.appeals.status'), dataIndex: 'status', width: 110, render: (s: AppealStatus) => <AppealStatusTag status={s} /> },
            { title: t('scoreAdmin.appeals.reason'), dataIndex: 'reason', width: 260, render: (r: string, a) => (
              <Flex vertical gap={4}>
                <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ margin: 0 }}>{r}</Typography.Paragraph>
                {a.decisionReason && <Typography.Text style={{ fontSize: 12 }}>{t('scoreAdmin.run.decisionReason')}：{a.decisionReason}</Typography.Text>}
              </Flex>
            ) },
            {
              title: t('scoreAdmin.appeals.cited'),
              key: 'cited',
              width: 240,
              render: (_, a) => (
                <Flex vertical gap={2}>
                  {a.evidence.map((e) => (
                    <Typography.Text key={e.id ?? e.measure} style={{ fontSize: 12 }}>
                      <DimensionName dimension={e.dimension} hint={false} /> · {measureLabel(t, e.measure)}：{evidenceValue(t, e.measure, e.value)}
                    </Typography.Text>
                  ))}
                </Flex>
              ),
            },
            { title: t('scoreAdmin.appeals.filedAt'), dataIndex: 'filedAt', width: 170, render: (v: string) => <DateTime value={v} /> },
            { title: t('scoreAdmin.appeals.run'), dataIndex: 'runId', width: 90, render: (id: string) => <Link to={`/evaluations/${id}`}>{t('scoreAdmin.evaluations.open')}</Link> },
            ...(isAdmin
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    fixed: fixedRight,
                    width: 90,
                    render: (_: unknown, a: EvaluationAppealFieldsFragment) =>
                      a.status === 'OPEN' ? (
                        <Button size="small" type="primary" onClick={() => setDeciding(a)} data-testid="appeal-decide">
                          {t('scoreAdmin.appeals.decide')}
                        </Button>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </AsyncState>
      <AppealDecisionDialog
        appeal={deciding}
        onClose={() => setDeciding(null)}
        onDone={() => {
          setDeciding(null);
          message.success(t('scoreAdmin.appeals.decided'));
        }}
      />
    </Flex>
  );
}
