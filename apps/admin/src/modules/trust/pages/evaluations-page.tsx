import { App, Button, Card, Flex, Spin, Tabs, Typography } from 'antd';
import { PlayCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ELIMINATION_THRESHOLD } from '@mengyuan/domain';
import { EvaluationRunsDocument, RunEvaluationNowDocument, type EvaluationRunFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, ContrastTheme, DateTime, errorMessage, PageHeader, ResponsiveTable, useAuth } from '@mengyuan/ui';
import { AppealsTable } from '../components/appeals-table';

const PAGE_SIZE = 20;

/** 季度评估: the runs (and "run now"), and the appeals filed against candidacies. */
export default function EvaluationsPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const isAdmin = !!useAuth().user?.roles.includes('ADMIN');
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'appeals' ? 'appeals' : 'runs';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { data, loading, error, refetch } = useQuery(EvaluationRunsDocument, { variables: { page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const [runNow, { loading: running }] = useMutation(RunEvaluationNowDocument, { refetchQueries: ['EvaluationRuns', 'SupplierScorecards'] });

  const confirmRun = () =>
    modal.confirm({
      title: t('scoreAdmin.evaluations.runConfirmTitle'),
      content: t('scoreAdmin.evaluations.runConfirm', { threshold: ELIMINATION_THRESHOLD }),
      okText: t('scoreAdmin.evaluations.runNow'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'run-now-confirm' },
      onOk: async () => {
        try {
          const r = await runNow();
          const run = r.data?.runEvaluationNow;
          if (run) {
            message.success(t('scoreAdmin.evaluations.ran', { quarter: run.quarter, candidates: run.candidateCount }));
            void navigate(`/evaluations/${run.id}`);
          }
        } catch (e) {
          message.error(errorMessage(t, e));
        }
      },
    });

  const runs = (
    <Spin spinning={running} description={t('scoreAdmin.evaluations.running')} data-testid="run-progress">
      <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
        <ResponsiveTable<EvaluationRunFieldsFragment>
          rowKey="id"
          size="middle"
          data-testid="runs-table"
          dataSource={data?.evaluationRuns.items ?? []}
          loading={loading && !!data}
          scroll={{ x: 860 }}
          locale={{ emptyText: t('scoreAdmin.evaluations.empty') }}
          onRow={(r) => ({ 'data-run': r.id }) as object}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.evaluationRuns.totalCount ?? 0, onChange: (p) => setParams({ page: String(p) }, { replace: true }), hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
          columns={[
            { title: t('scoreAdmin.evaluations.quarter'), dataIndex: 'quarter', width: 110, render: (q: string, r) => <Link to={`/evaluations/${r.id}`} data-testid="run-open">{q}</Link> },
            { title: t('scoreAdmin.evaluations.frozenAt'), dataIndex: 'frozenAt', width: 180, render: (v: string) => <DateTime value={v} /> },
            { title: t('scoreAdmin.evaluations.trigger'), dataIndex: 'trigger', width: 110, render: (v: string) => t(`score.trigger.${v}`, { defaultValue: v }) },
            { title: t('scoreAdmin.evaluations.suppliers'), dataIndex: 'supplierCount', width: 100, align: 'right' },
            { title: t('scoreAdmin.evaluations.candidates'), dataIndex: 'candidateCount', width: 110, align: 'right', render: (n: number) => <Typography.Text strong style={{ color: n ? '#a8071a' : undefined }}>{n}</Typography.Text> },
            { title: t('scoreAdmin.evaluations.threshold'), dataIndex: 'threshold', width: 90, align: 'right' },
            { title: t('common.actions'), key: 'a', width: 90, render: (_, r) => <Link to={`/evaluations/${r.id}`}>{t('scoreAdmin.evaluations.open')}</Link> },
          ]}
        />
      </AsyncState>
    </Spin>
  );

  return (
    <ContrastTheme>
      <PageHeader
        level={1}
        title={t('scoreAdmin.evaluations.title')}
        subtitle={t('scoreAdmin.evaluations.subtitle')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
            {isAdmin && (
              <Button type="primary" icon={<PlayCircleOutlined />} loading={running} onClick={confirmRun} data-testid="run-now">
                {t('scoreAdmin.evaluations.runNow')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === 'appeals' ? { tab: 'appeals' } : {}, { replace: true })}
          items={[
            { key: 'runs', label: t('scoreAdmin.evaluations.runs'), children: runs },
            { key: 'appeals', label: t('scoreAdmin.evaluations.appeals'), children: <AppealsTable /> },
          ]}
        />
      </Card>
      <Flex />
    </ContrastTheme>
  );
}
