import { useState } from 'react';
import { Alert, App, Button, Card, Drawer, Flex, Form, Input, InputNumber, Modal, Select, Space, Tabs, Tag, Timeline, Typography, type ButtonProps } from 'antd';
import { CloudDownloadOutlined, EditOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TicketTier } from '@mengyuan/domain';
import { SlaCalendarsDocument, SlaPoliciesDocument, SlaPolicyHistoryDocument, UpdateSlaPolicyDocument, type SlaCalendarFieldsFragment, type SlaPolicyFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, DateTime, errorMessage, formatDuration, PageHeader, ResponsiveTable, TicketTierTag, useAuth } from '@mengyuan/ui';
import { CalendarEditor } from '../components/calendar-editor';
import { CoverageAlert, HolidayImport } from '../components/holiday-import';

interface PolicyValues {
  firstResponseMinutes: number;
  resolutionHours: number;
  calendarId: string;
  note?: string;
}

function PolicyHistory({ tier, onClose }: { tier: TicketTier | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SlaPolicyHistoryDocument, { variables: { tier: tier ?? 'L1' }, skip: !tier });
  return (
    <Drawer open={!!tier} onClose={onClose} title={tier ? t('adminTickets.sla.historyTitle', { tier: t(`tk.tier.${tier}`) }) : ''} size={440}>
      <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
        <Timeline
          items={(data?.slaPolicyHistory ?? []).map((p, i) => ({
            color: i === 0 ? 'blue' : 'gray',
            children: (
              <div data-testid="policy-version">
                <Typography.Text strong>v{p.version}</Typography.Text> {i === 0 && <Tag color="blue">{t('adminTickets.sla.current')}</Tag>}
                <div>
                  {t('adminTickets.sla.firstResponse')} {formatDuration(t, p.firstResponseSeconds * 1000)} · {t('adminTickets.sla.resolution')} {formatDuration(t, p.resolutionSeconds * 1000)}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  <DateTime value={p.createdAt} format="YYYY-MM-DD HH:mm" />
                  {p.note ? ` · ${p.note}` : ''}
                </Typography.Text>
              </div>
            ),
          }))}
        />
      </AsyncState>
    </Drawer>
  );
}

