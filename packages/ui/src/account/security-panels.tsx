import { useState } from 'react';
import { Alert, App, Button, Descriptions, Flex, Form, Grid, Input, List, Modal, Popconfirm, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  DisableTwoFactorDocument, EnableTwoFactorDocument, EndSessionDocument, MySessionsDocument, RegenerateRecoveryCodesDocument, StartTwoFactorSetupDocument, TwoFactorStatusDocument,
  type MySessionsQuery, type TwoFactorSetupFieldsFragment,
} from '@mengyuan/graphql';
import { DateTime } from '../components/date-time';
import { errorMessage } from '../errors';
import { RecoveryCodes, TwoFactorSetupForm } from './two-factor';

/** 两步验证 in account settings: its state, turning it on (QR, first code, recovery codes), new codes, turning it off. */
export function TwoFactorPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const status = useQuery(TwoFactorStatusDocument, { fetchPolicy: 'network-only' });
  const [start, starting] = useMutation(StartTwoFactorSetupDocument);
  const [enable, enabling] = useMutation(EnableTwoFactorDocument);
  const [disable, disabling] = useMutation(DisableTwoFactorDocument);
  const [regenerate, regenerating] = useMutation(RegenerateRecoveryCodesDocument);
  const [setup, setSetup] = useState<TwoFactorSetupFieldsFragment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [dialog, setDialog] = useState<'disable' | 'regenerate' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const s = status.data?.twoFactorStatus;
  const done = () => {
    setCodes(null);
    setSetup(null);
    void status.refetch();
  };
  if (codes) return <div style={{ maxWidth: 520 }}><RecoveryCodes codes={codes} onDone={done} /></div>;
  if (setup) {
    return (
      <div style={{ maxWidth: 420 }}>
        <TwoFactorSetupForm
          secret={setup.secret}
          otpauthUri={setup.otpauthUri}
          loading={enabling.loading}
          error={error}
          onConfirm={async (code) => {
            setError(null);
            try {
              const { data } = await enable({ variables: { code } });
              if (data) {
                message.success(t('acct.security.enabled'));
                setCodes([...data.enableTwoFactor]);
              }
            } catch (e) {
              setError(e);
            }
          }}
        />
        <Button type="link" onClick={() => setSetup(null)} style={{ marginTop: 8 }}>
          {t('common.cancel')}
        </Button>
      </div>
    );
  }
  return (
    <div style={{ maxWidth: 640 }} data-testid="two-factor-panel">
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('acct.security.title')}
      </Typography.Title>
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 12 }} />}
      {s && (
        <>
          <Descriptions
            column={1}
            bordered
            size="small"
            style={{ marginBottom: 16 }}
            items={[
              { key: 'status', label: t('acct.security.tab'), children: <Tag color={s.enabled ? 'success' : 'default'} data-testid="two-factor-status">{s.enabled ? t('acct.security.statusOn') : t('acct.security.statusOff')}</Tag> },
              ...(s.enabledAt ? [{ key: 'at', label: t('acct.security.enabledAt'), children: <DateTime value={s.enabledAt} /> }] : []),
              ...(s.enabled ? [{ key: 'left', label: t('acct.security.recoveryLeft'), children: s.recoveryCodesLeft }] : []),
            ]}
          />
          <Typography.Paragraph type="secondary">{s.required ? t('acct.security.required') : t('acct.security.optional')}</Typography.Paragraph>
          <Flex gap={8} wrap>
            {!s.enabled && (
              <Button
                type="primary"
                loading={starting.loading}
                data-testid="two-factor-enable"
                onClick={async () => {
                  setError(null);
                  try {
                    const { data } = await start();
                    if (data) setSetup(data.startTwoFactorSetup);
                  } catch (e) {
                    setError(e);
                  }
                }}
              >
                {t('acct.security.enable')}
              </Button>
            )}
            {s.enabled && <Button onClick={() => setDialog('regenerate')}>{t('acct.security.regenerate')}</Button>}
            {s.enabled && !s.required && (
              <Button danger onClick={() => setDialog('disable')} data-testid="two-factor-disable">
                {t('acct.security.disable')}
              </Button>
            )}
          </Flex>
        </>
      )}
      <CodeDialog
        open={dialog !== null}
        title={dialog === 'disable' ? t('acct.security.disableTitle') : t('acct.security.regenerate')}
        intro={dialog === 'disable' ? t('acct.security.disableIntro') : t('acct.security.regenerateIntro')}
        withPassword={dialog === 'disable'}
        loading={disabling.loading || regenerating.loading}
        onCancel={() => setDialog(null)}
        onSubmit={async ({ code, password }) => {
          if (dialog === 'disable') {
            await disable({ variables: { password: password!, code } });
            message.success(t('acct.security.disabled'));
            setDialog(null);
            void status.refetch();
          } else {
            const { data } = await regenerate({ variables: { code } });
            setDialog(null);
            if (data) setCodes([...data.regenerateRecoveryCodes]);
          }
        }}
      />
    </div>
  );
}

