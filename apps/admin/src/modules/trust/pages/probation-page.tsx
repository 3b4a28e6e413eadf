import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Progress, Switch, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ProbationMeasure, ProbationStatus } from '@mengyuan/domain';
import { PassProbationDocument, ProbationWatchListDocument, type ProbationWatchFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, ContrastTheme, DateTime, errorMessage, PageHeader, ProbationStatusTag, ResponsiveTable, useAuth, useFixedRight } from '@mengyuan/ui';

type Measure = ProbationWatchFieldsFragment['measures'][number];

/** A measure's value in its own unit: a rate in %, the slowest first response in minutes, the largest move in %. */
function measureValue(t: TFunction, m: Measure): string {
  if (m.value === null || m.value === undefined) return t('scoreAdmin.probation.noData');
  if (m.measure === 'FULFILMENT_SUCCESS') return t('scoreAdmin.probation.valueRate', { value: (m.value * 100).toFixed(1) });
  if (m.measure === 'FIRST_RESPONSE') return t('scoreAdmin.probation.valueMinutes', { value: (m.value / 60).toFixed(1) });
  if (m.measure === 'SLA_BREACHES') return t('scoreAdmin.probation.valueBreaches', { value: m.value });
  if (m.measure === 'DELIVERY_TIME') return t('scoreAdmin.probation.valueSlow', { value: m.value });
  return t('scoreAdmin.probation.valueBp', { value: (m.value / 100).toFixed(2) });
}

function MeasureLine({ m }: { m: Measure }) {
  const { t } = useTranslation();
  return (
    <Flex gap={6} align="center" data-testid="probation-measure" data-measure={m.measure} data-passing={String(m.passing)}>
      {m.passing ? <CheckCircleFilled style={{ color: '#237804' }} aria-hidden /> : <CloseCircleFilled style={{ color: '#a8071a' }} aria-hidden />}
      <Typography.Text style={{ color: m.passing ? '#135200' : '#a8071a' }} strong>
        {m.passing ? t('scoreAdmin.probation.pass') : t('scoreAdmin.probation.fail')}
      </Typography.Text>
      <Typography.Text>{t(`score.probationMeasure.${m.measure}`)}</Typography.Text>
      <Typography.Text style={{ fontSize: 12 }}>（{measureValue(t, m)}）</Typography.Text>
    </Flex>
  );
}

/** 试单观察: probation suppliers with progress n/20 and each measure; flagged ones may be passed anyway by an admin. */
export default function ProbationPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const fixedRight = useFixedRight();
  const isAdmin = !!useAuth().user?.roles.includes('ADMIN');
  const [includePassed, setIncludePassed] = useState(false);
  const [passing, setPassing] = useState<ProbationWatchFieldsFragment | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const [err, setErr] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(ProbationWatchListDocument, { variables: { includePassed }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const [pass, { loading: saving }] = useMutation(PassProbationDocument, { refetchQueries: ['ProbationWatchList', 'SupplierScorecards'] });

  const submit = async () => {
    const { reason } = await form.validateFields();
    if (!passing) return;
    try {
      setErr(null);
      await pass({ variables: { organizationId: passing.organizationId, reason: reason.trim() } });
      message.success(t('scoreAdmin.probation.passed'));
      setPassing(null);
    } catch (e) {
      setErr(errorMessage(t, e));
    }
  };

  return (
    <ContrastTheme>
      <PageHeader level={1} title={t('scoreAdmin.probation.title')} subtitle={t('scoreAdmin.probation.subtitle')} />
      <Card
        extra={
          <Flex gap={12} align="center">
            <Flex gap={6} align="center">
              <Switch id="probation-include-passed" checked={includePassed} onChange={setIncludePassed} aria-label={t('scoreAdmin.probation.includePassed')} />
              <label htmlFor="probation-include-passed">{t('scoreAdmin.probation.includePassed')}</label>
            </Flex>
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
          </Flex>
        }
      >
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          <ResponsiveTable<ProbationWatchFieldsFragment>
            rowKey="organizationId"
            size="middle"
            data-testid="probation-table"
            dataSource={data?.probationWatchList ?? []}
            loading={loading && !!data}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
            scroll={{ x: 1000 }}
            locale={{ emptyText: t('scoreAdmin.probation.empty') }}
            onRow={(w) => ({ 'data-org': w.organizationId, 'data-status': w.status }) as object}
            columns={[
              {
                title: t('scoreAdmin.probation.supplier'),
                dataIndex: 'organizationName',
                width: 220,
                render: (n: string, w) => (
                  <Flex vertical gap={4}>
                    <Typography.Text strong>{n}</Typography.Text>
                    <ProbationStatusTag status={w.status as ProbationStatus} />
                  </Flex>
                ),
              },
              {
                title: t('scoreAdmin.probation.progress'),
                key: 'progress',
                width: 200,
                render: (_, w) => (
                  <Flex vertical gap={2} data-testid="probation-progress" data-orders={w.orders} data-target={w.target}>
                    <Typography.Text>{t('scoreAdmin.probation.progressN', { n: w.orders, target: w.target })}</Typography.Text>
                    <Progress percent={Math.min(100, Math.round((w.orders / Math.max(1, w.target)) * 100))} showInfo={false} size="small" aria-label={t('scoreAdmin.probation.progressN', { n: w.orders, target: w.target })} />
                  </Flex>
                ),
              },
              {
                title: t('scoreAdmin.probation.measures'),
                key: 'measures',
                render: (_, w) => (
                  <Flex vertical gap={4}>
                    {w.measures.map((m) => (
                      <MeasureLine key={m.measure} m={m} />
                    ))}
                  </Flex>
                ),
              },
              { title: t('scoreAdmin.probation.startedAt'), dataIndex: 'startedAt', width: 170, render: (v: string) => <DateTime value={v} format="YYYY-MM-DD HH:mm" /> },
              ...(isAdmin
                ? [
                    {
                      title: t('common.actions'),
                      key: 'actions',
                      fixed: fixedRight,
                      width: 110,
                      render: (_: unknown, w: ProbationWatchFieldsFragment) =>
                        w.status === 'FLAGGED' ? (
                          <Button size="small" onClick={() => setPassing(w)} data-testid="pass-anyway">
                            {t('scoreAdmin.probation.passAnyway')}
                          </Button>
                        ) : null,
                    },
                  ]
                : []),
            ]}
          />
        </AsyncState>
      </Card>
      <Modal
        open={!!passing}
        title={t('scoreAdmin.probation.passTitle', { name: passing?.organizationName ?? '' })}
        okText={t('scoreAdmin.probation.passAnyway')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: saving, 'data-testid': 'pass-anyway-confirm' }}
        onOk={() => void submit()}
        onCancel={() => setPassing(null)}
        destroyOnHidden
      >
        {passing && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('scoreAdmin.probation.passHint', { failing: passing.failing.map((f: ProbationMeasure) => t(`score.probationMeasure.${f}`)).join('；') || t('common.none') })}
          />
        )}
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={t('scoreAdmin.run.reason')} rules={[{ required: true, whitespace: true, message: t('scoreAdmin.run.reasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('scoreAdmin.run.reasonPlaceholder')} />
          </Form.Item>
        </Form>
        {err && <Alert type="error" showIcon title={err} />}
      </Modal>
    </ContrastTheme>
  );
}
