import { useState } from 'react';
import { Alert, App, Modal, Select, Space, Table, Tag, Typography, type ButtonProps } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ApplySlaHolidayImportDocument, SlaCalendarsDocument, SlaHolidayImportPreviewDocument, type SlaCalendarFieldsFragment, type SlaHolidayImportPreviewQuery } from '@mengyuan/graphql';
import { AsyncState, errorMessage } from '@mengyuan/ui';

type Change = SlaHolidayImportPreviewQuery['slaHolidayImportPreview']['changes'][number];
type Exception = NonNullable<Change['before']>;

/** Why a calendar needs its holidays brought up to date, or null: shown on its card and above the calendars. */
export function CoverageAlert({ calendar, action }: { calendar: SlaCalendarFieldsFragment; action?: React.ReactNode }) {
  const { t } = useTranslation();
  const c = calendar.coverage;
  if (!c.warning) return null;
  const parts = [
    c.officialThrough ? (c.daysLeft! < 0 ? t('adminTickets.sla.holidays.ranOut', { date: c.officialThrough }) : t('adminTickets.sla.holidays.runsOut', { date: c.officialThrough, days: c.daysLeft })) : t('adminTickets.sla.holidays.noneAnnounced'),
    c.provisionalYears.length ? t('adminTickets.sla.holidays.provisional', { years: c.provisionalYears.join(t('adminTickets.sla.holidays.sep')) }) : null,
  ].filter(Boolean);
  return <Alert type="warning" showIcon style={{ marginTop: 8 }} title={parts.join(' ')} action={action} data-testid="calendar-coverage-warning" />;
}

function ExceptionText({ e }: { e: Exception | null }) {
  const { t } = useTranslation();
  if (!e) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={4}>
      <Tag color={e.kind === 'HOLIDAY' ? 'red' : 'blue'}>{e.kind === 'HOLIDAY' ? t('adminTickets.sla.off') : t('adminTickets.sla.on')}</Tag>
      {e.name}
    </Space>
  );
}

/**
 * 导入法定节假日: the State Council's schedule (or a year's statutory days, provisional) as the dated changes it
 * would make to this calendar; applied only as shown, as a new version.
 */
export function HolidayImport({ calendar, onClose }: { calendar: SlaCalendarFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const thisYear = new Date().getFullYear();
  const [years, setYears] = useState<number[]>([thisYear, thisYear + 1]);
  const preview = useQuery(SlaHolidayImportPreviewDocument, { variables: { calendarId: calendar.id, years }, fetchPolicy: 'network-only' });
  const [apply, applying] = useMutation(ApplySlaHolidayImportDocument, { refetchQueries: [SlaCalendarsDocument] });
  const p = preview.data?.slaHolidayImportPreview;
  const kindOf = (c: Change) => (!c.before ? 'added' : !c.after ? 'removed' : 'changed');
  return (
    <Modal
      open
      width={720}
      title={t('adminTickets.sla.holidays.title', { name: calendar.name })}
      onCancel={onClose}
      okText={p && p.changes.length ? t('adminTickets.sla.holidays.apply', { version: p.calendarVersion + 1 }) : t('adminTickets.sla.holidays.nothing')}
      okButtonProps={{ disabled: !p || !p.changes.length, loading: applying.loading, 'data-testid': 'holiday-import-apply' } as ButtonProps}
      onOk={async () => {
        if (!p) return;
        try {
          const r = await apply({ variables: { calendarId: calendar.id, expectedVersion: p.calendarVersion, years } });
          message.success(t('adminTickets.sla.calendarSaved', { version: r.data?.applySlaHolidayImport.version }));
          onClose();
        } catch (e) {
          message.error(errorMessage(t, e));
          void preview.refetch();
        }
      }}
    >
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('adminTickets.sla.holidays.explain')}
        </Typography.Paragraph>
        <Select
          mode="multiple"
          aria-label={t('adminTickets.sla.holidays.years')}
          value={years}
          maxCount={3}
          style={{ minWidth: 240 }}
          onChange={(v) => setYears([...v].sort())}
          options={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => ({ value: y, label: String(y) }))}
          data-testid="holiday-import-years"
        />
        <AsyncState loading={preview.loading} error={preview.error} hasData={!!p} onRetry={() => void preview.refetch()}>
          {p && (
            <>
              <Space wrap>
                <Typography.Text type="secondary">{t('adminTickets.sla.holidays.source', { name: p.package, version: p.packageVersion })}</Typography.Text>
                {p.years.map((y) => (
                  <Tag key={y.year} color={y.status === 'OFFICIAL' ? 'green' : 'orange'} data-testid="holiday-import-year" data-status={y.status}>
                    {y.year} · {t(`adminTickets.sla.holidays.status.${y.status}`)}
                  </Tag>
                ))}
              </Space>
              {p.years.some((y) => y.status === 'STATUTORY') && <Alert type="info" showIcon title={t('adminTickets.sla.holidays.statutoryHint')} />}
              <Table<Change>
                rowKey="date"
                size="small"
                pagination={false}
                dataSource={p.changes}
                locale={{ emptyText: t('adminTickets.sla.holidays.noChanges') }}
                data-testid="holiday-import-changes"
                columns={[
                  { title: t('adminTickets.sla.date'), dataIndex: 'date', width: 120 },
                  { title: t('adminTickets.sla.holidays.change'), key: 'kind', width: 90, render: (_, c) => <Tag>{t(`adminTickets.sla.holidays.${kindOf(c)}`)}</Tag> },
                  { title: t('adminTickets.sla.holidays.before'), key: 'before', render: (_, c) => <ExceptionText e={c.before} /> },
                  { title: t('adminTickets.sla.holidays.after'), key: 'after', render: (_, c) => <ExceptionText e={c.after} /> },
                ]}
              />
            </>
          )}
        </AsyncState>
      </Space>
    </Modal>
  );
}
