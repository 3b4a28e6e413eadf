import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Space, Tabs, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ButtonProps } from 'antd';
import { formatFen, parseFen, ratioBasisPoints, RiskEventStatus } from '@mengyuan/domain';
import { DecideRiskEventDocument, OfferBriefDocument, RiskEventsDocument, type RiskEventFieldsFragment } from '@mengyuan/graphql';
import { OrgName } from '../../orders/components/order-parts';
import { AsyncState, DateTime, errorMessage, formatBasisPoints, formatDateTime, PageHeader, ResponsiveTable, RiskStatusTag, RiskTypeTag, useAuth } from '@mengyuan/ui';

const PAGE_SIZE = 20;
type Decision = 'CONFIRMED' | 'DISMISSED';

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** An offer by the product it sells (a skeleton "…" while it loads, never its id). */
function OfferSku({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(OfferBriefDocument, { variables: { id } });
  const offer = data?.offer;
  return <span data-testid="risk-offer">{t('risk.detail.offer', { sku: offer ? `${offer.skuName} · ${offer.skuCode}` : '…' })}</span>;
}

/** The event's details for people; unknown shapes fall back to JSON. */
function Details({ event }: { event: RiskEventFieldsFragment }) {
  const { t } = useTranslation();
  const d = (event.details ?? {}) as Record<string, unknown>;
  if (event.type === 'BLACK_CARD_SUSPECTED') {
    const others = Array.isArray(d.otherSupplierIds) ? d.otherSupplierIds.length : 0;
    return (
      <Flex vertical>
        <Typography.Text type="danger" strong>
          {t('risk.detail.duplicates', { count: Number(d.duplicates ?? 0) })}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('risk.detail.otherSuppliers', { count: others })}
          {d.offerId ? <> · <OfferSku id={str(d.offerId)} /></> : null}
        </Typography.Text>
      </Flex>
    );
  }
  if (event.type === 'LOW_PRICE_OFFER' && typeof d.faceValue === 'string' && typeof d.settlementPrice === 'string') {
    let ratio = '';
    try {
      const face = parseFen(d.faceValue);
      ratio = face === 0n ? '' : formatBasisPoints(ratioBasisPoints(parseFen(d.settlementPrice), face));
    } catch {
      ratio = '';
    }
    return (
      <Typography.Text>
        {t('risk.detail.lowPrice', { sku: str(d.skuCode), price: formatFen(d.settlementPrice), face: formatFen(d.faceValue), ratio, floor: Number(d.floorBp ?? 0) / 100 })}
      </Typography.Text>
    );
  }
  if (event.type === 'LARGE_ORDER' && typeof d.total === 'string') {
    return <Typography.Text>{t('risk.detail.largeOrder', { total: formatFen(d.total), threshold: typeof d.thresholdFen === 'string' ? formatFen(d.thresholdFen) : '—' })}</Typography.Text>;
  }
  if (event.type === 'SUPPLIER_NOT_DELIVERING') {
    const last = typeof d.lastDeliveredAt === 'string' ? formatDateTime(d.lastDeliveredAt, 'YYYY-MM-DD HH:mm') : t('common.none');
    return <Typography.Text>{t('risk.detail.notDelivering', { offers: Number(d.liveOffers ?? 0), days: Number(d.days ?? 0), last })}</Typography.Text>;
  }
  if (event.type === 'SHARED_DEVICE') {
    return <Typography.Text>{t('risk.detail.sharedDevice', { count: Number(d.members ?? 0) })}</Typography.Text>;
  }
  return <Typography.Text code style={{ fontSize: 12 }}>{JSON.stringify(d)}</Typography.Text>;
}

/** The subject by what people know it as: the order (opened in the orders page), the offer's product code. */
function Subject({ event: e }: { event: RiskEventFieldsFragment }) {
  const { t } = useTranslation();
  const d = (e.details ?? {}) as Record<string, unknown>;
  const kind = t(`risk.subjectType.${e.subjectType}`, { defaultValue: t('audit.otherSubject') });
  if (e.subjectType === 'order') return <Link to={`/orders?order=${e.subjectId}`}>{t('risk.detail.viewOrder')}</Link>;
  if (typeof d.skuCode === 'string') return <Typography.Text>{`${kind} · ${d.skuCode}`}</Typography.Text>;
  return <Typography.Text type="secondary">{kind}</Typography.Text>;
}


