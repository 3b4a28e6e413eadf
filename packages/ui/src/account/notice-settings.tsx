import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Popconfirm, Select, Switch, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NOTICE_KINDS, NoticeUrgency, type OrganizationKind } from '@mengyuan/domain';
import {
  AddChatRobotDocument, ChatRobotsDocument, MyNoticePreferencesDocument, OrganizationNoticeSettingsDocument, RemoveChatRobotDocument, SetMyNoticePreferencesDocument,
  SetOrganizationNoticeSettingsDocument, TestChatRobotDocument, UpdateChatRobotDocument,
  type ChatRobotFieldsFragment, type ChatRobotKind, type NoticePreferenceFieldsFragment, type NotificationType,
} from '@mengyuan/graphql';
import { DateTime } from '../components/date-time';
import { errorMessage } from '../errors';

type Change = { kind: NotificationType; channel: 'IN_APP' | 'EMAIL'; enabled: boolean | null };

/** The kinds × channels table, a switch per cell; "own" values show a tag and can go back to the default. */
function PreferenceTable({ rows, saving, onChange, testId }: { rows: readonly NoticePreferenceFieldsFragment[]; saving: boolean; onChange: (changes: Change[]) => void; testId: string }) {
  const { t } = useTranslation();
  const cell = (r: NoticePreferenceFieldsFragment, channel: 'IN_APP' | 'EMAIL') => {
    const on = channel === 'IN_APP' ? r.inApp : r.email;
    const own = channel === 'IN_APP' ? r.inAppOwn : r.emailOwn;
    return (
      <Flex gap={6} align="center" wrap>
        <Switch
          size="small"
          checked={on}
          disabled={saving}
          aria-label={`${t(`acct.kinds.${r.kind}`)} · ${channel === 'IN_APP' ? t('acct.prefs.inApp') : t('acct.prefs.email')}`}
          data-testid={`pref-${r.kind}-${channel}`}
          onChange={(enabled) => onChange([{ kind: r.kind, channel, enabled }])}
        />
        {own && (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onChange([{ kind: r.kind, channel, enabled: null }])}>
            {t('acct.prefs.reset')}
          </Button>
        )}
      </Flex>
    );
  };
  return (
    <Table<NoticePreferenceFieldsFragment>
      rowKey="kind"
      size="small"
      data-testid={testId}
      dataSource={[...rows]}
      pagination={false}
      scroll={{ x: 480 }}
      columns={[
        {
          title: t('acct.prefs.kind'),
          dataIndex: 'kind',
          render: (k: NotificationType) => (
            <Flex gap={6} align="center" wrap>
              <span>{t(`acct.kinds.${k}`)}</span>
              {NOTICE_KINDS[k].urgency === NoticeUrgency.ALERT && <Tag color="red">{t('acct.prefs.urgent')}</Tag>}
            </Flex>
          ),
        },
        { title: t('acct.prefs.inApp'), key: 'inApp', width: 150, render: (_, r) => cell(r, 'IN_APP') },
        { title: t('acct.prefs.email'), key: 'email', width: 150, render: (_, r) => cell(r, 'EMAIL') },
      ]}
    />
  );
}

/** 通知设置: where the person hears each kind of notice. */
export function NoticePreferencesPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data } = useQuery(MyNoticePreferencesDocument, { fetchPolicy: 'cache-and-network' });
  const [save, { loading }] = useMutation(SetMyNoticePreferencesDocument, { refetchQueries: [MyNoticePreferencesDocument] });
  return (
    <div data-testid="notice-preferences">
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('acct.prefs.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('acct.prefs.intro')}</Typography.Paragraph>
      <PreferenceTable
        testId="my-preferences"
        rows={data?.myNoticePreferences ?? []}
        saving={loading}
        onChange={async (changes) => {
          await save({ variables: { changes } });
          message.success(t('acct.prefs.saved'));
        }}
      />
    </div>
  );
}

/** The organisation's quiet hours, its people's defaults and its work-chat robots (owners; the alliance's admin). */
export function OrganizationNoticePanel({ organizationKind }: { organizationKind: OrganizationKind }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data } = useQuery(OrganizationNoticeSettingsDocument, { fetchPolicy: 'cache-and-network' });
  const [save, { loading }] = useMutation(SetOrganizationNoticeSettingsDocument, { refetchQueries: [OrganizationNoticeSettingsDocument] });
  const settings = data?.organizationNoticeSettings;
  return (
    <Flex vertical gap={24} data-testid="organization-notices">
      <Card size="small" title={t('acct.prefs.quietHours')}>
        <Flex gap={12} align="flex-start">
          <Switch
            checked={settings?.quietHours ?? true}
            disabled={loading || !settings}
            aria-label={t('acct.prefs.quietHours')}
            data-testid="quiet-hours"
            onChange={async (on) => {
              await save({ variables: { defaults: null, quietHours: on } });
              message.success(t('acct.prefs.saved'));
            }}
          />
          <Typography.Text type="secondary">{t('acct.prefs.quietHoursHint')}</Typography.Text>
        </Flex>
      </Card>
      <div>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('acct.prefs.orgTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('acct.prefs.orgIntro')}</Typography.Paragraph>
        <PreferenceTable
          testId="org-preferences"
          rows={settings?.defaults ?? []}
          saving={loading}
          onChange={async (changes) => {
            await save({ variables: { defaults: changes, quietHours: null } });
            message.success(t('acct.prefs.saved'));
          }}
        />
      </div>
      <RobotsPanel organizationKind={organizationKind} />
    </Flex>
  );
}

