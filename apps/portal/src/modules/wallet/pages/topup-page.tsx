import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Flex, Form, Input, InputNumber, QRCode, Radio, Result, Row, Select, Statistic, Table, Tabs, Typography, Upload, type UploadFile } from 'antd';
import { CheckCircleFilled, LinkOutlined, PaperClipOutlined, ReloadOutlined, WalletOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatFen, yuanToFen } from '@mengyuan/domain';
import {
  BankAccountsDocument,
  CancelTopupRequestDocument,
  CreatePaymentDocument,
  PaymentChannelOptionsDocument,
  PaymentDocument,
  PaymentsDocument,
  RequestTopupDocument,
  TopupRequestsDocument,
  WalletBalanceDocument,
} from '@mengyuan/graphql';
import { AsyncState, DateTime, FileRequestError, MAX_DOCUMENT_BYTES, PageHeader, PayFlagTag, PayStatusTag, errorMessage, uploadFile, useAuth } from '@mengyuan/ui';

const PAGE_SIZE = 10;

/** Yuan as typed (at most two decimals) to fen, or null. */
function fenOf(yuan: string | null | undefined): string | null {
  try {
    const fen = yuanToFen(String(yuan ?? ''));
    return fen > 0n ? fen.toString() : null;
  } catch {
    return null;
  }
}

function Amount({ fen }: { fen: string }) {
  return <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{formatFen(fen)}</span>;
}