function PolicyEditor({ policy, calendars, onClose }: { policy: SlaPolicyFieldsFragment | null; calendars: readonly SlaCalendarFieldsFragment[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PolicyValues>();
  const [save, saving] = useMutation(UpdateSlaPolicyDocument, { refetchQueries: [SlaPoliciesDocument, SlaPolicyHistoryDocument] });
  if (!policy) return null;
  return (
    <Modal
      open
      title={t('adminTickets.sla.editTitle', { tier: t(`tk.tier.${policy.tier}`), version: policy.version + 1 })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={saving.loading}
      okButtonProps={{ 'data-testid': 'policy-save' } as ButtonProps}
      destroyOnHidden
    >
      <Form<PolicyValues>
        form={form}
        layout="vertical"
        initialValues={{ firstResponseMinutes: policy.firstResponseSeconds / 60, resolutionHours: policy.resolutionSeconds / 3600, calendarId: policy.calendarId }}
        onFinish={async (v) => {
          try {
            const { data } = await save({
              variables: {
                input: {
                  tier: policy.tier,
                  firstResponseSeconds: Math.round(v.firstResponseMinutes * 60),
                  resolutionSeconds: Math.round(v.resolutionHours * 3600),
                  calendarId: v.calendarId,
                  note: v.note?.trim() || null,
                },
              },
            });
            message.success(t('adminTickets.sla.saved', { version: data?.updateSlaPolicy.version }));
            onClose();
          } catch (e) {
            message.error(errorMessage(t, e));
          }
        }}
      >
        <Flex gap={16} wrap>
          <Form.Item name="firstResponseMinutes" label={t('adminTickets.sla.firstResponse')} rules={[{ required: true, message: t('adminTickets.sla.targetRequired') }]}>
            <InputNumber min={1} max={10080} precision={0} suffix={t('adminTickets.sla.minutes')} style={{ width: 160 }} data-testid="policy-first" />
          </Form.Item>
          <Form.Item name="resolutionHours" label={t('adminTickets.sla.resolution')} rules={[{ required: true, message: t('adminTickets.sla.targetRequired') }]}>
            <InputNumber min={0.25} max={2160} step={0.5} precision={2} suffix={t('adminTickets.sla.hours')} style={{ width: 160 }} data-testid="policy-resolution" />
          </Form.Item>
        </Flex>
        <Form.Item name="calendarId" label={t('adminTickets.sla.calendar')}>
          <Select options={calendars.map((c) => ({ value: c.id, label: `${c.name} (v${c.version})` }))} />
        </Form.Item>
        <Form.Item name="note" label={t('adminTickets.sla.note')}>
          <Input.TextArea rows={2} maxLength={500} placeholder={t('adminTickets.sla.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** SLA 设置: each tier's targets (an edit is a new version, with the history) and the working calendars. */
export default function SlaPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const admin = !!user?.roles.includes('ADMIN');
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'policies';
  const policies = useQuery(SlaPoliciesDocument);
  const calendars = useQuery(SlaCalendarsDocument);
  const [editing, setEditing] = useState<SlaPolicyFieldsFragment | null>(null);
  const [history, setHistory] = useState<TicketTier | null>(null);
  const [calendar, setCalendar] = useState<SlaCalendarFieldsFragment | 'new' | null>(null);
  const [importing, setImporting] = useState<SlaCalendarFieldsFragment | null>(null);
  const cals = calendars.data?.slaCalendars ?? [];
  const calName = (id: string) => cals.find((c) => c.id === id)?.name ?? t('common.none');
  const pols = policies.data?.slaPolicies ?? [];
  return (
    <>
      <PageHeader title={t('adminTickets.sla.title')} subtitle={t('adminTickets.sla.subtitle')} />
      {cals.some((c) => c.coverage.warning) && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('adminTickets.sla.holidays.pageWarning', { names: cals.filter((c) => c.coverage.warning).map((c) => c.name).join(t('adminTickets.sla.holidays.sep')) })}
          action={tab !== 'calendars' ? <Button size="small" onClick={() => setParams({ tab: 'calendars' }, { replace: true })}>{t('adminTickets.sla.holidays.show')}</Button> : undefined}
          data-testid="sla-coverage-warning"
        />
      )}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === 'policies' ? {} : { tab: k }, { replace: true })}
          items={[
            {
              key: 'policies',
              label: t('adminTickets.sla.tabPolicies'),
              children: (
                <AsyncState loading={policies.loading} error={policies.error} hasData={!!policies.data} onRetry={() => void policies.refetch()}>
                  <ResponsiveTable<SlaPolicyFieldsFragment>
                    rowKey="id"
                    pagination={false}
                    dataSource={[...pols].sort((a, b) => a.tier.localeCompare(b.tier))}
                    scroll={{ x: 760 }}
                    data-testid="sla-policies"
                    onRow={(p) => ({ 'data-tier': p.tier }) as object}
                    columns={[
                      { title: t('adminTickets.sla.tier'), key: 'tier', width: 170, render: (_, p) => <TicketTierTag tier={p.tier} /> },
                      { title: t('adminTickets.sla.firstResponse'), key: 'first', render: (_, p) => formatDuration(t, p.firstResponseSeconds * 1000) },
                      { title: t('adminTickets.sla.resolution'), key: 'resolution', render: (_, p) => formatDuration(t, p.resolutionSeconds * 1000) },
                      { title: t('adminTickets.sla.calendar'), key: 'calendar', render: (_, p) => calName(p.calendarId) },
                      { title: t('adminTickets.sla.version'), key: 'version', width: 80, render: (_, p) => `v${p.version}` },
                      { title: t('adminTickets.sla.createdAt'), key: 'created', width: 150, render: (_, p) => <DateTime value={p.createdAt} format="YYYY-MM-DD HH:mm" /> },
                      {
                        title: t('common.actions'),
                        key: 'actions',
                        width: 190,
                        render: (_, p) => (
                          <Space size={4}>
                            {admin && (
                              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(p)} data-testid="policy-edit">
                                {t('adminTickets.sla.edit')}
                              </Button>
                            )}
                            <Button size="small" icon={<HistoryOutlined />} onClick={() => setHistory(p.tier)} data-testid="policy-history">
                              {t('adminTickets.sla.history')}
                            </Button>
                          </Space>
                        ),
                      },
                    ]}
                  />
                </AsyncState>
              ),
            },
            {
              key: 'calendars',
              label: t('adminTickets.sla.tabCalendars'),
              children: (
                <AsyncState loading={calendars.loading} error={calendars.error} hasData={!!calendars.data} onRetry={() => void calendars.refetch()}>
                  {admin && (
                    <Flex justify="flex-end" style={{ marginBottom: 12 }}>
                      <Button type="primary" icon={<PlusOutlined />} onClick={() => setCalendar('new')} data-testid="calendar-new">
                        {t('adminTickets.sla.newCalendar')}
                      </Button>
                    </Flex>
                  )}
                  <Flex vertical gap={12} data-testid="sla-calendars">
                    {cals.map((c) => {
                      const used = pols.filter((p) => p.calendarId === c.id).map((p) => t(`tk.tier.${p.tier}`));
                      const holidays = c.exceptions.filter((e) => e.kind === 'HOLIDAY').length;
                      return (
                        <Card key={c.id} size="small" data-testid="sla-calendar" data-kind={c.kind}>
                          <Flex justify="space-between" align="flex-start" gap={8} wrap>
                            <div style={{ minWidth: 0 }}>
                              <Typography.Text strong>{c.name}</Typography.Text> <Tag>v{c.version}</Tag>
                              <Tag color={c.kind === 'ALWAYS' ? 'green' : 'blue'}>{t(`tk.calendarKind.${c.kind}`)}</Tag>
                              <div>
                                <Typography.Text type="secondary">
                                  {c.kind === 'BUSINESS_HOURS'
                                    ? `${c.workdays.map((d) => t(`adminTickets.sla.weekday.${d}`)).join(' ')} · ${c.opens}–${c.closes} · ${c.timezone} · ${t('adminTickets.sla.exceptionsCount', { holidays, workdays: c.exceptions.length - holidays })}`
                                    : c.timezone}
                                </Typography.Text>
                              </div>
                              {used.length > 0 && (
                                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                                  {t('adminTickets.sla.usedBy', { tiers: used.join('、') })}
                                </Typography.Text>
                              )}
                            </div>
                            {admin && (
                              <Space size={4} wrap>
                                {c.kind === 'BUSINESS_HOURS' && (
                                  <Button size="small" icon={<CloudDownloadOutlined />} onClick={() => setImporting(c)} data-testid="calendar-import-holidays">
                                    {t('adminTickets.sla.holidays.open')}
                                  </Button>
                                )}
                                <Button size="small" icon={<EditOutlined />} onClick={() => setCalendar(c)} data-testid="calendar-edit">
                                  {t('adminTickets.sla.edit')}
                                </Button>
                              </Space>
                            )}
                          </Flex>
                          {c.holidaySource && (
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {t('adminTickets.sla.holidays.importedFrom', {
                                name: c.holidaySource.package,
                                version: c.holidaySource.version,
                                years: c.holidaySource.years.map((y) => `${y.year} ${t(`adminTickets.sla.holidays.status.${y.status}`)}`).join(t('adminTickets.sla.holidays.sep')),
                              })}
                            </Typography.Text>
                          )}
                          <CoverageAlert calendar={c} />
                        </Card>
                      );
                    })}
                  </Flex>
                </AsyncState>
              ),
            },
          ]}
        />
      </Card>
      <PolicyEditor key={editing?.id} policy={editing} calendars={cals} onClose={() => setEditing(null)} />
      <PolicyHistory tier={history} onClose={() => setHistory(null)} />
      {calendar && <CalendarEditor calendar={calendar === 'new' ? null : calendar} open onClose={() => setCalendar(null)} />}
      {importing && <HolidayImport calendar={importing} onClose={() => setImporting(null)} />}
    </>
  );
}
