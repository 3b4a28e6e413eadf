import { useState } from 'react';
import { Alert, App, Button, Card, Collapse, Flex, Form, Grid, Input, InputNumber, Modal, Select, Space, Table, Tabs, Tag, Typography, type ButtonProps } from 'antd';
import { ApiOutlined, PlusOutlined, SyncOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  CreateDockConnectorDocument,
  DockCallsDocument,
  DockConnectorsDocument,
  DockedGoodsDocument,
  DockGoodsDocument,
  DockHealthDocument,
  OffersDocument,
  SyncDockConnectorDocument,
  TestDockConnectorDocument,
  UpdateDockConnectorDocument,
  type DockConnectorFieldsFragment,
  type DockConnectorInput,
  type DockProtocol,
  type DockRounding,
} from '@mengyuan/graphql';
import { AsyncState, DateTime, errorMessage, Money, OfferStatusTag, PageHeader, useAuth } from '@mengyuan/ui';

/** 系统对接: a supplier docks its own system (Mengyuan supplier protocol v1), tests it, syncs goods, docks them to offers, reads the call log. */
export default function DockingPage() {
  const { t } = useTranslation();
  // On a phone the action column scrolls with the row: fixed, it would cover the connector's name.
  const phone = Grid.useBreakpoint().sm === false;
  const { message } = App.useApp();
  const { user } = useAuth();
  const allowed = !!user?.roles.some((r) => r === 'OWNER' || r === 'TECH');
  const { data, loading, error, refetch } = useQuery(DockConnectorsDocument, { skip: !allowed });
  const [testConnector] = useMutation(TestDockConnectorDocument);
  const [syncConnector] = useMutation(SyncDockConnectorDocument);
  const [update] = useMutation(UpdateDockConnectorDocument);
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  if (!allowed) {
    return (
      <>
        <PageHeader title={t('dock.title')} subtitle={t('dock.subtitle')} />
        <Alert type="info" showIcon title={t('dock.ownerOnly')} />
      </>
    );
  }

  const run = async (key: string, fn: () => Promise<void>) => {
    setBusy(key);
    try {
      await fn();
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setBusy(null);
    }
  };
  const onTest = (c: DockConnectorFieldsFragment) =>
    run(`test-${c.id}`, async () => {
      const r = (await testConnector({ variables: { id: c.id } })).data!.testDockConnector;
      if (r.ok) message.success(t('dock.testOk', { supplier: r.supplier, ms: r.latencyMs }));
      else message.error(t('dock.testFailed', { code: r.code, error: r.error }));
      await refetch();
    });
  const onSync = (c: DockConnectorFieldsFragment, full: boolean) =>
    run(`sync-${c.id}`, async () => {
      const r = (await syncConnector({ variables: { id: c.id, full } })).data!.syncDockConnector;
      if (r.error) message.error(t('dock.syncFailed', { error: r.error }));
      else message.success(t('dock.syncDone', { seen: r.seen, repriced: r.repriced, paused: r.paused, resumed: r.resumed }));
      setSelected(c.id);
      await refetch();
    });
  const onToggle = (c: DockConnectorFieldsFragment) =>
    run(`toggle-${c.id}`, async () => {
      await update({ variables: { id: c.id, input: { status: c.status === 'ACTIVE' ? 'DISABLED' : 'ACTIVE' } } });
      message.success(t('dock.saved'));
    });

  const connectors = data?.dockConnectors ?? [];
  return (
    <>
      <PageHeader
        title={t('dock.title')}
        subtitle={t('dock.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="dock-create">
            {t('dock.create')}
          </Button>
        }
      />
      <Flex vertical gap={16}>
        <Alert type="info" showIcon title={t('dock.protocolDoc')} />
        <ProtocolGuide />
        <Card title={t('dock.connectors')}>
          <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
            <Table<DockConnectorFieldsFragment>
              rowKey="id"
              size="middle"
              pagination={false}
              dataSource={connectors}
              data-testid="dock-connectors"
              scroll={{ x: 1100 }}
              locale={{ emptyText: t('dock.none') }}
              rowClassName={(c) => (c.id === selected ? 'ant-table-row-selected' : '')}
              onRow={(c) => ({ onClick: () => setSelected(c.id), 'data-name': c.name }) as object}
              columns={[
                {
                  title: t('dock.name'),
                  dataIndex: 'name',
                  render: (name: string, c) => (
                    <Flex vertical>
                      <Typography.Text strong>{name}</Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="dock-protocol">
                        {t(`dock.protocolValue.${c.protocol}`)}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>
                        {c.endpoint}
                      </Typography.Text>
                    </Flex>
                  ),
                },
                { title: t('dock.keyId'), dataIndex: 'keyId', width: 150, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
                {
                  title: t('dock.status'),
                  key: 'status',
                  width: 170,
                  render: (_, c) => (
                    <Space size={4} wrap>
                      <Tag color={c.status === 'ACTIVE' ? 'success' : 'default'}>{t(`dock.statusValue.${c.status}`)}</Tag>
                      <Tag color={c.breaker === 'CLOSED' ? 'blue' : 'error'} title={t('dock.breaker')}>
                        {t(`dock.breakerValue.${c.breaker}`, { defaultValue: c.breaker })}
                      </Tag>
                    </Space>
                  ),
                },
                {
                  title: t('dock.lastTest'),
                  key: 'lastTest',
                  width: 180,
                  render: (_, c) =>
                    c.lastTestAt ? (
                      <Space size={4}>
                        <Tag color={c.lastTestOk ? 'success' : 'error'}>{t(c.lastTestOk ? 'dock.ok' : 'dock.failed')}</Tag>
                        <DateTime value={c.lastTestAt} />
                      </Space>
                    ) : (
                      t('common.none')
                    ),
                },
                { title: t('dock.lastSync'), dataIndex: 'lastSyncAt', width: 170, render: (v: string | null) => (v ? <DateTime value={v} /> : t('common.none')) },
                {
                  title: t('common.actions'),
                  key: 'actions',
                  fixed: phone ? undefined : 'right',
                  width: 300,
                  render: (_, c) => (
                    <Flex gap={0} wrap onClick={(e) => e.stopPropagation()}>
                      <Button type="link" size="small" icon={<ApiOutlined />} loading={busy === `test-${c.id}`} onClick={() => void onTest(c)} data-testid="dock-test">
                        {t('dock.test')}
                      </Button>
                      <Button type="link" size="small" icon={<SyncOutlined />} loading={busy === `sync-${c.id}`} onClick={() => void onSync(c, false)} data-testid="dock-sync">
                        {t('dock.sync')}
                      </Button>
                      <Button type="link" size="small" onClick={() => void onSync(c, true)}>
                        {t('dock.fullSync')}
                      </Button>
                      <Button type="link" size="small" danger={c.status === 'ACTIVE'} loading={busy === `toggle-${c.id}`} onClick={() => void onToggle(c)}>
                        {t(c.status === 'ACTIVE' ? 'dock.disable' : 'dock.enable')}
                      </Button>
                    </Flex>
                  ),
                },
              ]}
            />
          </AsyncState>
        </Card>
        {selected ? <ConnectorDetail connectorId={selected} /> : connectors.length > 0 && <Alert type="info" title={t('dock.selectConnector')} />}
      </Flex>
      <CreateConnectorDialog open={creating} onClose={() => setCreating(false)} onCreated={(id) => setSelected(id)} />
    </>
  );
}

const ENDPOINTS: [method: string, path: string, key: string][] = [
  ['GET', '/v1/ping', 'ping'],
  ['GET', '/v1/goods?updated_after=&cursor=&limit=', 'goods'],
  ['GET', '/v1/goods/{id}/stock', 'stock'],
  ['POST', '/v1/orders', 'order'],
  ['GET', '/v1/orders/{orderId}', 'query'],
  ['GET', '/v1/orders?date=YYYY-MM-DD', 'list'],
  ['POST', '<callbackUrl>', 'callback'],
];

/** The protocol an upstream implements, in the supplier's language (the API guide of docking). */
function ProtocolGuide() {
  const { t } = useTranslation();
  return (
    <Collapse
      data-testid="dock-guide"
      items={[
        {
          key: 'guide',
          label: t('dock.guide.title'),
          children: (
            <Flex vertical gap={8}>
              <Typography.Paragraph style={{ marginBottom: 0 }}>{t('dock.guide.intro')}</Typography.Paragraph>
              <Typography.Paragraph style={{ marginBottom: 0 }}>{t('dock.guide.sign')}</Typography.Paragraph>
              <Table
                size="small"
                rowKey={(r) => r[1]}
                pagination={false}
                dataSource={ENDPOINTS}
                columns={[
                  { title: 'HTTP', key: 'm', width: 70, render: (_, r) => <Tag>{r[0]}</Tag> },
                  { title: t('dock.path'), key: 'p', width: 330, render: (_, r) => <Typography.Text code>{r[1]}</Typography.Text> },
                  { title: '', key: 'd', render: (_, r) => t(`dock.guide.${r[2]}`) },
                ]}
              />
              <Typography.Paragraph style={{ marginBottom: 0 }} data-testid="dock-guide-dujiao">
                {t('dock.guide.dujiao')}
              </Typography.Paragraph>
            </Flex>
          ),
        },
      ]}
    />
  );
}

function ConnectorDetail({ connectorId }: { connectorId: string }) {
  const { t } = useTranslation();
  const health = useQuery(DockHealthDocument, { variables: { connectorId } });
  const h = health.data?.day;
  const windows = health.data ? [health.data.day, health.data.week, health.data.month] : [];
  return (
    <Card
      extra={
        h && h.calls > 0 ? (
          <Typography.Text type="secondary" data-testid="dock-health">
            {t('dock.health', { calls: h.calls, rate: `${Math.round((h.okRate ?? 0) * 1000) / 10}%`, p50: h.p50Ms, p99: h.p99Ms })}
          </Typography.Text>
        ) : undefined
      }
    >
      <Tabs
        items={[
          { key: 'goods', label: t('dock.goods'), children: <GoodsTable connectorId={connectorId} /> },
          { key: 'calls', label: t('dock.calls'), children: <CallsTable connectorId={connectorId} /> },
          {
            key: 'health',
            label: t('dock.healthTab'),
            children: (
              <Flex vertical gap={8}>
                <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                  {t('dock.healthIntro')}
                </Typography.Paragraph>
                <Table
                  size="small"
                  rowKey="days"
                  pagination={false}
                  loading={health.loading}
                  dataSource={windows}
                  data-testid="dock-health-windows"
                  columns={[
                    { title: t('dock.healthWindow'), dataIndex: 'days', render: (d: number) => t('dock.healthDays', { count: d }) },
                    { title: t('dock.healthCalls'), dataIndex: 'calls' },
                    { title: t('dock.healthRate'), dataIndex: 'okRate', render: (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`) },
                    { title: 'P50', dataIndex: 'p50Ms', render: (v: number | null) => (v === null ? '—' : t('dock.healthMs', { ms: v })) },
                    { title: 'P95', dataIndex: 'p95Ms', render: (v: number | null) => (v === null ? '—' : t('dock.healthMs', { ms: v })) },
                  ]}
                />
              </Flex>
            ),
          },
        ]}
      />
    </Card>
  );
}

function GoodsTable({ connectorId }: { connectorId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(DockedGoodsDocument, { variables: { connectorId } });
  const offers = useQuery(OffersDocument, { variables: { filter: null, page: { offset: 0, limit: 100 } } });
  const [dock] = useMutation(DockGoodsDocument);
  const onDock = async (goodsId: string, offerId: string | null) => {
    try {
      await dock({ variables: { connectorId, goodsId, offerId } });
      message.success(t('dock.saved'));
      await refetch();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };
  const offerItems = offers.data?.offers.items ?? [];
  return (
    <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
      <Table
        rowKey="goodsId"
        size="small"
        dataSource={data?.dockedGoods ?? []}
        data-testid="dock-goods"
        scroll={{ x: 1200 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t('dock.goodsId'),
            dataIndex: 'goodsId',
            render: (id: string, g) => (
              <Flex vertical>
                <Typography.Text code>{id}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {g.name}
                </Typography.Text>
              </Flex>
            ),
          },
          { title: t('dock.kind'), dataIndex: 'kind', width: 100, render: (k: string) => <Tag>{t(`dock.kindValue.${k}`, { defaultValue: k })}</Tag> },
          { title: t('dock.price'), dataIndex: 'price', width: 110, render: (v: string) => <Money fen={v} /> },
          { title: t('dock.stock'), dataIndex: 'stock', width: 100, render: (v: number | null) => (v === null ? '—' : v) },
          {
            title: t('dock.upstreamStatus'),
            dataIndex: 'status',
            width: 100,
            render: (s: string) => <Tag color={s === 'ON_SALE' ? 'success' : 'default'}>{t(`dock.upstreamStatusValue.${s}`, { defaultValue: s })}</Tag>,
          },
          {
            title: t('dock.offer'),
            key: 'offer',
            width: 300,
            render: (_, g) => (
              <Select
                style={{ width: '100%' }}
                size="small"
                allowClear
                placeholder={t('dock.dockTo')}
                value={g.offerId ?? undefined}
                data-testid="dock-offer-select"
                onChange={(v: string | undefined) => void onDock(g.goodsId, v ?? null)}
                options={offerItems
                  .filter((o) => (g.kind === 'TOPUP') === (o.deliveryMode === 'DIRECT_TOPUP'))
                  .map((o) => ({ value: o.id, label: `${o.skuCode} · ${o.skuName}` }))}
              />
            ),
          },
          { title: t('dock.targetPrice'), dataIndex: 'targetPrice', width: 120, render: (v: string) => <Money fen={v} /> },
          {
            title: t('dock.offerPrice'),
            key: 'offerPrice',
            width: 170,
            render: (_, g) =>
              g.offerId ? (
                <Space size={4}>
                  <Money fen={g.offerPrice} />
                  {g.offerStatus && <OfferStatusTag status={g.offerStatus} />}
                  {g.drift && <Tag color="warning">{t('dock.drift')}</Tag>}
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('dock.noOffer')}</Typography.Text>
              ),
          },
        ]}
      />
    </AsyncState>
  );
}

function CallsTable({ connectorId }: { connectorId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const { data, loading, error, refetch } = useQuery(DockCallsDocument, { variables: { connectorId, page: { offset: (page - 1) * 20, limit: 20 } }, fetchPolicy: 'cache-and-network' });
  return (
    <AsyncState loading={loading && !data} error={error} hasData={!!data} onRetry={() => void refetch()}>
      <Table
        rowKey="id"
        size="small"
        dataSource={data?.dockCalls.items ?? []}
        data-testid="dock-calls"
        scroll={{ x: 900 }}
        pagination={{ current: page, pageSize: 20, total: data?.dockCalls.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
        expandable={{
          expandedRowRender: (c) => (
            <Flex gap={16} wrap>
              <div style={{ flex: 1, minWidth: 280 }}>
                <Typography.Text type="secondary">{t('dock.request')}</Typography.Text>
                <pre style={{ fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{JSON.stringify(c.request, null, 2)}</pre>
              </div>
              <div style={{ flex: 1, minWidth: 280 }}>
                <Typography.Text type="secondary">{t('dock.response')}</Typography.Text>
                <pre style={{ fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{JSON.stringify(c.response, null, 2)}</pre>
              </div>
            </Flex>
          ),
        }}
        columns={[
          { title: t('dock.at'), dataIndex: 'at', width: 170, render: (v: string) => <DateTime value={v} /> },
          { title: t('dock.direction'), dataIndex: 'direction', width: 150, render: (d: string) => t(`dock.directionValue.${d}`, { defaultValue: d }) },
          {
            title: t('dock.path'),
            key: 'path',
            render: (_, c) => (
              <Typography.Text style={{ fontFamily: 'monospace', fontSize: 12 }}>
                {c.method} {c.path}
              </Typography.Text>
            ),
          },
          { title: t('dock.httpStatus'), dataIndex: 'status', width: 70, render: (v: number | null) => v ?? '—' },
          { title: t('dock.latency'), dataIndex: 'latencyMs', width: 90, render: (v: number) => `${v} ms` },
          {
            title: t('dock.result'),
            key: 'ok',
            width: 220,
            render: (_, c) => (
              <Space size={4}>
                <Tag color={c.ok ? 'success' : 'error'}>{t(c.ok ? 'dock.ok' : 'dock.failed')}</Tag>
                {c.error && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: c.error }}>
                    {c.error}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
        ]}
      />
    </AsyncState>
  );
}

function CreateConnectorDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DockConnectorInput & { excludedText?: string }>();
  const [create, { loading }] = useMutation(CreateDockConnectorDocument, { refetchQueries: [DockConnectorsDocument] });
  const submit = async () => {
    const v = await form.validateFields();
    try {
      const { excludedText, ...input } = v;
      const excludedGoods = (excludedText ?? '').split(/[\s,，]+/).filter(Boolean);
      const created = (await create({ variables: { input: { ...input, excludedGoods } } })).data!.createDockConnector;
      message.success(t('dock.saved'));
      form.resetFields();
      onCreated(created.id);
      onClose();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };
  const roundings: DockRounding[] = ['FEN', 'JIAO', 'YUAN'];
  const protocols: DockProtocol[] = ['MENGYUAN', 'DUJIAO_NEXT'];
  const protocol = (Form.useWatch('protocol', form) ?? 'MENGYUAN') as DockProtocol;
  const dujiao = protocol === 'DUJIAO_NEXT';
  return (
    <Modal open={open} title={t('dock.create')} onCancel={onClose} onOk={() => void submit()} confirmLoading={loading} okButtonProps={{ 'data-testid': 'dock-create-submit' } as ButtonProps} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ protocol: 'MENGYUAN', timeoutMs: 2500, concurrency: 16, markupBp: 0, rounding: 'FEN' }}>
        <Form.Item name="name" label={t('dock.name')} rules={[{ required: true, max: 80 }]}>
          <Input data-testid="dock-name" />
        </Form.Item>
        <Form.Item name="protocol" label={t('dock.protocol')} extra={t('dock.protocolHint')}>
          <Select data-testid="dock-protocol-select" options={protocols.map((p) => ({ value: p, label: t(`dock.protocolValue.${p}`) }))} />
        </Form.Item>
        <Form.Item name="endpoint" label={t('dock.endpoint')} extra={t(dujiao ? 'dock.endpointHintDujiao' : 'dock.endpointHint')} rules={[{ required: true, type: 'url' }]}>
          <Input data-testid="dock-endpoint" placeholder="https://" />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="keyId" label={t(dujiao ? 'dock.keyIdDujiao' : 'dock.keyId')} rules={[{ required: true, max: 64 }]} style={{ flex: 1 }}>
            <Input data-testid="dock-key-id" />
          </Form.Item>
          <Form.Item name="secret" label={t('dock.secret')} extra={t(dujiao ? 'dock.secretHintDujiao' : 'dock.secretHint')} rules={[{ required: true, min: 16, max: 200 }]} style={{ flex: 1 }}>
            <Input.Password data-testid="dock-secret" autoComplete="new-password" />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item name="timeoutMs" label={t('dock.timeoutMs')} style={{ flex: 1 }}>
            <InputNumber min={100} max={30000} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="concurrency" label={t('dock.concurrency')} style={{ flex: 1 }}>
            <InputNumber min={1} max={256} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item name="markupBp" label={t('dock.markupBp')} extra={t('dock.markupHint')} style={{ flex: 1 }}>
            <InputNumber min={-5000} max={10000} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="rounding" label={t('dock.rounding')} style={{ flex: 1 }}>
            <Select options={roundings.map((r) => ({ value: r, label: t(`dock.roundingValue.${r}`) }))} />
          </Form.Item>
        </Flex>
        <Form.Item name="excludedText" label={t('dock.excluded')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
