import { useState } from 'react';
import { App, Button, Card, Col, Form, Input, InputNumber, Row, Statistic, Table, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { channelFee, formatFen, yuanToFen } from '@mengyuan/domain';
import { CancelWithdrawalDocument, PayableSummaryDocument, RequestWithdrawalDocument, WithdrawalsDocument } from '@mengyuan/graphql';
import { AsyncState, DateTime, PageHeader, PayoutStatementDrawer, PayStatusTag, errorMessage } from '@mengyuan/ui';

const PAGE_SIZE = 10;

function fenOf(yuan: string | null | undefined): bigint | null {
  try {
    const fen = yuanToFen(String(yuan ?? ''));
    return fen > 0n ? fen : null;
  } catch {
    return null;
  }
}

const Fen = ({ fen }: { fen: string }) => <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{formatFen(fen)}</span>;

/** 提现: what the alliance owes the supplier, what it may withdraw now under its cycle, its withdrawals and their statements. */
export default function WithdrawalsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const summary = useQuery(PayableSummaryDocument, { variables: { supplierId: null }, fetchPolicy: 'network-only' });
  const [page, setPage] = useState(1);
  const list = useQuery(WithdrawalsDocument, { variables: { filter: null, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } }, fetchPolicy: 'network-only' });
  const [request, requested] = useMutation(RequestWithdrawalDocument);
  const [cancel] = useMutation(CancelWithdrawalDocument);
  const [statement, setStatement] = useState<string | null>(null);
  const [form] = Form.useForm<{ amount: string; payeeBank: string; payeeAccountName: string; payeeAccountNo: string }>();
  const amount = Form.useWatch('amount', form);
  const s = summary.data?.payableSummary;
  const fen = fenOf(amount);
  const fee = s && fen ? channelFee(fen, s.withdrawalFeeRateBp, BigInt(s.withdrawalFeeFixed)) : null;
  const refresh = () => {
    void summary.refetch();
    void list.refetch();
  };

  const submit = async (v: { amount: string; payeeBank: string; payeeAccountName: string; payeeAccountNo: string }) => {
    const f = fenOf(v.amount);
    if (!f) return;
    try {
      await request({ variables: { input: { amount: f.toString(), payeeBank: v.payeeBank, payeeAccountName: v.payeeAccountName, payeeAccountNo: v.payeeAccountNo } } });
      message.success(t('wd.sent'));
      form.setFieldValue('amount', null);
      refresh();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

  return (
    <>
      <PageHeader title={t('wd.title')} subtitle={t('wd.subtitle')} extra={<Button icon={<ReloadOutlined />} onClick={refresh} aria-label={t('common.refresh')} />} />
      <AsyncState loading={summary.loading} error={summary.error} hasData={!!s} onRetry={refresh}>
        {s && (
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {(['balance', 'unsettled', 'pending', 'available'] as const).map((k) => (
              <Col xs={12} md={6} key={k}>
                <Card style={{ height: '100%' }}>
                  <Statistic title={t(`wd.${k}`)} value={formatFen(s[k])} styles={{ content: { fontVariantNumeric: 'tabular-nums', fontWeight: k === 'available' ? 600 : 400 } }} />
                  {k === 'available' && <span data-testid="wd-available" data-value={s.available} hidden />}
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </AsyncState>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('wd.request')}</Typography.Title>}>
            {s && (
              <Typography.Paragraph type="secondary">
                {t('wd.cycleNote', { cycle: t(`pay.cycle.${s.cycle}`) })} <DateTime value={s.settledBefore} />
              </Typography.Paragraph>
            )}
            <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
              <Form.Item
                name="amount"
                label={t('wd.amountYuan')}
                extra={fee !== null ? t('wd.feeNote', { fee: formatFen(fee), net: formatFen(fen! - fee) }) : undefined}
                rules={[{ required: true, message: t('wd.amountRequired') }, { validator: (_, v) => (v === undefined || v === null || v === '' || fenOf(String(v)) ? Promise.resolve() : Promise.reject(new Error(t('wd.amountInvalid')))) }]}
              >
                <InputNumber<string> stringMode min="0.01" precision={2} prefix="¥" style={{ width: '100%' }} data-testid="wd-amount" />
              </Form.Item>
              <Form.Item name="payeeBank" label={t('wd.payeeBank')} rules={[{ required: true, message: t('wd.required') }]}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="payeeAccountName" label={t('wd.payeeAccountName')} rules={[{ required: true, message: t('wd.required') }]}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="payeeAccountNo" label={t('wd.payeeAccountNo')} rules={[{ required: true, pattern: /^[\d\s-]{6,40}$/, message: t('wd.accountInvalid') }]}>
                <Input maxLength={40} inputMode="numeric" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={requested.loading} disabled={!s || s.available === '0'} data-testid="wd-submit">
                {t('wd.submit')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('wd.list')}</Typography.Title>}>
            <AsyncState loading={list.loading && !list.data} error={list.error} hasData={!!list.data} onRetry={refresh}>
              <Table
                rowKey="id"
                size="small"
                scroll={(list.data?.withdrawals.items ?? []).length ? { x: 720 } : undefined}
                dataSource={list.data?.withdrawals.items ?? []}
                locale={{ emptyText: t('wd.empty') }}
                pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.withdrawals.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
                columns={[
                  { title: t('wd.number'), dataIndex: 'number' },
                  { title: t('wd.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => <Fen fen={v} /> },
                  { title: t('wd.fee'), dataIndex: 'fee', align: 'right', render: (v: string) => <Fen fen={v} /> },
                  { title: t('wd.net'), dataIndex: 'net', align: 'right', render: (v: string) => <Fen fen={v} /> },
                  { title: t('wd.status'), dataIndex: 'status', render: (v: string, w) => (<><PayStatusTag kind="withdrawalStatus" status={v} />{w.rejectReason ? <Typography.Text type="secondary"> {w.rejectReason}</Typography.Text> : null}</>) },
                  { title: t('wd.createdAt'), dataIndex: 'createdAt', render: (v: string) => <DateTime value={v} /> },
                  {
                    title: t('wd.actions'),
                    key: 'actions',
                    render: (_, w) => (
                      <>
                        <Button size="small" type="link" onClick={() => setStatement(w.id)} data-testid="wd-statement">
                          {t('wd.statement')}
                        </Button>
                        {w.status === 'REQUESTED' && (
                          <Button size="small" type="link" onClick={() => void cancel({ variables: { id: w.id } }).then(refresh).catch((e: unknown) => message.error(errorMessage(t, e)))}>
                            {t('wd.cancel')}
                          </Button>
                        )}
                      </>
                    ),
                  },
                ]}
              />
            </AsyncState>
          </Card>
        </Col>
      </Row>
      <PayoutStatementDrawer withdrawalId={statement} onClose={() => setStatement(null)} />
    </>
  );
}
