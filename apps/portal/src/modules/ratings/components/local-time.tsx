import dayjs from 'dayjs';

/** The viewer's own time zone (the browser's), e.g. Asia/Shanghai or Europe/Berlin. */
export const viewerTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** An instant in the viewer's time zone: a seal's reveal time is read where the reader is. */
export function localTime(value: string | null | undefined): string {
  return value ? dayjs(value).tz(viewerTimeZone()).format('YYYY-MM-DD HH:mm') : '';
}
