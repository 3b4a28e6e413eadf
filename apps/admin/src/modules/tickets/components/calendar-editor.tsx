import { useState } from 'react';
import { App, Button, Calendar, Checkbox, DatePicker, Flex, Form, Input, Modal, Radio, Select, Table, Tag, TimePicker, Typography, type ButtonProps } from 'antd';
import { DeleteOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CN_2026_EXCEPTIONS, type CalendarExceptionKind, type CalendarKind } from '@mengyuan/domain';
import { CreateSlaCalendarDocument, SlaCalendarsDocument, UpdateSlaCalendarDocument, type SlaCalendarFieldsFragment } from '@mengyuan/graphql';
import { errorMessage, fieldErrors } from '@mengyuan/ui';

interface Exception {
  date: string;
  kind: CalendarExceptionKind;
  name: string | null;
}

interface Values {
  name: string;
  kind: CalendarKind;
  timezone: string;
  workdays: number[];
  hours: [Dayjs, Dayjs];
}

const ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'UTC'];

/**
 * A working calendar: 7×24, or business hours on chosen weekdays in a time zone, with dated exceptions —
 * public holidays and make-up working days (调休) — and China's 2026 dates one click away. Saving makes a new
 * version; running clocks keep the version they started on.
 */
export function CalendarEditor({ calendar, open, onClose }: { calendar: SlaCalendarFieldsFragment | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [exceptions, setExceptions] = useState<Exception[]>(() => (calendar?.exceptions ?? []).map((e) => ({ date: e.date, kind: e.kind, name: e.name ?? null })));
  const [adding, setAdding] = useState<{ date: Dayjs | null; kind: CalendarExceptionKind; name: string }>({ date: null, kind: 'HOLIDAY', name: '' });
  const kind = Form.useWatch('kind', form);
  const [create, creating] = useMutation(CreateSlaCalendarDocument, { refetchQueries: [SlaCalendarsDocument] });
  const [update, updating] = useMutation(UpdateSlaCalendarDocument, { refetchQueries: [SlaCalendarsDocument] });

  const merge = (more: readonly Exception[]) => {
    const byDate = new Map(exceptions.map((e) => [e.date, e]));
    for (const e of more) byDate.set(e.date, e);
    setExceptions([...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)));
  };

  const submit = async (v: Values) => {
    const input = { name: v.name.trim(), kind: v.kind, timezone: v.timezone, workdays: [...v.workdays].sort(), opens: v.hours[0].format('HH:mm'), closes: v.hours[1].format('HH:mm'), exceptions };
    try {
      const saved = calendar ? (await update({ variables: { id: calendar.id, input } })).data?.updateSlaCalendar : (await create({ variables: { input } })).data?.createSlaCalendar;
      message.success(t('adminTickets.sla.calendarSaved', { version: saved?.version ?? 1 }));
      onClose();
    } catch (e) {
      const fields = fieldErrors(e);
      const known = Object.entries(fields).filter(([name]) => ['name', 'workdays', 'timezone'].includes(name));
      if (known.length) form.setFields(known.map(([name, errors]) => ({ name: name as keyof Values, errors })));
      message.error(errorMessage(t, e));
    }
  };

  const exceptionOn = (d: Dayjs) => exceptions.find((e) => e.date === d.format('YYYY-MM-DD'));
  const holidays = exceptions.filter((e) => e.kind === 'HOLIDAY').length;

  return (
    <Modal
      open={open}
      width={880}
      title={calendar ? `${t('adminTickets.sla.editCalendar')} · ${calendar.name} (v${calendar.version})` : t('adminTickets.sla.newCalendar')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={creating.loading || updating.loading}
      okButtonProps={{ 'data-testid': 'calendar-save' } as ButtonProps}
      destroyOnHidden
      forceRender
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) => void submit(v)}
        initialValues={{
          name: calendar?.name ?? '',
          kind: calendar?.kind ?? 'BUSINESS_HOURS',
          timezone: calendar?.timezone ?? 'Asia/Shanghai',
          workdays: calendar?.workdays ?? [1, 2, 3, 4, 5],
          hours: [dayjs(`2000-01-01T${calendar?.opens ?? '09:00'}`), dayjs(`2000-01-01T${calendar?.closes === '24:00' ? '23:59' : (calendar?.closes ?? '18:00')}`)],
        }}
        data-testid="calendar-form"
      >
        <Flex gap={16} wrap>
          <Form.Item name="name" label={t('adminTickets.sla.name')} rules={[{ required: true, whitespace: true, message: t('adminTickets.sla.nameRequired') }]} style={{ flex: '1 1 300px' }}>
            <Input maxLength={100} data-testid="calendar-name" />
          </Form.Item>
          <Form.Item name="kind" label={t('adminTickets.sla.kind')}>
            <Radio.Group optionType="button" options={(['ALWAYS', 'BUSINESS_HOURS'] as const).map((k) => ({ value: k, label: t(`tk.calendarKind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="timezone" label={t('adminTickets.sla.timezone')}>
            <Select style={{ width: 170 }} options={ZONES.map((z) => ({ value: z, label: z }))} />
          </Form.Item>
        </Flex>
        {kind === 'BUSINESS_HOURS' && (
          <Flex gap={16} wrap>
            <Form.Item name="workdays" label={t('adminTickets.sla.workdays')} rules={[{ required: true, type: 'array', min: 1, message: t('adminTickets.sla.workdaysRequired') }]}>
              <Checkbox.Group options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: d, label: t(`adminTickets.sla.weekday.${d}`) }))} />
            </Form.Item>
            <Form.Item
              name="hours"
              label={t('adminTickets.sla.hoursLabel')}
              rules={[{ validator: async (_, v: [Dayjs, Dayjs] | null) => (v && v[1].isAfter(v[0]) ? undefined : Promise.reject(new Error(t('adminTickets.sla.closesAfterOpens')))) }]}
            >
              <TimePicker.RangePicker format="HH:mm" minuteStep={15} allowClear={false} placeholder={[t('adminTickets.sla.opens'), t('adminTickets.sla.closes')]} />
            </Form.Item>
          </Flex>
        )}
      </Form>
      {kind === 'BUSINESS_HOURS' && (
        <>
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
            <Typography.Text strong>
              {t('adminTickets.sla.exceptions')} <Typography.Text type="secondary">({t('adminTickets.sla.exceptionsCount', { holidays, workdays: exceptions.length - holidays })})</Typography.Text>
            </Typography.Text>
            <Button
              icon={<ImportOutlined />}
              onClick={() => {
                merge(CN_2026_EXCEPTIONS.map((e) => ({ date: e.date, kind: e.kind, name: e.name ?? null })));
                message.success(t('adminTickets.sla.presetAdded', { count: CN_2026_EXCEPTIONS.length }));
              }}
              data-testid="calendar-preset-2026"
            >
              {t('adminTickets.sla.preset2026')}
            </Button>
          </Flex>
          <Flex gap={8} wrap style={{ marginBottom: 8 }}>
            <DatePicker value={adding.date} onChange={(d) => setAdding((a) => ({ ...a, date: d }))} placeholder={t('adminTickets.sla.date')} aria-label={t('adminTickets.sla.date')} />
            <Select
              value={adding.kind}
              onChange={(k: CalendarExceptionKind) => setAdding((a) => ({ ...a, kind: k }))}
              style={{ width: 130 }}
              options={(['HOLIDAY', 'WORKDAY'] as const).map((k) => ({ value: k, label: t(`tk.exceptionKind.${k}`) }))}
              aria-label={t('adminTickets.sla.exceptions')}
            />
            <Input
              value={adding.name}
              onChange={(e) => setAdding((a) => ({ ...a, name: e.target.value }))}
              placeholder={t('adminTickets.sla.exceptionName')}
              style={{ width: 180 }}
              maxLength={50}
              aria-label={t('adminTickets.sla.exceptionName')}
            />
            <Button
              icon={<PlusOutlined />}
              onClick={() => {
                if (!adding.date) {
                  message.warning(t('adminTickets.sla.dateRequired'));
                  return;
                }
                merge([{ date: adding.date.format('YYYY-MM-DD'), kind: adding.kind, name: adding.name.trim() || null }]);
                setAdding({ date: null, kind: adding.kind, name: '' });
              }}
            >
              {t('adminTickets.sla.addException')}
            </Button>
          </Flex>
          <Flex gap={16} wrap align="flex-start">
            <Table<Exception>
              rowKey="date"
              size="small"
              style={{ flex: '1 1 320px' }}
              dataSource={exceptions}
              pagination={{ pageSize: 8, size: 'small', hideOnSinglePage: true }}
              data-testid="calendar-exceptions"
              columns={[
                { title: t('adminTickets.sla.date'), dataIndex: 'date', width: 110 },
                {
                  title: t('adminTickets.sla.kind'),
                  dataIndex: 'kind',
                  width: 110,
                  render: (k: CalendarExceptionKind) => <Tag color={k === 'HOLIDAY' ? 'red' : 'blue'}>{t(`tk.exceptionKind.${k}`)}</Tag>,
                },
                { title: t('adminTickets.sla.exceptionName'), dataIndex: 'name', render: (n: string | null) => n ?? t('common.none') },
                {
                  title: '',
                  key: 'remove',
                  width: 50,
                  render: (_, e) => (
                    <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={t('adminTickets.sla.remove')} onClick={() => setExceptions((xs) => xs.filter((x) => x.date !== e.date))} />
                  ),
                },
              ]}
            />
            <div style={{ flex: '1 1 300px', border: '1px solid #f0f0f0', borderRadius: 8 }}>
              <Calendar
                fullscreen={false}
                defaultValue={dayjs('2026-01-01')}
                fullCellRender={(d, info) => {
                  if (info.type !== 'date') return info.originNode;
                  const e = exceptionOn(d);
                  return (
                    <div className="ant-picker-cell-inner" style={{ position: 'relative' }}>
                      {d.date()}
                      {e && (
                        <span style={{ position: 'absolute', top: -6, right: -8, fontSize: 10, color: e.kind === 'HOLIDAY' ? '#cf1322' : '#0958d9' }}>
                          {e.kind === 'HOLIDAY' ? t('adminTickets.sla.off') : t('adminTickets.sla.on')}
                        </span>
                      )}
                    </div>
                  );
                }}
              />
            </div>
          </Flex>
        </>
      )}
    </Modal>
  );
}
