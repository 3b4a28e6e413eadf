import { useState } from 'react';
import { Alert, App, Button, Card, Drawer, Flex, Form, Input, InputNumber, Modal, Select, Space, Tag, Timeline, Typography, type ButtonProps } from 'antd';
import { EditOutlined, HistoryOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatFen, SettingGroup } from '@mengyuan/domain';
import { AllianceSettingsDocument, ChangeAllianceSettingDocument, type AllianceSettingFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, errorCode, errorMessage, fieldErrors, formatDateTime, PageHeader, useAuth } from '@mengyuan/ui';

type Setting = AllianceSettingFieldsFragment;

/** A value as people read it: money in yuan, choices by name, numbers with their unit. */
function shown(t: TFunction, s: Setting, value: string): string {
  if (s.kind === 'FEN') return formatFen(value);
  if (s.kind === 'CHOICE') return t(`allianceSettings.choice.${value}`, { defaultValue: value });
  const unit = t(`allianceSettings.unit.${s.key}`, { defaultValue: '' });
  return unit ? `${value} ${unit}` : value;
}

/** FEN settings are typed in yuan. */
const toInput = (s: Setting, value: string): string | number => (s.kind === 'FEN' ? Number(value) / 100 : s.kind === 'CHOICE' ? value : Number(value));
const fromInput = (s: Setting, v: string | number): string => (s.kind === 'FEN' ? String(Math.round(Number(v) * 100)) : String(v));