const ROBOT_KINDS: ChatRobotKind[] = ['WECOM', 'DINGTALK', 'FEISHU'];

/** 工作群机器人: add, test, switch off or remove the organisation's group robots. */
export function RobotsPanel({ organizationKind }: { organizationKind: OrganizationKind }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, refetch } = useQuery(ChatRobotsDocument, { fetchPolicy: 'cache-and-network' });
  const [update] = useMutation(UpdateChatRobotDocument);
  const [remove] = useMutation(RemoveChatRobotDocument);
  const [test] = useMutation(TestChatRobotDocument);
  const [adding, setAdding] = useState(false);
  const kinds = (Object.keys(NOTICE_KINDS) as NotificationType[]).filter((k) => NOTICE_KINDS[k].urgency !== NoticeUrgency.SECURITY && NOTICE_KINDS[k].audiences.includes(organizationKind));
  const robots = (data?.chatRobots ?? []).filter((r) => r.enabled || r.kinds.length);
  return (
    <div data-testid="robots-panel">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('acct.robots.title')}
        </Typography.Title>
        <Button type="primary" onClick={() => setAdding(true)} data-testid="robot-add">
          {t('acct.robots.add')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('acct.robots.intro')}
      </Typography.Paragraph>
      <Table<ChatRobotFieldsFragment>
        rowKey="id"
        size="small"
        dataSource={robots}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('acct.robots.none') }}
        columns={[
          { title: t('acct.robots.name'), dataIndex: 'name', render: (name: string, r) => <Flex vertical><span>{name}</span><Typography.Text type="secondary" style={{ fontSize: 12 }}>{t(`acct.robots.kind${r.kind}`)} · {r.urlHint}</Typography.Text></Flex> },
          { title: t('acct.robots.kinds'), dataIndex: 'kinds', responsive: ['lg'], render: (ks: NotificationType[]) => <Flex gap={4} wrap>{ks.map((k) => <Tag key={k}>{t(`acct.kinds.${k}`)}</Tag>)}</Flex> },
          {
            title: t('acct.robots.lastSent'),
            key: 'last',
            width: 200,
            render: (_, r) => (r.lastError ? <Typography.Text type="danger">{r.lastError}</Typography.Text> : r.lastSentAt ? <DateTime value={r.lastSentAt} /> : t('common.none')),
          },
          {
            title: t('acct.robots.enabled'),
            dataIndex: 'enabled',
            width: 80,
            render: (on: boolean, r) => <Switch size="small" checked={on} aria-label={`${r.name} · ${t('acct.robots.enabled')}`} onChange={async (enabled) => { await update({ variables: { id: r.id, input: { enabled, kinds: null } } }); void refetch(); }} />,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 200,
            render: (_, r) => (
              <Flex gap={4} wrap>
                <Button size="small" onClick={async () => { await test({ variables: { id: r.id } }); message.info(t('acct.robots.tested')); }}>
                  {t('acct.robots.test')}
                </Button>
                <Popconfirm title={t('acct.robots.removeConfirm')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={async () => { await remove({ variables: { id: r.id } }); void refetch(); }}>
                  <Button size="small" danger>{t('acct.robots.remove')}</Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]}
      />
      <AddRobotDialog open={adding} kinds={kinds} onClose={() => setAdding(false)} onAdded={() => { setAdding(false); message.success(t('acct.robots.added')); void refetch(); }} />
    </div>
  );
}

function AddRobotDialog({ open, kinds, onClose, onAdded }: { open: boolean; kinds: NotificationType[]; onClose: () => void; onAdded: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ kind: ChatRobotKind; name: string; url: string; secret?: string; kinds?: NotificationType[] }>();
  const [add, { loading }] = useMutation(AddChatRobotDocument);
  const [error, setError] = useState<unknown>(null);
  const kind = Form.useWatch('kind', form);
  return (
    <Modal
      open={open}
      title={t('acct.robots.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      destroyOnHidden
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        setError(null);
        try {
          await add({ variables: { input: { kind: v.kind, name: v.name, url: v.url.trim(), secret: v.secret?.trim() || null, kinds: v.kinds?.length ? v.kinds : null } } });
          form.resetFields();
          onAdded();
        } catch (e) {
          setError(e);
        }
      }}
    >
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ kind: 'WECOM' }} preserve={false}>
        <Form.Item name="kind" label={t('acct.robots.kind')} rules={[{ required: true }]}>
          <Select options={ROBOT_KINDS.map((k) => ({ value: k, label: t(`acct.robots.kind${k}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('acct.robots.name')} rules={[{ required: true, max: 60 }]}>
          <Input placeholder={t('acct.robots.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="url" label={t('acct.robots.url')} rules={[{ required: true }, { type: 'url' }]}>
          <Input placeholder="https://" />
        </Form.Item>
        {kind !== 'WECOM' && (
          <Form.Item name="secret" label={t('acct.robots.secret')} extra={t('acct.robots.secretHint')}>
            <Input.Password autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="kinds" label={t('acct.robots.kinds')}>
          <Select mode="multiple" allowClear options={kinds.map((k) => ({ value: k, label: t(`acct.kinds.${k}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
