import { useState } from 'react';
import { App, Button, Card, Drawer, Flex, Form, Input, InputNumber, Modal, Select, Switch, Tag, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { fenToYuan, formatFen, yuanToFen, type PaymentChannelKind, type PaymentMode, type SettlementCycle } from '@mengyuan/domain';
import {
  BankAccountsDocument,
  PaymentChannelsDocument,
  SaveBankAccountDocument,
  SavePaymentChannelDocument,
  SetSettlementPolicyDocument,
  SettlementPolicyDocument,
  type BankAccountFieldsFragment,
  type PaymentChannelFieldsFragment,
} from '@mengyuan/graphql';
import { AsyncState, errorMessage, PageHeader, ResponsiveTable } from '@mengyuan/ui';

/** The settings and keys each kind of channel needs (the api's adapters check the same). */
const FIELDS: Record<PaymentChannelKind, { settings: string[]; secrets: string[] }> = {
  EPAY: { settings: ['version', 'payType'], secrets: ['key', 'merchantPrivateKey', 'platformPublicKey'] },
  ALIPAY: { settings: ['sellerId'], secrets: ['appPrivateKey', 'alipayPublicKey'] },
  WECHAT_PAY: { settings: ['appid', 'merchantSerial', 'platformKeyId'], secrets: ['merchantPrivateKey', 'platformPublicKey', 'apiV3Key'] },
};

interface ChannelForm {
  kind: PaymentChannelKind;
  name: string;
  enabled: boolean;
  mode: PaymentMode;
  merchantId: string;
  gatewayUrl: string;
  feeRateBp: number;
  feeFixedYuan: string;
  windowMinutes: number;
  settings: Record<string, string>;
  secrets: Record<string, string>;
}

function ChannelDrawer({ channel, open, onClose, onSaved }: { channel: PaymentChannelFieldsFragment | null; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ChannelForm>();
  const kind = (Form.useWatch('kind', form) ?? channel?.kind ?? 'EPAY') as PaymentChannelKind;
  const [save, saving] = useMutation(SavePaymentChannelDocument);
  const initial: Partial<ChannelForm> = channel
    ? { ...channel, feeFixedYuan: fenToYuan(channel.feeFixed), settings: channel.settings as Record<string, string>, secrets: {} }
    : { kind: 'EPAY', enabled: true, mode: 'QR', feeRateBp: 60, feeFixedYuan: '0.00', windowMinutes: 15, settings: { version: 'V1', payType: 'alipay' }, secrets: {} };
  const submit = (v: ChannelForm) => {
    const secrets = Object.fromEntries(Object.entries(v.secrets ?? {}).filter(([, x]) => typeof x === 'string' && x.trim() !== ''));
    const settings = Object.fromEntries(Object.entries(v.settings ?? {}).filter(([, x]) => typeof x === 'string' && x !== ''));
    return save({
      variables: {
        input: {
          id: channel?.id ?? null, kind: v.kind, name: v.name, enabled: v.enabled, mode: v.mode, merchantId: v.merchantId, gatewayUrl: v.gatewayUrl, settings, secrets,
          feeRateBp: v.feeRateBp, feeFixed: yuanToFen(String(v.feeFixedYuan || '0')).toString(), windowMinutes: v.windowMinutes,
        },
      },
    })
      .then(() => {
        message.success(t('money.channels.saved'));
        onSaved();
      })
      .catch((e: unknown) => message.error(errorMessage(t, e)));
  };
  return (
    <Drawer open={open} onClose={onClose} width="min(640px, 100vw)" title={channel ? t('money.channels.edit', { name: channel.name }) : t('money.channels.add')} destroyOnHidden
      extra={<Button type="primary" loading={saving.loading} onClick={() => form.submit()} data-testid="save-channel">{t('money.save')}</Button>}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)} requiredMark={false}>
        <Form.Item name="kind" label={t('money.channels.kind')}>
          <Select disabled={!!channel} options={(['EPAY', 'ALIPAY', 'WECHAT_PAY'] as const).map((k) => ({ value: k, label: t(`pay.channelKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('money.channels.name')} rules={[{ required: true, message: t('money.required') }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="enabled" label={t('money.channels.enabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="mode" label={t('money.channels.mode')}>
            <Select style={{ width: 180 }} options={(['QR', 'PAGE'] as const).map((m) => ({ value: m, label: t(`pay.mode.${m}`) }))} />
          </Form.Item>
        </Flex>
        <Form.Item name="merchantId" label={t(`money.channels.merchantId_${kind}`)} rules={[{ required: true, message: t('money.required') }]}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="gatewayUrl" label={t('money.channels.gatewayUrl')} extra={t(`money.channels.gatewayHelp_${kind}`)} rules={[{ required: true, type: 'url', message: t('money.channels.urlInvalid') }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="feeRateBp" label={t('money.channels.feeRate')} extra={t('money.channels.feeRateHelp')}>
            <InputNumber min={0} max={10000} precision={0} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="feeFixedYuan" label={t('money.channels.feeFixed')}>
            <InputNumber<string> stringMode min="0" precision={2} prefix="¥" style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="windowMinutes" label={t('money.channels.window')}>
            <InputNumber min={1} max={1440} precision={0} style={{ width: 140 }} />
          </Form.Item>
        </Flex>
        <Typography.Title level={3} style={{ fontSize: 15 }}>{t('money.channels.settings')}</Typography.Title>
        {FIELDS[kind].settings.map((f) => (
          <Form.Item key={f} name={['settings', f]} label={t(`money.channels.field.${f}`)}>
            {f === 'version' ? <Select options={[{ value: 'V1', label: 'V1 (MD5)' }, { value: 'V2', label: 'V2 (RSA)' }]} /> : f === 'payType' ? <Select options={['alipay', 'wxpay', 'qqpay', 'bank'].map((p) => ({ value: p, label: t(`money.channels.payType.${p}`) }))} /> : <Input maxLength={100} />}
          </Form.Item>
        ))}
        <Typography.Title level={3} style={{ fontSize: 15 }}>{t('money.channels.secrets')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('money.channels.secretsHelp')}</Typography.Paragraph>
        {FIELDS[kind].secrets.map((f) => {
          const set = channel?.secretsSet.includes(f);
          return (
            <Form.Item key={f} name={['secrets', f]} label={<Flex gap={8}>{t(`money.channels.field.${f}`)}{set && <Tag color="green">{t('money.channels.isSet')}</Tag>}</Flex>}>
              <Input.TextArea autoSize={{ minRows: f === 'key' || f === 'apiV3Key' ? 1 : 3, maxRows: 8 }} placeholder={set ? t('money.channels.keepSecret') : ''} autoComplete="off" spellCheck={false} />
            </Form.Item>
          );
        })}
      </Form>
    </Drawer>
  );
}

function BankAccountModal({ account, open, onClose, onSaved }: { account: BankAccountFieldsFragment | null; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<BankAccountFieldsFragment>();
  const [save, saving] = useMutation(SaveBankAccountDocument);
  return (
    <Modal open={open} onCancel={onClose} title={account ? t('money.banks.edit') : t('money.banks.add')} okText={t('money.save')} okButtonProps={{ loading: saving.loading }} onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={account ?? { active: true }} requiredMark={false}
        onFinish={(v) => void save({ variables: { input: { id: account?.id ?? null, bankName: v.bankName, branch: v.branch || null, accountName: v.accountName, accountNo: v.accountNo, note: v.note || null, active: v.active } } }).then(onSaved).catch((e: unknown) => message.error(errorMessage(t, e)))}>
        <Form.Item name="bankName" label={t('money.banks.bank')} rules={[{ required: true, message: t('money.required') }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="branch" label={t('money.banks.branch')}><Input maxLength={100} /></Form.Item>
        <Form.Item name="accountName" label={t('money.banks.accountName')} rules={[{ required: true, message: t('money.required') }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="accountNo" label={t('money.banks.accountNo')} rules={[{ required: true, pattern: /^[\d\s-]{6,40}$/, message: t('money.banks.accountNoInvalid') }]}><Input maxLength={40} /></Form.Item>
        <Form.Item name="note" label={t('money.banks.note')}><Input maxLength={500} /></Form.Item>
        <Form.Item name="active" label={t('money.banks.active')} valuePropName="checked"><Switch /></Form.Item>
      </Form>
    </Modal>
  );
}

function SettlementDefault() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const policy = useQuery(SettlementPolicyDocument, { variables: { supplierId: null } });
  const [save, saving] = useMutation(SetSettlementPolicyDocument);
  const [form] = Form.useForm<{ cycle: SettlementCycle; withdrawalFeeRateBp: number; feeYuan: string }>();
  const p = policy.data?.settlementPolicy;
  return (
    <AsyncState loading={policy.loading} error={policy.error} hasData={!!p} onRetry={() => void policy.refetch()}>
      {p && (
        <Form form={form} layout="inline" initialValues={{ cycle: p.cycle, withdrawalFeeRateBp: p.withdrawalFeeRateBp, feeYuan: fenToYuan(p.withdrawalFeeFixed) }}
          onFinish={(v) => void save({ variables: { input: { organizationId: null, cycle: v.cycle, withdrawalFeeRateBp: v.withdrawalFeeRateBp, withdrawalFeeFixed: yuanToFen(String(v.feeYuan || '0')).toString() } } }).then(() => message.success(t('money.saved'))).catch((e: unknown) => message.error(errorMessage(t, e)))}>
          <Form.Item name="cycle" label={t('money.settlement.cycle')}><Select style={{ width: 200 }} options={(['T1', 'T7'] as const).map((c) => ({ value: c, label: t(`pay.cycle.${c}`) }))} /></Form.Item>
          <Form.Item name="withdrawalFeeRateBp" label={t('money.settlement.feeRate')}><InputNumber min={0} max={1000} precision={0} /></Form.Item>
          <Form.Item name="feeYuan" label={t('money.settlement.feeFixed')}><InputNumber<string> stringMode min="0" precision={2} prefix="¥" /></Form.Item>
          <Button type="primary" htmlType="submit" loading={saving.loading}>{t('money.save')}</Button>
        </Form>
      )}
    </AsyncState>
  );
}

/** 渠道设置: online payment channels (keys encrypted at rest, never shown), the alliance's receiving bank accounts, the default settlement cycle. */
export default function ChannelsPage() {
  const { t } = useTranslation();
  const channels = useQuery(PaymentChannelsDocument, { fetchPolicy: 'network-only' });
  const banks = useQuery(BankAccountsDocument, { fetchPolicy: 'network-only' });
  const [channel, setChannel] = useState<{ open: boolean; c: PaymentChannelFieldsFragment | null }>({ open: false, c: null });
  const [bank, setBank] = useState<{ open: boolean; a: BankAccountFieldsFragment | null }>({ open: false, a: null });
  const heading = (key: string) => <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t(key)}</Typography.Title>;
  return (
    <>
      <PageHeader title={t('money.channels.title')} subtitle={t('money.channels.subtitle')} extra={<Button icon={<ReloadOutlined />} onClick={() => { void channels.refetch(); void banks.refetch(); }} aria-label={t('common.refresh')} />} />
      <Flex vertical gap={16}>
        <Card size="small" title={heading('money.channels.list')} extra={<Button icon={<PlusOutlined />} onClick={() => setChannel({ open: true, c: null })}>{t('money.channels.add')}</Button>}>
          <AsyncState loading={channels.loading && !channels.data} error={channels.error} hasData={!!channels.data} onRetry={() => void channels.refetch()}>
            <ResponsiveTable
              rowKey="id"
              size="small"
              scroll={(channels.data?.paymentChannels ?? []).length ? { x: 960 } : undefined}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              dataSource={channels.data?.paymentChannels ?? []}
              locale={{ emptyText: t('money.channels.empty') }}
              columns={[
                { title: t('money.channels.name'), dataIndex: 'name' },
                { title: t('money.channels.kind'), dataIndex: 'kind', render: (v: string, c) => `${t(`pay.channelKind.${v}`)}${c.kind === 'EPAY' ? ` ${(c.settings as Record<string, string>).version ?? ''}` : ''}` },
                { title: t('money.channels.enabled'), dataIndex: 'enabled', render: (v: boolean) => (v ? <Tag color="green">{t('money.channels.on')}</Tag> : <Tag>{t('money.channels.off')}</Tag>) },
                { title: t('money.channels.merchant'), dataIndex: 'merchantId' },
                { title: t('money.channels.fee'), key: 'fee', render: (_, c) => `${(c.feeRateBp / 100).toFixed(2)}%${c.feeFixed !== '0' ? ` + ${formatFen(c.feeFixed)}` : ''}` },
                { title: t('money.channels.keys'), dataIndex: 'secretsSet', render: (v: string[]) => v.map((s) => <Tag key={s}>{t(`money.channels.field.${s}`)}</Tag>) },
                { title: t('money.channels.notifyUrl'), dataIndex: 'notifyUrl', render: (v: string) => <Typography.Text copyable style={{ fontSize: 12 }}>{v}</Typography.Text> },
                { title: t('money.actions'), key: 'a', render: (_, c) => <Button size="small" type="link" onClick={() => setChannel({ open: true, c })}>{t('money.edit')}</Button> },
              ]}
            />
          </AsyncState>
        </Card>
        <Card size="small" title={heading('money.banks.title')} extra={<Button icon={<PlusOutlined />} onClick={() => setBank({ open: true, a: null })}>{t('money.banks.add')}</Button>}>
          <AsyncState loading={banks.loading && !banks.data} error={banks.error} hasData={!!banks.data} onRetry={() => void banks.refetch()}>
            <ResponsiveTable
              rowKey="id"
              size="small"
              scroll={(banks.data?.bankAccounts ?? []).length ? { x: 720 } : undefined}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              dataSource={banks.data?.bankAccounts ?? []}
              locale={{ emptyText: t('money.banks.empty') }}
              columns={[
                { title: t('money.banks.bank'), key: 'b', render: (_, a) => [a.bankName, a.branch].filter(Boolean).join(' · ') },
                { title: t('money.banks.accountName'), dataIndex: 'accountName' },
                { title: t('money.banks.accountNo'), dataIndex: 'accountNo' },
                { title: t('money.banks.active'), dataIndex: 'active', render: (v: boolean) => (v ? <Tag color="green">{t('money.channels.on')}</Tag> : <Tag>{t('money.channels.off')}</Tag>) },
                { title: t('money.actions'), key: 'a', render: (_, a) => <Button size="small" type="link" onClick={() => setBank({ open: true, a })}>{t('money.edit')}</Button> },
              ]}
            />
          </AsyncState>
        </Card>
        <Card size="small" title={heading('money.settlement.title')}>
          <Typography.Paragraph type="secondary">{t('money.settlement.help')}</Typography.Paragraph>
          <SettlementDefault />
        </Card>
      </Flex>
      <ChannelDrawer key={channel.c?.id ?? 'new'} channel={channel.c} open={channel.open} onClose={() => setChannel({ open: false, c: null })} onSaved={() => { setChannel({ open: false, c: null }); void channels.refetch(); }} />
      <BankAccountModal key={bank.a?.id ?? 'new-bank'} account={bank.a} open={bank.open} onClose={() => setBank({ open: false, a: null })} onSaved={() => { setBank({ open: false, a: null }); void banks.refetch(); }} />
    </>
  );
}
