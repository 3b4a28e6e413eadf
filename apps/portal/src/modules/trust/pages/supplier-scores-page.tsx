import { Card, Col, Empty, Flex, Input, Row, Table, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SUPPLIER_DIMENSIONS } from '@mengyuan/domain';
import { SupplierScorecardsDocument, type SupplierScorecardsQuery } from '@mengyuan/graphql';
import { AsyncState, ContrastTheme, DimensionName, formatScore, PageHeader, ScoreDimensionsTable, ScoreRadar, ScoreTrendChart } from '@mengyuan/ui';

type Row = SupplierScorecardsQuery['supplierScorecards']['items'][number];
const PAGE_SIZE = 10;
const h2 = { fontSize: 16, margin: 0 } as const;

/** 供应商评分 (member): suppliers that can serve it, ranked, with a radar and trend of the one chosen. Values only. */
export default function SupplierScoresPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const { data, loading, error, refetch } = useQuery(SupplierScorecardsDocument, {
    variables: { filter: search ? { search } : null, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }, trendDays: 180 },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const items = data?.supplierScorecards.items ?? [];
  const chosen = items.find((r) => r.organizationId === params.get('supplier')) ?? items[0];

  return (
    <ContrastTheme>
      <PageHeader level={1} title={t('scorePortal.suppliers.title')} subtitle={t('scorePortal.suppliers.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          <Card
            size="small"
            extra={
              <Input.Search
                allowClear
                defaultValue={search}
                placeholder={t('scorePortal.suppliers.search')}
                aria-label={t('scorePortal.suppliers.search')}
                onSearch={(v) => set({ q: v.trim() || null, page: null, supplier: null })}
                style={{ width: 240 }}
              />
            }
          >
            <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
              <Table<Row>
                rowKey="organizationId"
                size="small"
                data-testid="supplier-scores-table"
                dataSource={items}
                loading={loading && !!data}
                scroll={{ x: 640 }}
                locale={{ emptyText: t('scorePortal.suppliers.empty') }}
                rowClassName={(r) => (r.organizationId === chosen?.organizationId ? 'ant-table-row-selected' : '')}
                onRow={(r) => ({ 'data-org': r.organizationId, 'data-name': r.organizationName }) as object}
                pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.supplierScorecards.totalCount ?? 0, onChange: (p) => set({ page: String(p), supplier: null }), hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
                columns={[
                  { title: t('score.rank'), dataIndex: 'rank', width: 56, render: (r: number | null) => r ?? t('common.none') },
                  {
                    title: t('scorePortal.suppliers.supplier'),
                    dataIndex: 'organizationName',
                    width: 180,
                    render: (n: string, r) => (
                      <Typography.Link onClick={() => set({ supplier: r.organizationId })} aria-label={t('scorePortal.suppliers.select', { name: n })} data-testid="supplier-score-open">
                        {n}
                      </Typography.Link>
                    ),
                  },
                  { title: t('score.total'), dataIndex: 'total', width: 70, align: 'right', render: (v: number) => <Typography.Text strong>{formatScore(v)}</Typography.Text> },
                  ...SUPPLIER_DIMENSIONS.map((d) => ({
                    title: <DimensionName dimension={d} />,
                    key: d,
                    width: 80,
                    align: 'right' as const,
                    render: (_: unknown, r: Row) => formatScore(r.dimensions.find((x) => x.dimension === d)?.value),
                  })),
                ]}
              />
            </AsyncState>
          </Card>
        </Col>
        <Col xs={24} xl={11}>
          <Card size="small" title={<Typography.Title level={2} style={h2}>{chosen ? t('scorePortal.suppliers.selected', { name: chosen.organizationName }) : t('score.radarTitle')}</Typography.Title>} data-testid="supplier-score-detail" data-org={chosen?.organizationId}>
            {chosen ? (
              <Flex vertical gap={12}>
                <ScoreRadar series={[{ name: chosen.organizationName, values: chosen.dimensions }]} height={280} />
                <Typography.Title level={3} style={{ fontSize: 14, margin: 0 }}>
                  {t('score.trendTitle')}
                </Typography.Title>
                <ScoreTrendChart points={chosen.trend} height={240} />
                <ScoreDimensionsTable dimensions={chosen.dimensions} showEvidence={false} />
              </Flex>
            ) : (
              <Empty description={t('scorePortal.suppliers.pick')} />
            )}
          </Card>
        </Col>
      </Row>
    </ContrastTheme>
  );
}
