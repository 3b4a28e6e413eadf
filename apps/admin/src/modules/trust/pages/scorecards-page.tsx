import { useState } from 'react';
import { App, Button, Card, Flex, Input, Typography } from 'antd';
import { CalculatorOutlined, ReloadOutlined, SlidersOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SUPPLIER_DIMENSIONS } from '@mengyuan/domain';
import { RecomputeScorecardsDocument, SupplierScorecardsDocument, type SupplierScorecardsQuery } from '@mengyuan/graphql';
import { AsyncState, ContrastTheme, DimensionName, errorMessage, formatScore, PageHeader, ResponsiveTable, useAuth, useFixedRight } from '@mengyuan/ui';
import { ScorecardDrawer } from '../components/scorecard-drawer';
import { SupplierMarks, TotalScore } from '../components/score-badges';
import { useLatestCandidates } from '../components/use-latest-candidates';
import { WeightsEditor } from '../components/weights-editor';

type Row = SupplierScorecardsQuery['supplierScorecards']['items'][number];
const PAGE_SIZE = 20;

/** 供应商评分: every supplier ranked by total with its five dimensions, candidates and probation marked. */
export default function ScorecardsPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const fixedRight = useFixedRight();
  const { user } = useAuth();
  const isAdmin = !!user?.roles.includes('ADMIN');
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const open = params.get('supplier');
  const [weightsOpen, setWeightsOpen] = useState(false);
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const { data, loading, error, refetch } = useQuery(SupplierScorecardsDocument, {
    variables: { filter: search ? { search } : null, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }, trendDays: 1 },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { quarter, open: candidates } = useLatestCandidates();
  const [recompute, { loading: recomputing }] = useMutation(RecomputeScorecardsDocument, { refetchQueries: ['SupplierScorecards', 'Scorecard'] });
  const items = data?.supplierScorecards.items ?? [];

  const confirmRecompute = () =>
    modal.confirm({
      title: t('scoreAdmin.scorecards.recomputeConfirmTitle'),
      content: t('scoreAdmin.scorecards.recomputeConfirm'),
      okText: t('scoreAdmin.scorecards.recompute'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const r = await recompute();
          message.success(t('scoreAdmin.scorecards.recomputed', { count: r.data?.recomputeScorecards ?? 0 }));
        } catch (e) {
          message.error(errorMessage(t, e));
        }
      },
    });

  return (
    <ContrastTheme>
      <PageHeader
        level={1}
        title={t('scoreAdmin.scorecards.title')}
        subtitle={t('scoreAdmin.scorecards.subtitle')}
        extra={
          isAdmin ? (
            <>
              <Button icon={<SlidersOutlined />} onClick={() => setWeightsOpen(true)} data-testid="weights-edit">
                {t('scoreAdmin.weights.edit')}
              </Button>
              <Button icon={<CalculatorOutlined />} loading={recomputing} onClick={confirmRecompute} data-testid="recompute">
                {t('scoreAdmin.scorecards.recompute')}
              </Button>
            </>
          ) : undefined
        }
      />
      <Card
        extra={
          <Flex gap={8} wrap>
            <Input.Search
              allowClear
              defaultValue={search}
              placeholder={t('scoreAdmin.scorecards.search')}
              aria-label={t('scoreAdmin.scorecards.searchLabel')}
              onSearch={(v) => set({ q: v.trim() || null, page: null })}
              style={{ width: 280 }}
              data-testid="scorecards-search"
            />
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
          </Flex>
        }
      >
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          <ResponsiveTable<Row>
            rowKey="organizationId"
            size="middle"
            data-testid="scorecards-table"
            loading={loading && !!data}
            dataSource={items}
            scroll={{ x: 1100 }}
            locale={{ emptyText: t('scoreAdmin.scorecards.empty') }}
            onRow={(r) => ({ 'data-org': r.organizationId, 'data-name': r.organizationName, 'data-candidate': candidates.has(r.organizationId) ? 'true' : 'false', 'data-status': r.organizationStatus }) as object}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.supplierScorecards.totalCount ?? 0, onChange: (p) => set({ page: String(p) }), hideOnSinglePage: true, showSizeChanger: false, showTotal: (count) => t('common.total', { count }) }}
            columns={[
              { title: t('score.rank'), dataIndex: 'rank', width: 70, render: (r: number | null) => (r ? <Typography.Text strong>{r}</Typography.Text> : t('common.none')) },
              {
                title: t('scoreAdmin.scorecards.supplier'),
                dataIndex: 'organizationName',
                width: 240,
                render: (name: string, r) => (
                  <Flex vertical gap={4}>
                    <Typography.Link onClick={() => set({ supplier: r.organizationId })} aria-label={t('scoreAdmin.scorecards.openDetail', { name })} data-testid="scorecard-open">
                      {name}
                    </Typography.Link>
                    <SupplierMarks status={r.organizationStatus} candidate={candidates.get(r.organizationId)} quarter={quarter} />
                  </Flex>
                ),
              },
              { title: t('score.total'), dataIndex: 'total', width: 90, align: 'right', render: (v: number) => <TotalScore total={v} /> },
              ...SUPPLIER_DIMENSIONS.map((d) => ({
                title: <DimensionName dimension={d} />,
                key: d,
                width: 100,
                align: 'right' as const,
                render: (_: unknown, r: Row) => <span data-dimension={d}>{formatScore(r.dimensions.find((x) => x.dimension === d)?.value)}</span>,
              })),
              {
                title: t('score.fulfilmentRate'),
                dataIndex: 'fulfilmentRate',
                width: 110,
                align: 'right',
                render: (v: number | null) => (v === null ? t('common.none') : `${formatScore(v * 100)}%`),
              },
              {
                title: t('common.actions'),
                key: 'actions',
                fixed: fixedRight,
                width: 90,
                render: (_, r) => (
                  <Button type="link" size="small" onClick={() => set({ supplier: r.organizationId })} aria-label={t('scoreAdmin.scorecards.openDetail', { name: r.organizationName })}>
                    {t('common.details')}
                  </Button>
                ),
              },
            ]}
          />
        </AsyncState>
      </Card>
      <ScorecardDrawer organizationId={open} candidate={open ? candidates.get(open) : undefined} quarter={quarter} onClose={() => set({ supplier: null })} />
      {isAdmin && <WeightsEditor open={weightsOpen} onClose={() => setWeightsOpen(false)} onSaved={() => void refetch()} />}
    </ContrastTheme>
  );
}