function CodeDialog({ open, title, intro, withPassword, loading, onCancel, onSubmit }: { open: boolean; title: string; intro: string; withPassword: boolean; loading: boolean; onCancel: () => void; onSubmit: (v: { code: string; password?: string }) => Promise<void> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code: string; password?: string }>();
  const [error, setError] = useState<unknown>(null);
  return (
    <Modal
      open={open}
      title={title}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      destroyOnHidden
      onCancel={() => {
        setError(null);
        onCancel();
      }}
      onOk={async () => {
        const v = await form.validateFields();
        setError(null);
        try {
          await onSubmit(v);
          form.resetFields();
        } catch (e) {
          setError(e);
        }
      }}
    >
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" preserve={false}>
        {withPassword && (
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
        )}
        <Form.Item name="code" label={t('acct.totp.code')} rules={[{ required: true, message: t('acct.totp.codeRequired') }]}>
          <Input autoComplete="one-time-code" placeholder={t('acct.totp.codePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type Session = MySessionsQuery['mySessions'][number];

/** A readable name for a browser's user agent (the browser and the system it runs on). */
export function describeUserAgent(ua: string | null | undefined): string | null {
  if (!ua) return null;
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrome\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : null;
  const os = /Windows/.test(ua) ? 'Windows' : /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Mac OS X/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : null;
  return browser || os ? [browser, os].filter(Boolean).join(' · ') : ua.slice(0, 60);
}

/** 登录会话: where the account is signed in; any other session can be signed out at once. */
export function SessionsPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, refetch } = useQuery(MySessionsDocument, { fetchPolicy: 'network-only' });
  const [end] = useMutation(EndSessionDocument);
  const sessions = data?.mySessions ?? [];
  const small = Grid.useBreakpoint().md === false;
  const signOutButton = (s: Session) => (
    <Popconfirm
      key="sign-out"
      title={t('acct.sessions.signOutConfirm')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onConfirm={async () => {
        await end({ variables: { id: s.id } });
        message.success(t('acct.sessions.signedOut'));
        void refetch();
      }}
    >
      <Button size="small" danger data-testid="session-sign-out">
        {t('acct.sessions.signOut')}
      </Button>
    </Popconfirm>
  );
  return (
    <div data-testid="sessions-panel">
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('acct.sessions.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('acct.sessions.intro')}</Typography.Paragraph>
      {small ? (
        <List
          size="small"
          bordered
          dataSource={[...sessions]}
          renderItem={(s) => (
            <List.Item data-testid="session-row" data-current={String(s.current)} data-agent={s.userAgent ?? ''} actions={s.current ? [] : [signOutButton(s)]}>
              <Flex vertical style={{ minWidth: 0 }}>
                <Flex gap={6} align="center" wrap>
                  <span>{describeUserAgent(s.userAgent) ?? t('acct.sessions.unknownDevice')}</span>
                  {s.current && <Tag color="blue">{t('acct.sessions.current')}</Tag>}
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {s.ip ?? t('common.none')} · {t('acct.sessions.lastActive')} <DateTime value={s.lastActiveAt} />
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      ) : (
      <Table<Session>
        rowKey="id"
        size="small"
        dataSource={[...sessions]}
        pagination={false}
        scroll={{ x: 640 }}
        onRow={(s) => ({ 'data-testid': 'session-row', 'data-current': String(s.current), 'data-agent': s.userAgent ?? '' }) as object}
        columns={[
          {
            title: t('acct.sessions.device'),
            key: 'device',
            render: (_, s) => (
              <Flex gap={6} align="center" wrap>
                <span>{describeUserAgent(s.userAgent) ?? t('acct.sessions.unknownDevice')}</span>
                {s.current && <Tag color="blue">{t('acct.sessions.current')}</Tag>}
              </Flex>
            ),
          },
          { title: t('acct.sessions.ip'), dataIndex: 'ip', width: 140, render: (ip: string | null) => ip ?? t('common.none') },
          { title: t('acct.sessions.started'), dataIndex: 'startedAt', width: 170, responsive: ['md'], render: (v: string) => <DateTime value={v} /> },
          { title: t('acct.sessions.lastActive'), dataIndex: 'lastActiveAt', width: 170, render: (v: string) => <DateTime value={v} /> },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 130,
            render: (_, s) => (s.current ? null : signOutButton(s)),
          },
        ]}
      />
      )}
    </div>
  );
}

