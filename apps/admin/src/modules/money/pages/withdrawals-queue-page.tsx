import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Segmented, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatFen, type WithdrawalStatus } from '@mengyuan/domain';
import { PayWithdrawalDocument, RejectWithdrawalDocument, WithdrawalsDocument, type WithdrawalFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, DateTime, errorMessage, PageHeader, PayoutStatementDrawer, PayStatusTag, ResponsiveTable } from '@mengyuan/ui';

const PAGE_SIZE = 20;
const STATUSES: WithdrawalStatus[] = ['REQUESTED', 'PAID', 'REJECTED', 'CANCELLED'];
const Fen = ({ fen }: { fen: string }) => <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{formatFen(fen)}</span>;

/** 提现审批: suppliers' withdrawals; finance transfers the net and records the bank reference, or rejects with a reason. */
export default function WithdrawalsQueuePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [status, setStatus] = useState<WithdrawalStatus>('REQUESTED');
  const [page, setPage] = useState(1);
  const [acting, setActing] = useState<{ w: WithdrawalFieldsFragment; action: 'pay' | 'reject' } | null>(null);
  const [statement, setStatement] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(WithdrawalsDocument, { variables: { filter: { status }, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } }, fetchPolicy: 'network-only' });
  const [pay, paying] = useMutation(PayWithdrawalDocument);
  const [reject, rejecting] = useMutation(RejectWithdrawalDocument);
  const [form] = Form.useForm<{ text: string }>();

  const submit = () =>
    void form.validateFields().then(({ text }) => {
      const { w, action } = acting!;
      const run = action === 'pay' ? pay({ variables: { id: w.id, transferReference: text } }) : reject({ variables: { id: w.id, reason: text } });
      return run
        .then(() => {
          message.success(t(action === 'pay' ? 'money.wd.paid' : 'money.wd.rejected', { number: w.number }));
          setActing(null);
          form.resetFields();
          return refetch();
        })
        .catch((e: unknown) => message.error(errorMessage(t, e)));
    });

  return (
    <>
      <PageHeader title={t('money.wd.title')} subtitle={t('money.wd.subtitle')} extra={<Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />} />
      <Segmented style={{ marginBottom: 16 }} value={status} onChange={(v) => { setStatus(v as WithdrawalStatus); setPage(1); }} options={STATUSES.map((s) => ({ value: s, label: t(`pay.withdrawalStatus.${s}`) }))} />
      <Card size="small">
        <AsyncState loading={loading && !data} error={error} hasData={!!data} onRetry={() => void refetch()}>
          <ResponsiveTable
            rowKey="id"
            size="small"
            scroll={(data?.withdrawals.items ?? []).length ? { x: 1000 } : undefined}
            dataSource={data?.withdrawals.items ?? []}
            locale={{ emptyText: t('money.wd.empty') }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.withdrawals.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
            columns={[
              { title: t('money.wd.number'), dataIndex: 'number' },
              { title: t('money.wd.supplier'), dataIndex: 'supplierName' },
              { title: t('money.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => <Fen fen={v} /> },
              { title: t('money.fee'), dataIndex: 'fee', align: 'right', render: (v: string) => <Fen fen={v} /> },
              { title: t('money.wd.net'), dataIndex: 'net', align: 'right', render: (v: string) => <Fen fen={v} /> },
              { title: t('money.wd.payee'), key: 'payee', render: (_, w) => <Typography.Text>{w.payeeBank} · {w.payeeAccountName} · {w.payeeAccountNo}</Typography.Text> },
              { title: t('money.status'), dataIndex: 'status', render: (v: string, w) => (<>{<PayStatusTag kind="withdrawalStatus" status={v} />} {w.transferReference ?? w.rejectReason ?? ''}</>) },
              { title: t('money.createdAt'), dataIndex: 'createdAt', render: (v: string) => <DateTime value={v} /> },
              {
                title: t('money.actions'),
                key: 'actions',
                render: (_, w) => (
                  <>
                    <Button size="small" type="link" onClick={() => setStatement(w.id)}>
                      {t('money.wd.statement')}
                    </Button>
                    {w.status === 'REQUESTED' && (
                      <>
                        <Button size="small" type="link" onClick={() => setActing({ w, action: 'pay' })} data-testid="pay-withdrawal">
                          {t('money.wd.pay')}
                        </Button>
                        <Button size="small" type="link" danger onClick={() => setActing({ w, action: 'reject' })}>
                          {t('money.wd.reject')}
                        </Button>
                      </>
                    )}
                  </>
                ),
              },
            ]}
          />
        </AsyncState>
      </Card>
      <Modal
        open={!!acting}
        title={acting ? t(acting.action === 'pay' ? 'money.wd.payTitle' : 'money.wd.rejectTitle', { number: acting.w.number, net: formatFen(acting.w.net) }) : ''}
        okText={acting?.action === 'pay' ? t('money.wd.pay') : t('money.wd.reject')}
        okButtonProps={{ danger: acting?.action === 'reject', loading: paying.loading || rejecting.loading, 'data-testid': 'withdrawal-ok' } as never}
        onCancel={() => setActing(null)}
        onOk={submit}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="text"
            label={acting?.action === 'pay' ? t('money.wd.reference') : t('money.wd.reason')}
            extra={acting?.action === 'pay' ? t('money.wd.referenceHelp') : undefined}
            rules={[{ required: true, min: acting?.action === 'pay' ? 4 : 2, max: 64, message: acting?.action === 'pay' ? t('money.wd.referenceRequired') : t('money.reasonRequired') }]}
          >
            <Input maxLength={acting?.action === 'pay' ? 64 : 500} data-testid="withdrawal-text" />
          </Form.Item>
        </Form>
      </Modal>
      <PayoutStatementDrawer withdrawalId={statement} onClose={() => setStatement(null)} />
    </>
  );
}