function HistoryDrawer({ setting, onClose }: { setting: Setting | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer open={!!setting} onClose={onClose} title={setting ? t('allianceSettings.historyTitle', { name: t(`allianceSettings.name.${setting.key}`) }) : ''} size={440}>
      {setting && !setting.history.length && <Typography.Text type="secondary">{t('allianceSettings.historyEmpty')}</Typography.Text>}
      {setting && (
        <Timeline
          items={setting.history.map((h, i) => ({
            color: i === 0 ? 'blue' : 'gray',
            children: (
              <div data-testid="setting-version">
                <Typography.Text strong>v{h.version}</Typography.Text> {shown(t, setting, h.value)}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {h.changedBy ?? '—'} · {formatDateTime(h.changedAt, 'YYYY-MM-DD HH:mm')}
                  </Typography.Text>
                </div>
                <div>{t('allianceSettings.reasonLabel')}: {h.reason}</div>
              </div>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}

function EditModal({ setting, onClose }: { setting: Setting | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ value: string | number; reason: string }>();
  const [save, saving] = useMutation(ChangeAllianceSettingDocument, { refetchQueries: [AllianceSettingsDocument] });
  if (!setting) return null;
  const name = t(`allianceSettings.name.${setting.key}`);
  const fen = setting.kind === 'FEN';
  const min = setting.min == null ? undefined : fen ? setting.min / 100 : setting.min;
  const max = setting.max == null ? undefined : fen ? setting.max / 100 : setting.max;
  return (
    <Modal
      open
      title={t('allianceSettings.editTitle', { name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={saving.loading}
      okButtonProps={{ 'data-testid': 'setting-save' } as ButtonProps}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(`allianceSettings.meaning.${setting.key}`)}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ value: toInput(setting, setting.value), reason: '' }}
        onFinish={async (v) => {
          try {
            const { data } = await save({ variables: { input: { key: setting.key, value: fromInput(setting, v.value), reason: v.reason, expectedVersion: setting.version } } });
            message.success(t('allianceSettings.saved', { version: data?.changeAllianceSetting.version }));
            onClose();
          } catch (e) {
            const code = errorCode(e);
            if (code === 'VALIDATION_FAILED') {
              const fields = fieldErrors(e);
              form.setFields(Object.entries(fields).map(([f, errors]) => ({ name: f === 'value' ? 'value' : 'reason', errors })));
            } else if (code === 'CONFLICT') {
              message.warning(t('allianceSettings.conflict'));
              onClose();
            } else message.error(errorMessage(t, e));
          }
        }}
      >
        <Form.Item
          name="value"
          label={t('allianceSettings.newValue')}
          rules={[{ required: true, message: t('allianceSettings.valueRequired') }]}
          extra={min !== undefined && max !== undefined ? t('allianceSettings.range', { min, max }) : undefined}
        >
          {setting.kind === 'CHOICE' ? (
            <Select data-testid="setting-value" options={(setting.choices ?? []).map((c) => ({ value: c, label: t(`allianceSettings.choice.${c}`, { defaultValue: c }) }))} />
          ) : (
            <InputNumber
              data-testid="setting-value"
              style={{ width: '100%' }}
              min={min}
              max={max}
              precision={fen ? 2 : setting.kind === 'INTEGER' ? 0 : undefined}
              suffix={fen ? t('allianceSettings.yuan') : t(`allianceSettings.unit.${setting.key}`, { defaultValue: '' }) || undefined}
            />
          )}
        </Form.Item>
        <Form.Item name="reason" label={t('allianceSettings.reason')} rules={[{ required: true, whitespace: true, message: t('allianceSettings.reasonRequired') }]}>
          <Input.TextArea data-testid="setting-reason" rows={2} maxLength={500} placeholder={t('allianceSettings.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function SettingRow({ s, admin, onEdit, onHistory }: { s: Setting; admin: boolean; onEdit: () => void; onHistory: () => void }) {
  const { t } = useTranslation();
  return (
    <div data-testid={`setting-${s.key}`} style={{ padding: '12px 0', borderBottom: '1px solid rgba(5,5,5,0.06)' }}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Space size={8} wrap>
            <Typography.Text strong>{t(`allianceSettings.name.${s.key}`)}</Typography.Text>
            {s.version > 0 ? <Tag color="blue">{t('allianceSettings.modified')} v{s.version}</Tag> : <Tag>{t('allianceSettings.isDefault')}</Tag>}
          </Space>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>{t(`allianceSettings.meaning.${s.key}`)}</Typography.Paragraph>
          <div>
            {t('allianceSettings.current')}: <Typography.Text strong data-testid="setting-current">{shown(t, s, s.value)}</Typography.Text>
            <Typography.Text type="secondary"> · {s.envSet ? t('allianceSettings.defaultFromEnv', { env: s.envVar }) : t('allianceSettings.builtIn')}: {shown(t, s, s.defaultValue)}</Typography.Text>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {s.version > 0 && s.changedAt
              ? `${t('allianceSettings.changedBy', { who: s.changedBy ?? '—', when: formatDateTime(s.changedAt, 'YYYY-MM-DD HH:mm'), version: s.version })} · ${t('allianceSettings.reasonLabel')}: ${s.reason ?? ''}`
              : t('allianceSettings.neverChanged')}
          </Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<HistoryOutlined />} onClick={onHistory} aria-label={`${t('allianceSettings.history')} · ${t(`allianceSettings.name.${s.key}`)}`}>
            {t('allianceSettings.history')}
          </Button>
          {admin && (
            <Button type="primary" icon={<EditOutlined />} onClick={onEdit} data-testid={`edit-${s.key}`} aria-label={`${t('allianceSettings.edit')} · ${t(`allianceSettings.name.${s.key}`)}`}>
              {t('allianceSettings.edit')}
            </Button>
          )}
        </Space>
      </Flex>
    </div>
  );
}

/** 联盟设置: every alliance setting with its meaning, value, default and history; admins change them, auditors read. */
export default function AllianceSettingsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const admin = !!user?.roles.includes('ADMIN');
  const { data, loading, error, refetch } = useQuery(AllianceSettingsDocument);
  const [editing, setEditing] = useState<Setting | null>(null);
  const [history, setHistory] = useState<Setting | null>(null);
  const settings = data?.allianceSettings ?? [];
  return (
    <>
      <PageHeader title={t('allianceSettings.title')} subtitle={t('allianceSettings.subtitle')} />
      {!admin && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('allianceSettings.readOnly')} data-testid="settings-read-only" />}
      <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
        <Flex vertical gap={16}>
          {Object.values(SettingGroup).map((group) => {
            const rows = settings.filter((s) => s.group === group);
            if (!rows.length) return null;
            return (
              <Card key={group} title={t(`allianceSettings.group.${group}`)} styles={{ body: { paddingTop: 0, paddingBottom: 0 } }}>
                {rows.map((s) => (
                  <SettingRow key={s.key} s={s} admin={admin} onEdit={() => setEditing(s)} onHistory={() => setHistory(s)} />
                ))}
              </Card>
            );
          })}
        </Flex>
      </AsyncState>
      <EditModal setting={editing} onClose={() => setEditing(null)} />
      <HistoryDrawer setting={history ? (settings.find((s) => s.key === history.key) ?? history) : null} onClose={() => setHistory(null)} />
    </>
  );
}