/** Paying online: choose a channel and an amount, scan the QR code (or open the gateway's page), watch it arrive. */
function OnlinePayment({ onPaid }: { onPaid: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const channels = useQuery(PaymentChannelOptionsDocument);
  const [form] = Form.useForm<{ channelId: string; amount: string }>();
  const [create, created] = useMutation(CreatePaymentDocument);
  const [paymentId, setPaymentId] = useState<string | null>(null);
  const payment = useQuery(PaymentDocument, { variables: { id: paymentId ?? '' }, skip: !paymentId, pollInterval: 2000, fetchPolicy: 'network-only' });
  const p = payment.data?.payment;
  useEffect(() => {
    if (p && p.status !== 'CREATED') payment.stopPolling();
    if (p?.status === 'PAID') onPaid();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [p?.status]);
  const options = channels.data?.paymentChannelOptions ?? [];

  const submit = async (values: { channelId: string; amount: string }) => {
    const amount = fenOf(values.amount);
    if (!amount) return;
    try {
      const res = await create({ variables: { input: { channelId: values.channelId, amount } } });
      setPaymentId(res.data?.createPayment.id ?? null);
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

  return (
    <AsyncState loading={channels.loading} error={channels.error} hasData={!!channels.data} onRetry={() => void channels.refetch()} empty={options.length === 0} emptyText={t('topup.noChannels')}>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={12}>
          <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ channelId: options[0]?.id }} requiredMark={false}>
            <Form.Item name="channelId" label={t('topup.channel')} rules={[{ required: true, message: t('topup.channelRequired') }]}>
              <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                {options.map((c) => (
                  <Radio key={c.id} value={c.id} data-testid={`channel-${c.kind}`}>
                    {c.name} · <Typography.Text type="secondary">{t(`pay.channelKind.${c.kind}`)} · {t(`pay.mode.${c.mode}`)}</Typography.Text>
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
            <Form.Item
              name="amount"
              label={t('topup.amountYuan')}
              rules={[{ required: true, message: t('topup.amountRequired') }, { validator: (_, v) => (v === undefined || v === null || v === '' || fenOf(String(v)) ? Promise.resolve() : Promise.reject(new Error(t('topup.amountInvalid')))) }]}
            >
              <InputNumber<string> stringMode min="1" max="1000000" precision={2} prefix="¥" style={{ width: '100%' }} data-testid="topup-amount" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={created.loading} data-testid="create-payment">
              {t('topup.payNow')}
            </Button>
          </Form>
        </Col>
        <Col xs={24} lg={12}>
          {!p && <Alert type="info" showIcon title={t('topup.howOnline')} description={t('topup.howOnlineBody')} />}
          {p && p.status === 'CREATED' && (
            <Card data-testid="payment-pending" data-payment={p.id}>
              <Flex vertical align="center" gap={12}>
                <Typography.Text strong>{t('topup.scan', { channel: p.channelName })}</Typography.Text>
                <Statistic value={formatFen(p.amount)} />
                {p.qrCode ? <QRCode value={p.qrCode} size={200} bordered={false} aria-label={t('topup.qrLabel')} /> : null}
                <Button icon={<LinkOutlined />} href={p.qrCode ?? p.payUrl ?? undefined} target="_blank" rel="noopener" data-testid="open-cashier">
                  {t(p.payUrl ? 'topup.openPage' : 'topup.openCashier')}
                </Button>
                <Typography.Text type="secondary">
                  {t('topup.waiting')} <DateTime value={p.expiresAt} />
                </Typography.Text>
              </Flex>
            </Card>
          )}
          {p && p.status === 'PAID' && (
            <Result status="success" icon={<CheckCircleFilled />} title={t('topup.paid', { amount: formatFen(p.amount) })} subTitle={p.late ? t('topup.paidLate') : t('topup.paidSub')} data-testid="payment-paid" />
          )}
          {p && (p.status === 'EXPIRED' || p.status === 'FAILED') && (
            <Result status="warning" title={t(`pay.paymentStatus.${p.status}`)} subTitle={p.status === 'EXPIRED' ? t('topup.expiredSub') : (p.failure ?? '')} extra={<Button onClick={() => setPaymentId(null)}>{t('topup.again')}</Button>} />
          )}
        </Col>
      </Row>
    </AsyncState>
  );
}

/** Telling finance about a bank transfer: to which account, how much, its reference and its receipt. */
function BankTransfer({ onSent }: { onSent: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { manager } = useAuth();
  const accounts = useQuery(BankAccountsDocument);
  const [form] = Form.useForm<{ bankAccountId?: string; amount: string; transferReference: string; note?: string }>();
  const [receipt, setReceipt] = useState<UploadFile[]>([]);
  const [request, requested] = useMutation(RequestTopupDocument);
  const list = accounts.data?.bankAccounts ?? [];

  const submit = async (v: { bankAccountId?: string; amount: string; transferReference: string; note?: string }) => {
    const amount = fenOf(v.amount);
    if (!amount) return;
    const receiptFileId = receipt.find((f) => f.status === 'done')?.response?.id as string | undefined;
    try {
      const res = await request({ variables: { input: { amount, transferReference: v.transferReference, bankAccountId: v.bankAccountId ?? null, receiptFileId: receiptFileId ?? null, note: v.note || null } } });
      const r = res.data?.requestTopup;
      message.success(r?.duplicateOfId ? t('topup.sentDuplicate') : t('topup.sent'));
      form.resetFields();
      setReceipt([]);
      onSent();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

  return (
    <AsyncState loading={accounts.loading} error={accounts.error} hasData={!!accounts.data} onRetry={() => void accounts.refetch()}>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={11}>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('topup.accounts')}
          </Typography.Title>
          {list.length === 0 ? (
            <Empty description={t('topup.noAccounts')} />
          ) : (
            list.map((a) => (
              <Descriptions key={a.id} size="small" bordered column={1} style={{ marginBottom: 12 }} data-testid="bank-account">
                <Descriptions.Item label={t('topup.bank')}>{[a.bankName, a.branch].filter(Boolean).join(' · ')}</Descriptions.Item>
                <Descriptions.Item label={t('topup.accountName')}>{a.accountName}</Descriptions.Item>
                <Descriptions.Item label={t('topup.accountNo')}>
                  <Typography.Text copyable style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {a.accountNo}
                  </Typography.Text>
                </Descriptions.Item>
                {a.note && <Descriptions.Item label={t('topup.accountNote')}>{a.note}</Descriptions.Item>}
              </Descriptions>
            ))
          )}
        </Col>
        <Col xs={24} lg={13}>
          <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
            <Form.Item name="bankAccountId" label={t('topup.toAccount')}>
              <Select allowClear options={list.map((a) => ({ value: a.id, label: `${a.bankName} ${a.accountNo}` }))} placeholder={t('topup.toAccountPlaceholder')} />
            </Form.Item>
            <Form.Item
              name="amount"
              label={t('topup.amountYuan')}
              rules={[{ required: true, message: t('topup.amountRequired') }, { validator: (_, v) => (v === undefined || v === null || v === '' || fenOf(String(v)) ? Promise.resolve() : Promise.reject(new Error(t('topup.amountInvalid')))) }]}
            >
              <InputNumber<string> stringMode min="1" precision={2} prefix="¥" style={{ width: '100%' }} data-testid="transfer-amount" />
            </Form.Item>
            <Form.Item name="transferReference" label={t('topup.reference')} extra={t('topup.referenceHelp')} rules={[{ required: true, min: 4, max: 64, message: t('topup.referenceRequired') }]}>
              <Input maxLength={64} data-testid="transfer-reference" />
            </Form.Item>
            <Form.Item label={t('topup.receipt')} extra={t('topup.receiptHelp')}>
              <Upload
                fileList={receipt}
                maxCount={1}
                accept="image/png,image/jpeg,application/pdf"
                beforeUpload={(file) => (file.size > MAX_DOCUMENT_BYTES ? (message.error(t('errors.PAYLOAD_TOO_LARGE')), Upload.LIST_IGNORE) : true)}
                customRequest={({ file, onProgress, onSuccess, onError }) => {
                  uploadFile(manager, file as File, (percent) => onProgress?.({ percent }))
                    .then((uploaded) => onSuccess?.(uploaded))
                    .catch((error: unknown) => {
                      message.error(t(`errors.${error instanceof FileRequestError ? error.code : 'UNKNOWN'}`, { defaultValue: t('errors.UNKNOWN') }));
                      onError?.(error as Error);
                    });
                }}
                onChange={({ fileList }) => setReceipt(fileList.filter((f) => f.status !== 'error'))}
              >
                <Button icon={<PaperClipOutlined />} data-testid="attach-receipt">
                  {t('topup.attachReceipt')}
                </Button>
              </Upload>
            </Form.Item>
            <Form.Item name="note" label={t('topup.note')}>
              <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={requested.loading} data-testid="submit-transfer">
              {t('topup.submitTransfer')}
            </Button>
          </Form>
        </Col>
      </Row>
    </AsyncState>
  );
}

/** The member's top-up requests and online payments, newest first, each with its status. */
function History() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [reqPage, setReqPage] = useState(1);
  const [payPage, setPayPage] = useState(1);
  const requests = useQuery(TopupRequestsDocument, { variables: { filter: null, page: { offset: (reqPage - 1) * PAGE_SIZE, limit: PAGE_SIZE } }, fetchPolicy: 'cache-and-network' });
  const payments = useQuery(PaymentsDocument, { variables: { filter: null, page: { offset: (payPage - 1) * PAGE_SIZE, limit: PAGE_SIZE } }, fetchPolicy: 'cache-and-network' });
  const [cancel] = useMutation(CancelTopupRequestDocument);
  return (
    <Flex vertical gap={24}>
      <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('topup.requests')}</Typography.Title>} size="small">
        <AsyncState loading={requests.loading && !requests.data} error={requests.error} hasData={!!requests.data} onRetry={() => void requests.refetch()}>
          <Table
            rowKey="id"
            size="small"
            scroll={(requests.data?.topupRequests.items ?? []).length ? { x: 760 } : undefined}
            dataSource={requests.data?.topupRequests.items ?? []}
            locale={{ emptyText: t('topup.noRequests') }}
            pagination={{ current: reqPage, pageSize: PAGE_SIZE, total: requests.data?.topupRequests.totalCount ?? 0, onChange: setReqPage, showSizeChanger: false }}
            columns={[
              { title: t('topup.number'), dataIndex: 'number' },
              { title: t('topup.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => <Amount fen={v} /> },
              { title: t('topup.reference'), dataIndex: 'transferReference', render: (v: string) => <Typography.Text copyable>{v}</Typography.Text> },
              {
                title: t('topup.status'),
                key: 'status',
                render: (_, r) => (
                  <Flex gap={4} wrap>
                    <PayStatusTag kind="topupStatus" status={r.status} />
                    {r.duplicateOfId && <PayFlagTag flag="duplicate" />}
                  </Flex>
                ),
              },
              { title: t('topup.rejectReason'), dataIndex: 'rejectReason', render: (v: string | null) => v ?? '' },
              { title: t('topup.createdAt'), dataIndex: 'createdAt', render: (v: string) => <DateTime value={v} /> },
              {
                title: t('topup.actions'),
                key: 'actions',
                render: (_, r) =>
                  r.status === 'PENDING' ? (
                    <Button
                      size="small"
                      onClick={() =>
                        void cancel({ variables: { id: r.id } })
                          .then(() => requests.refetch())
                          .catch((e: unknown) => message.error(errorMessage(t, e)))
                      }
                    >
                      {t('topup.cancel')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        </AsyncState>
      </Card>
      <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('topup.payments')}</Typography.Title>} size="small">
        <AsyncState loading={payments.loading && !payments.data} error={payments.error} hasData={!!payments.data} onRetry={() => void payments.refetch()}>
          <Table
            rowKey="id"
            size="small"
            scroll={(payments.data?.payments.items ?? []).length ? { x: 760 } : undefined}
            dataSource={payments.data?.payments.items ?? []}
            locale={{ emptyText: t('topup.noPayments') }}
            pagination={{ current: payPage, pageSize: PAGE_SIZE, total: payments.data?.payments.totalCount ?? 0, onChange: setPayPage, showSizeChanger: false }}
            columns={[
              { title: t('topup.channel'), key: 'channel', render: (_, p) => `${p.channelName} · ${t(`pay.channelKind.${p.channelKind}`)}` },
              { title: t('topup.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => <Amount fen={v} /> },
              { title: t('topup.feeBorne'), dataIndex: 'fee', align: 'right', render: (v: string) => <Amount fen={v} /> },
              {
                title: t('topup.status'),
                key: 'status',
                render: (_, p) => (
                  <Flex gap={4} wrap>
                    <PayStatusTag kind="paymentStatus" status={p.status} />
                    {p.late && <PayFlagTag flag="late" />}
                  </Flex>
                ),
              },
              { title: t('topup.outTradeNo'), dataIndex: 'outTradeNo', render: (v: string) => <Typography.Text copyable>{v}</Typography.Text> },
              { title: t('topup.createdAt'), dataIndex: 'createdAt', render: (v: string) => <DateTime value={v} /> },
              { title: t('topup.paidAt'), dataIndex: 'paidAt', render: (v: string | null) => (v ? <DateTime value={v} /> : '') },
            ]}
          />
        </AsyncState>
      </Card>
    </Flex>
  );
}

/** 充值: fund the wallet online (QR or gateway page) or by bank transfer, and follow each top-up. */
export default function TopupPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'online';
  const balance = useQuery(WalletBalanceDocument, { fetchPolicy: 'network-only' });
  const [historyKey, setHistoryKey] = useState(0);
  const setTab = (key: string) => setParams({ tab: key }, { replace: true });
  return (
    <>
      <PageHeader
        title={t('topup.title')}
        subtitle={t('topup.subtitle')}
        extra={<Button icon={<ReloadOutlined />} onClick={() => void balance.refetch()} aria-label={t('common.refresh')} />}
      />
      <Card style={{ marginBottom: 16 }}>
        <Statistic title={t('wallet.balance')} prefix={<WalletOutlined />} value={balance.data ? formatFen(balance.data.wallet.balance) : '—'} />
        <span data-testid="wallet-balance" data-value={balance.data?.wallet.balance ?? ''} hidden />
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'online', label: t('topup.tabOnline'), children: <OnlinePayment onPaid={() => void balance.refetch()} /> },
            { key: 'transfer', label: t('topup.tabTransfer'), children: <BankTransfer onSent={() => { setHistoryKey((k) => k + 1); setTab('history'); }} /> },
            { key: 'history', label: t('topup.tabHistory'), children: <History key={historyKey} /> },
          ]}
        />
      </Card>
    </>
  );
}
