import dayjs from 'dayjs';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';

/** Formats an ISO instant in Beijing time, whatever the browser's zone. */
export function formatDateTime(value: string | null | undefined, format = 'YYYY-MM-DD HH:mm:ss'): string {
  if (!value) return '';
  const d = dayjs(value);
  return d.isValid() ? d.tz(DISPLAY_TIME_ZONE).format(format) : value;
}

export function DateTime({ value, format, dateOnly = false }: { value: string | null | undefined; format?: string; dateOnly?: boolean }) {
  const { t } = useTranslation();
  if (!value) return <span>{t('common.none')}</span>;
  const text = formatDateTime(value, format ?? (dateOnly ? 'YYYY-MM-DD' : 'YYYY-MM-DD HH:mm:ss'));
  return (
    <Tooltip title={`${formatDateTime(value, 'YYYY-MM-DD HH:mm:ss')} ${t('time.zone')}`}>
      <time dateTime={value} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {text}
      </time>
    </Tooltip>
  );
}
