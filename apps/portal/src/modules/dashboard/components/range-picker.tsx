import { useId } from 'react';
import { DatePicker, Flex, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { lastDays, type DayRange } from '../range';

/** The dashboard's days (Asia/Shanghai), with the 7- and 30-day presets; labelled for screen readers. */
export function DashboardRangePicker({ value, onChange }: { value: DayRange; onChange: (next: DayRange) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const preset = (days: number) => {
    const r = lastDays(days);
    return [dayjs(r.from), dayjs(r.to)] as [Dayjs, Dayjs];
  };
  return (
    <Flex align="center" gap={8} wrap>
      <Typography.Text id={id} type="secondary">
        {t('con.dashboard.range')}
      </Typography.Text>
      <DatePicker.RangePicker
        aria-labelledby={id}
        allowClear={false}
        data-testid="dashboard-range"
        value={[dayjs(value.from), dayjs(value.to)]}
        disabledDate={(d) => d.isAfter(dayjs().endOf('day'))}
        presets={[
          { label: t('dash.last7'), value: preset(7) },
          { label: t('dash.last30'), value: preset(30) },
        ]}
        onChange={(v) => {
          if (v?.[0] && v[1]) onChange({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') });
        }}
        style={{ maxWidth: '100%' }}
      />
    </Flex>
  );
}
