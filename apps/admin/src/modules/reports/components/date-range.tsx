import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

/** A day range (YYYY-MM-DD, Asia/Shanghai days as the api reads them), labelled for screen readers. */
export function DayRange({ from, to, onChange, testId }: { from?: string; to?: string; onChange: (from: string | null, to: string | null) => void; testId?: string }) {
  const { t } = useTranslation();
  return (
    <DatePicker.RangePicker
      value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
      allowEmpty={[true, true]}
      onChange={(v) => onChange(v?.[0]?.format('YYYY-MM-DD') ?? null, v?.[1]?.format('YYYY-MM-DD') ?? null)}
      placeholder={[t('reports.from'), t('reports.to')]}
      aria-label={t('reports.dateRange')}
      id={{ start: `${testId ?? 'range'}-from`, end: `${testId ?? 'range'}-to` }}
      data-testid={testId}
      style={{ width: 250 }}
    />
  );
}