function DecideModal({ decide, onClose }: { decide: { event: RiskEventFieldsFragment; decision: Decision } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const [error, setError] = useState<unknown>(null);
  const [mutate, { loading }] = useMutation(DecideRiskEventDocument, { refetchQueries: [RiskEventsDocument], awaitRefetchQueries: true });
  const close = () => {
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!decide) return;
    let v: { note: string };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setError(null);
    try {
      await mutate({ variables: { id: decide.event.id, decision: decide.decision, note: v.note.trim() } });
      message.success(t('risk.decided'));
      close();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Modal
      open={!!decide}
      title={decide ? t(`risk.decideTitle_${decide.decision}`) : ''}
      onCancel={close}
      onOk={() => void submit()}
      okText={decide ? t(decide.decision === 'CONFIRMED' ? 'risk.confirm' : 'risk.dismiss') : ''}
      okButtonProps={{ danger: decide?.decision === 'CONFIRMED', 'data-testid': 'risk-decide-submit' } as ButtonProps}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      destroyOnHidden
    >
      {decide && (
        <>
          <Alert type={decide.decision === 'CONFIRMED' ? 'warning' : 'info'} showIcon title={t(`risk.decideHint_${decide.decision}`)} style={{ marginBottom: 12 }} />
          <Card size="small" style={{ marginBottom: 16 }}>
            <Space direction="vertical" size={4}>
              <RiskTypeTag type={decide.event.type} />
              <Details event={decide.event} />
            </Space>
          </Card>
        </>
      )}
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="note" label={t('risk.note')} rules={[{ required: true, whitespace: true, message: t('risk.noteRequired') }, { max: 500 }]}>
          <Input.TextArea rows={4} maxLength={500} showCount data-testid="risk-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 风控事件: black-card suspicions and low-price offers; admins confirm or dismiss with a note. */
export default function RiskPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const isAdmin = !!user?.roles.includes('ADMIN');
  const [status, setStatus] = useState<RiskEventStatus>('OPEN');
  const [page, setPage] = useState(1);
  const [decide, setDecide] = useState<{ event: RiskEventFieldsFragment; decision: Decision } | null>(null);
  const { data, loading, error, refetch } = useQuery(RiskEventsDocument, { variables: { status, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } }, notifyOnNetworkStatusChange: true });

  return (
    <>
      <PageHeader
        title={t('risk.title')}
        subtitle={t('risk.subtitle')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void refetch()}>
            {t('common.refresh')}
          </Button>
        }
      />
      {!isAdmin && <Alert type="info" showIcon title={t('risk.adminOnly')} style={{ marginBottom: 16 }} />}
      <Card styles={{ body: { paddingTop: 0 } }}>
        <Tabs
          activeKey={status}
          onChange={(k) => {
            setStatus(k as RiskEventStatus);
            setPage(1);
          }}
          items={Object.values(RiskEventStatus).map((s) => ({ key: s, label: t(`risk.tab.${s}`) }))}
        />
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          <ResponsiveTable<RiskEventFieldsFragment>
            rowKey="id"
            size="middle"
            data-testid="risk-table"
            loading={loading && !!data}
            dataSource={data?.riskEvents.items ?? []}
            locale={{ emptyText: t('risk.empty') }}
            scroll={{ x: 1000 }}
            onRow={(e) => ({ 'data-type': e.type }) as object}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.riskEvents.totalCount ?? 0, onChange: setPage, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
            columns={[
              { title: t('risk.type'), dataIndex: 'type', width: 120, render: (_, e) => <RiskTypeTag type={e.type} /> },
              { title: t('risk.details'), key: 'details', render: (_, e) => <Details event={e} /> },
              { title: t('risk.subject'), key: 'subject', width: 150, render: (_, e) => <Subject event={e} /> },
              {
                title: t('risk.organization'),
                dataIndex: 'organizationId',
                width: 180,
                render: (id: string | null, e) => (id ? <OrgName id={id} kind={e.type === 'LARGE_ORDER' || e.type === 'SHARED_DEVICE' ? 'MEMBER' : 'SUPPLIER'} /> : t('common.none')),
              },
              { title: t('risk.createdAt'), dataIndex: 'createdAt', width: 170, responsive: ['md'], render: (v: string) => <DateTime value={v} /> },
              ...(status === 'OPEN' && !isAdmin
                ? []
                : status === 'OPEN'
                ? [
                    {
                      title: t('common.actions'),
                      key: 'actions',
                      width: 190,
                      render: (_: unknown, e: RiskEventFieldsFragment) =>
                        isAdmin ? (
                          <Space size={4}>
                            <Button size="small" danger onClick={() => setDecide({ event: e, decision: 'CONFIRMED' })} data-testid="risk-confirm">
                              {t('risk.confirm')}
                            </Button>
                            <Button size="small" onClick={() => setDecide({ event: e, decision: 'DISMISSED' })} data-testid="risk-dismiss">
                              {t('risk.dismiss')}
                            </Button>
                          </Space>
                        ) : null,
                    },
                  ]
                : [
                    { title: t('risk.decision'), key: 'decision', width: 220, render: (_: unknown, e: RiskEventFieldsFragment) => <Flex vertical gap={2} align="start"><RiskStatusTag status={e.status} /><Typography.Text type="secondary" style={{ fontSize: 12 }}>{e.decisionNote}</Typography.Text></Flex> },
                    { title: t('risk.decidedAt'), dataIndex: 'decidedAt', width: 170, render: (v: string | null) => <DateTime value={v} /> },
                  ]),
            ]}
          />
        </AsyncState>
      </Card>
      <DecideModal decide={decide} onClose={() => setDecide(null)} />
    </>
  );
}
