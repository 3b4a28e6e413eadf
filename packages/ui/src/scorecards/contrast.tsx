import { useEffect, useRef, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

/**
 * Scorecard pages in text that meets WCAG AA contrast (4.5:1): antd's secondary, tertiary and placeholder greys
 * (45 % black) do not on white or the grey page ground, so they are darkened here.
 */
export function ContrastTheme({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // A table wider than its card scrolls sideways: its scroll box must take keyboard focus (axe
  // scrollable-region-focusable), so every antd table scroller inside gets tabindex 0.
  useEffect(() => {
    const root = ref.current;
    if (!root || typeof MutationObserver === 'undefined') return;
    const mark = () => {
      for (const el of root.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body')) if (el.tabIndex !== 0) el.tabIndex = 0;
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return (
    <ConfigProvider
      theme={{
        token: {
          colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
          colorTextDescription: 'rgba(0, 0, 0, 0.65)',
          colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
          colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
          colorTextDisabled: 'rgba(0, 0, 0, 0.6)',
          colorTextQuaternary: 'rgba(0, 0, 0, 0.6)',
          colorLink: '#0958d9',
          colorLinkHover: '#003eb3',
        },
      }}
    >
      <div ref={ref}>{children}</div>
    </ConfigProvider>
  );
}

/** The viewer's own time zone, as the browser reports it (e.g. Asia/Shanghai, Europe/Berlin). */
export function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** An instant in the viewer's time zone, with the zone named (deadlines the viewer must act by). */
export function LocalDateTime({ value, testId }: { value: string | null | undefined; testId?: string }) {
  const { t, i18n } = useTranslation();
  if (!value) return <span>{t('common.none')}</span>;
  const d = new Date(value);
  const zone = viewerTimeZone();
  const text = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
  const offset = dayjs(value).format('Z');
  return (
    <time dateTime={value} data-testid={testId} data-zone={zone} style={{ fontVariantNumeric: 'tabular-nums' }}>
      {text} ({zone}, UTC{offset})
    </time>
  );
}
