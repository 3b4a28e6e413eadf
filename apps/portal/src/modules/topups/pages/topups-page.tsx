import { useState } from 'react';
import { App, Badge, Button, Card, Empty, Flex, Table, Tabs, Tag, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, ReloadOutlined, SyncOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { TopupTaskStatus } from '@mengyuan/domain';
import { ClaimTopupTaskDocument, TopupTasksDocument, type TopupTaskFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, Countdown, DateTime, errorMessage, PageHeader, urgencyOf, useNow, useFixedRight } from '@mengyuan/ui';
import { TaskActionModal, type TaskAction } from '../components/task-modals';
import { TopupProduct, TopupSettlement } from '../components/topup-offer';

const PAGE_SIZE = 20;
const POLL_MS = 5_000;
const STATUSES = Object.values(TopupTaskStatus);
const OPEN = new Set<TopupTaskStatus>([TopupTaskStatus.QUEUED, TopupTaskStatus.CLAIMED]);
const STATUS_COLOR: Record<TopupTaskStatus, string> = { QUEUED: 'gold', CLAIMED: 'processing', COMPLETED: 'success', FAILED: 'error', EXPIRED: 'default' };
/** Opaque (the fixed actions cell must hide what scrolls under it): light red past the deadline, light amber close to it. */
const ROW_BACKGROUND = { overdue: '#fff4f4', near: '#fff8e9', ok: undefined };

/** How many tasks wait in an open status (for the tab badges). */
function useOpenCount(status: TopupTaskStatus): number | undefined {
  const { data } = useQuery(TopupTasksDocument, { variables: { status, page: { offset: 0, limit: 1 } }, pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  return data?.topupTasks.totalCount;
}

/** 充值任务: the supplier's direct top-up queue with live deadlines; claim, complete with a reference, or fail. */
export default function TopupsPage() {
  const { t } = useTranslation();
  const fixedRight = useFixedRight();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const status = (STATUSES as string[]).includes(params.get('status') ?? '') ? (params.get('status') as TopupTaskStatus) : TopupTaskStatus.QUEUED;
  const [page, setPage] = useState(1);
  const now = useNow();
  const open = OPEN.has(status);
  const { data, loading, error, refetch } = useQuery(TopupTasksDocument, {
    variables: { status, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } },
    pollInterval: POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const queued = useOpenCount(TopupTaskStatus.QUEUED);
  const claimed = useOpenCount(TopupTaskStatus.CLAIMED);
  const [claim] = useMutation(ClaimTopupTaskDocument, { refetchQueries: [TopupTasksDocument] });
  const [claiming, setClaiming] = useState<string | null>(null);
  const [pending, setPending] = useState<TaskAction | null>(null);

  const onClaim = async (task: TopupTaskFieldsFragment) => {
    setClaiming(task.id);
    try {
      await claim({ variables: { id: task.id } });
      message.success(t('topups.claimed'));
    } catch (e) {
      message.error(errorMessage(t, e));
      void refetch();
    } finally {
      setClaiming(null);
    }
  };

  const tasks = data?.topupTasks.items ?? [];
  const count = (s: TopupTaskStatus) => (s === 'QUEUED' ? queued : s === 'CLAIMED' ? claimed : undefined);

  return (
    <>
      <PageHeader
        title={t('topups.title')}
        subtitle={t('topups.subtitle')}
        extra={
          <Flex align="center" gap={12}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <SyncOutlined spin={loading} style={{ marginInlineEnd: 6 }} />
              {t('topups.autoRefresh')}
            </Typography.Text>
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()}>
              {t('common.refresh')}
            </Button>
          </Flex>
        }
      />
      <Card styles={{ body: { paddingTop: 0 } }}>
        <Tabs
          activeKey={status}
          onChange={(k) => {
            setParams(k === TopupTaskStatus.QUEUED ? {} : { status: k }, { replace: true });
            setPage(1);
          }}
          items={STATUSES.map((s) => ({
            key: s,
            label: (
              <span data-testid={`topup-tab-${s}`}>
                {t(`topups.tab.${s}`)}
                {!!count(s) && <Badge count={count(s)} size="small" color={s === 'QUEUED' ? 'gold' : 'blue'} style={{ marginInlineStart: 6 }} />}
              </span>
            ),
          }))}
        />
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          <Table<TopupTaskFieldsFragment>
            rowKey="id"
            size="middle"
            data-testid="topup-table"
            dataSource={tasks}
            scroll={{ x: 1070 }}
            locale={{
              emptyText: (
                <Empty description={<Typography.Text strong>{t(`topups.empty.${status}`)}</Typography.Text>} data-testid="topup-empty">
                  <Typography.Paragraph type="secondary" style={{ maxWidth: 620, margin: '0 auto 12px' }}>
                    {open ? t('topups.emptyOpen') : t('topups.emptyDone')}
                  </Typography.Paragraph>
                  {open && <Link to="/offers">{t('topups.goOffers')}</Link>}
                </Empty>
              ),
            }}
            onRow={(task) => {
              const urgency = OPEN.has(task.status) ? urgencyOf(task.deadlineAt, now) : 'ok';
              return { 'data-task-id': task.id, 'data-account': task.rechargeAccount, 'data-status': task.status, 'data-urgency': urgency, style: { background: ROW_BACKGROUND[urgency] } } as object;
            }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.topupTasks.totalCount ?? 0, onChange: setPage, hideOnSinglePage: true, showTotal: (n) => t('common.total', { count: n }) }}
            columns={[
              {
                title: t('topups.account'),
                dataIndex: 'rechargeAccount',
                width: 180,
                render: (account: string, task) => (
                  <Flex vertical>
                    <Typography.Text strong copyable style={{ fontFamily: 'monospace', fontSize: 15 }} data-testid="topup-account">
                      {account}
                    </Typography.Text>
                    {open && (
                      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                        {task.claimedAt ? (
                          <>
                            {t('topups.claimedAt')} <DateTime value={task.claimedAt} format="HH:mm:ss" />
                          </>
                        ) : (
                          <>
                            {t('topups.createdAt')} <DateTime value={task.createdAt} format="HH:mm:ss" />
                          </>
                        )}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              },
              { title: t('topups.product'), dataIndex: 'offerId', width: 200, render: (id: string) => <TopupProduct offerId={id} /> },
              { title: t('topups.quantity'), dataIndex: 'quantity', width: 70, align: 'right' },
              { title: t('topups.settlement'), key: 'settlement', width: 100, align: 'right', render: (_, task) => <TopupSettlement offerId={task.offerId} quantity={task.quantity} /> },
              open
                ? { title: t('topups.deadline'), dataIndex: 'deadlineAt', width: 150, render: (v: string) => <Countdown deadlineAt={v} now={now} testId="topup-countdown" /> }
                : {
                    title: t('topups.result'),
                    key: 'result',
                    width: 240,
                    render: (_, task) =>
                      task.reference ? (
                        <Flex vertical>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {t('topups.reference')}
                          </Typography.Text>
                          <Typography.Text copyable style={{ fontFamily: 'monospace' }} data-testid="topup-reference-value">
                            {task.reference}
                          </Typography.Text>
                        </Flex>
                      ) : task.failureReason ? (
                        <Typography.Text type="danger">{task.failureReason}</Typography.Text>
                      ) : (
                        <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
                      ),
                  },
              {
                title: t('topups.statusLabel'),
                dataIndex: 'status',
                width: 120,
                render: (s: TopupTaskStatus) => (
                  <Tag color={STATUS_COLOR[s]} data-testid="topup-status" data-status={s} style={{ marginInlineEnd: 0 }}>
                    {t(`topups.status.${s}`)}
                  </Tag>
                ),
              },
              ...(open
                ? []
                : [{ title: t('topups.finishedAt'), dataIndex: 'finishedAt', width: 170, render: (v: string | null) => <DateTime value={v} /> }]),
              ...(open
                ? [
                    {
                      title: t('common.actions'),
                      key: 'actions',
                      fixed: fixedRight,
                      width: 250,
                      onCell: (task: TopupTaskFieldsFragment) => ({ style: { background: ROW_BACKGROUND[urgencyOf(task.deadlineAt, now)] } }),
                      // What can be done comes from the lifecycle table (possibleActions); EXPIRE is the deadline's, not a person's.
                      render: (_: unknown, task: TopupTaskFieldsFragment) => (
                        <Flex gap={8}>
                          {task.possibleActions.includes('CLAIM') && (
                            <Button size="small" loading={claiming === task.id} onClick={() => void onClaim(task)} data-testid="topup-claim">
                              {t('topups.claim')}
                            </Button>
                          )}
                          {task.possibleActions.includes('COMPLETE') && (
                            <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => setPending({ task, action: 'complete' })} data-testid="topup-complete">
                              {t('topups.complete')}
                            </Button>
                          )}
                          {task.possibleActions.includes('FAIL') && (
                            <Button size="small" danger icon={<CloseOutlined />} onClick={() => setPending({ task, action: 'fail' })} data-testid="topup-fail">
                              {t('topups.fail')}
                            </Button>
                          )}
                        </Flex>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </AsyncState>
      </Card>
      <TaskActionModal pending={pending} onClose={() => setPending(null)} />
    </>
  );
}
