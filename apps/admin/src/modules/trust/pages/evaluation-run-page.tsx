import { useState } from 'react';
import { App, Button, Card, Flex, Tooltip, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { SUPPLIER_DIMENSIONS, shanghaiDate, type EvaluationCandidateStatus } from '@mengyuan/domain';
import { EvaluationRunDocument, type EvaluationCandidateFieldsFragment, type EvaluationRunQuery } from '@mengyuan/graphql';
import { AppealStatusTag, AsyncState, CandidateStatusTag, ContrastTheme, DateTime, DimensionName, formatDateTime, formatScore, HoldbackSummary, Money, PageHeader, ResponsiveTable, ScoreDimensionsTable, ScoreTag, useAuth, useFixedRight, useBreadcrumbName } from '@mengyuan/ui';
import { CandidateDecisionDialog } from '../components/decision-dialogs';
import { TotalScore } from '../components/score-badges';

type Score = EvaluationRunQuery['evaluationRun']['scores'][number];

/** What an admin may decide now: KEEP while undecided; ELIMINATE once the window closed or the appeal was rejected. */
function decisions(c: EvaluationCandidateFieldsFragment, now: number): { keep: boolean; eliminate: boolean; why?: 'appealOpen' | 'windowOpen' } {
  if (c.status === 'APPEALED') return { keep: true, eliminate: false, why: 'appealOpen' };
  if (c.status !== 'PENDING') return { keep: false, eliminate: false };
  const windowOpen = new Date(c.appealDeadline).getTime() > now && c.appeal?.status !== 'REJECTED';
  return { keep: true, eliminate: !windowOpen, why: windowOpen ? 'windowOpen' : undefined };
}

/** A run's frozen scores and its candidates, each with its decision (or the buttons to make one). */
export default function EvaluationRunPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const fixedRight = useFixedRight();
  const { id = '' } = useParams();
  const isAdmin = !!useAuth().user?.roles.includes('ADMIN');
  const [deciding, setDeciding] = useState<{ candidate: EvaluationCandidateFieldsFragment; decision: 'ELIMINATE' | 'KEEP' } | null>(null);
  const { data, loading, error, refetch } = useQuery(EvaluationRunDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const run = data?.evaluationRun;
  useBreadcrumbName(run ? t('scoreAdmin.run.title', { quarter: run.quarter }) : undefined);
  const [now] = useState(() => Date.now());

  return (
    <ContrastTheme>
      <PageHeader
        level={1}
        onBack={() => void navigate('/evaluations')}
        title={run ? t('scoreAdmin.run.title', { quarter: run.quarter }) : t('scoreAdmin.evaluations.title')}
        subtitle={run ? [
          t('scoreAdmin.run.subtitle', { time: formatDateTime(run.frozenAt, 'YYYY-MM-DD HH:mm'), count: run.supplierCount, threshold: run.threshold }),
          // The quarter's own days, Asia/Shanghai (the end is exclusive: its last day runs to 24:00).
          ...(run.windowStart && run.windowEnd ? [t('scoreAdmin.run.window', { from: shanghaiDate(new Date(run.windowStart)), to: shanghaiDate(new Date(new Date(run.windowEnd).getTime() - 1)) })] : []),
        ].join('；') : undefined}
      />
      <AsyncState loading={loading} error={error} hasData={!!run} onRetry={() => void refetch()}>
        {run && (
          <Flex vertical gap={16} data-testid="evaluation-run" data-run={run.id}>
            <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('scoreAdmin.run.candidates')}</Typography.Title>}>
              <ResponsiveTable<EvaluationCandidateFieldsFragment>
                rowKey="id"
                size="middle"
                data-testid="candidates-table"
                dataSource={run.candidates}
                pagination={false}
                scroll={{ x: 1000 }}
                locale={{ emptyText: t('scoreAdmin.run.candidatesEmpty') }}
                onRow={(c) => ({ 'data-org': c.organizationId, 'data-name': c.organizationName, 'data-status': c.status }) as object}
                expandable={{ expandedRowRender: (c) => <ScoreDimensionsTable dimensions={c.dimensions} weights={run.weights} /> }}
                columns={[
                  { title: t('scoreAdmin.appeals.supplier'), dataIndex: 'organizationName', width: 200, render: (n: string) => <Typography.Text strong>{n}</Typography.Text> },
                  { title: t('score.total'), dataIndex: 'total', width: 80, align: 'right', render: (v: number) => <TotalScore total={v} /> },
                  {
                    title: t('scoreAdmin.appeals.status'),
                    dataIndex: 'status',
                    width: 150,
                    render: (s: EvaluationCandidateStatus, c) => (
                      <Flex gap={4} wrap>
                        <CandidateStatusTag status={s} />
                        {c.appeal && <AppealStatusTag status={c.appeal.status} />}
                      </Flex>
                    ),
                  },
                  { title: t('scoreAdmin.run.appealDeadline'), dataIndex: 'appealDeadline', width: 170, render: (v: string) => <DateTime value={v} format="YYYY-MM-DD HH:mm" /> },
                  {
                    title: t('scoreAdmin.run.decision'),
                    key: 'decision',
                    width: 280,
                    render: (_, c) =>
                      c.decidedAt ? (
                        <Flex vertical gap={2}>
                          <Typography.Text style={{ fontSize: 12 }}>
                            <DateTime value={c.decidedAt} format="YYYY-MM-DD HH:mm" /> · {c.decisionReason}
                          </Typography.Text>
                          {c.outcome && (
                            <Typography.Text style={{ fontSize: 12 }} data-testid="elimination-outcome">
                              {t('scoreAdmin.run.outcomeText', { offers: c.outcome.offersDelisted, codes: c.outcome.codesFrozen, payable: '' })}
                              <Money fen={c.outcome.payableSettled} />
                            </Typography.Text>
                          )}
                          {c.outcome && <HoldbackSummary organizationId={c.organizationId} variant="line" />}
                        </Flex>
                      ) : (
                        <Typography.Text>{t('common.none')}</Typography.Text>
                      ),
                  },
                  ...(isAdmin
                    ? [
                        {
                          title: t('common.actions'),
                          key: 'actions',
                          fixed: fixedRight,
                          width: 190,
                          render: (_: unknown, c: EvaluationCandidateFieldsFragment) => {
                            const d = decisions(c, now);
                            if (!d.keep && !d.eliminate) return null;
                            const why = d.why === 'appealOpen' ? t('scoreAdmin.run.appealOpen') : d.why === 'windowOpen' ? t('scoreAdmin.run.windowOpen', { time: formatDateTime(c.appealDeadline, 'YYYY-MM-DD HH:mm') }) : undefined;
                            return (
                              <Flex gap={6} wrap>
                                <Button size="small" onClick={() => setDeciding({ candidate: c, decision: 'KEEP' })} data-testid="candidate-keep">
                                  {t('scoreAdmin.run.keep')}
                                </Button>
                                <Tooltip title={d.eliminate ? undefined : why}>
                                  <Button size="small" danger disabled={!d.eliminate} onClick={() => setDeciding({ candidate: c, decision: 'ELIMINATE' })} data-testid="candidate-eliminate" aria-describedby={undefined}>
                                    {t('scoreAdmin.run.eliminate')}
                                  </Button>
                                </Tooltip>
                              </Flex>
                            );
                          },
                        },
                      ]
                    : []),
                ]}
              />
            </Card>
            <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('scoreAdmin.run.scores')}</Typography.Title>}>
              <ResponsiveTable<Score>
                rowKey="id"
                size="small"
                data-testid="run-scores-table"
                dataSource={run.scores}
                pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
                scroll={{ x: 900 }}
                locale={{ emptyText: t('scoreAdmin.run.scoresEmpty') }}
                onRow={(s) => ({ 'data-org': s.organizationId, 'data-candidate': String(s.candidate) }) as object}
                expandable={{ expandedRowRender: (s) => <ScoreDimensionsTable dimensions={s.dimensions} weights={run.weights} /> }}
                columns={[
                  {
                    title: t('scoreAdmin.appeals.supplier'),
                    dataIndex: 'organizationName',
                    width: 220,
                    render: (n: string, s) => (
                      <Flex gap={6} wrap align="center">
                        <span>{n}</span>
                        {s.candidate && <ScoreTag tone="danger">{t('score.candidate')}</ScoreTag>}
                      </Flex>
                    ),
                  },
                  { title: t('score.total'), dataIndex: 'total', width: 80, align: 'right', render: (v: number) => <TotalScore total={v} size={14} /> },
                  ...SUPPLIER_DIMENSIONS.map((d) => ({
                    title: <DimensionName dimension={d} />,
                    key: d,
                    width: 90,
                    align: 'right' as const,
                    render: (_: unknown, s: Score) => formatScore(s.dimensions.find((x) => x.dimension === d)?.value),
                  })),
                ]}
              />
            </Card>
          </Flex>
        )}
      </AsyncState>
      {deciding && (
        <CandidateDecisionDialog
          candidate={deciding.candidate}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
          onDone={() => {
            setDeciding(null);
            message.success(t('scoreAdmin.run.decided'));
          }}
        />
      )}
    </ContrastTheme>
  );
}
