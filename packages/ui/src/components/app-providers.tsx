import { useEffect, type ReactNode } from 'react';
import { App as AntdApp, ConfigProvider, theme as antdTheme } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { AuthProvider } from '../auth/auth-provider';
import type { SessionManager } from '../auth/session';
import type { LiveConnection } from '../live/live-client';
import { LiveProvider } from '../live/live-status';
import { currentLanguage } from '../i18n/init';

dayjs.extend(utc);
dayjs.extend(timezone);

export const BRAND_PRIMARY = '#1f5fd6';
/** The primary colour under the pointer: darker, so white text on it keeps AA contrast (7:1). */
export const BRAND_PRIMARY_HOVER = '#1a52bd';

/**
 * WCAG AA (4.5:1) for small text on light backgrounds (axe-core `color-contrast`): antd's defaults for
 * secondary/tertiary text, placeholders and the light tag palette (color-7 on color-1) fall short, so text
 * colours are darkened here, once, for both apps. Each preset's text colour is the first shade of its palette
 * that reaches 4.8:1 on its own light background.
 */
export const ACCESSIBLE_TEXT_TOKENS = {
  colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  colorTextDescription: 'rgba(0, 0, 0, 0.62)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
  // Seeds stay antd's (their light tints make the backgrounds); only the text shades darken.
  colorSuccessText: '#237804',
  colorWarningText: '#ad4e00',
  colorError: '#cf1322',
  colorErrorText: '#cf1322',
  colorInfo: BRAND_PRIMARY,
  colorLink: BRAND_PRIMARY,
  // Hover darkens instead of antd's lighter tint: white on #4481e3 (a hovered 购买/Buy) is 3.8:1, on #1a52bd 7:1;
  // link text on hover likewise (antd's #69b1ff is 2.3:1 on white).
  colorPrimaryHover: BRAND_PRIMARY_HOVER,
  colorPrimaryTextHover: BRAND_PRIMARY_HOVER,
  colorLinkHover: BRAND_PRIMARY_HOVER,
} as const;

export const ACCESSIBLE_TAG_TOKENS = {
  red7: '#cf1322',
  volcano7: '#ad2102',
  orange7: '#ad4e00',
  gold7: '#874d00',
  yellow7: '#876800',
  lime7: '#3f6600',
  green7: '#237804',
  cyan7: '#006d75',
  blue7: '#0958d9',
  geekblue7: '#1d39c4',
  purple7: '#531dab',
  magenta7: '#c41d7f',
  pink7: '#c41d7f',
  colorSuccess: '#237804',
  colorWarning: '#ad4e00',
  colorError: '#a8071a',
  colorInfo: '#1f5fd6',
} as const;

function LocalisedConfig({ children, titleKey }: { children: ReactNode; titleKey?: string }) {
  const { i18n, t } = useTranslation();
  const lang = currentLanguage(i18n);
  // Set before children render so date pickers and relative times use the same language as antd.
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  useEffect(() => {
    if (titleKey) document.title = t(titleKey);
  }, [t, titleKey, lang]);
  return (
    <ConfigProvider
      locale={lang === 'en' ? enUS : zhCN}
      theme={{
        algorithm: antdTheme.defaultAlgorithm,
        token: {
          colorPrimary: BRAND_PRIMARY,
          ...ACCESSIBLE_TEXT_TOKENS,
          borderRadius: 6,
          fontFamily:
            "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
        },
        components: {
          Layout: { headerBg: '#ffffff', siderBg: '#0f1f3d', bodyBg: '#f3f5f9' },
          Menu: { darkItemBg: '#0f1f3d', darkSubMenuItemBg: '#0b182f', darkItemColor: 'rgba(255, 255, 255, 0.82)' },
          Tag: ACCESSIBLE_TAG_TOKENS,
          // The empty-table line and the count badge: antd draws them in disabled grey and light red.
          Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
          Empty: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
          Badge: { colorError: '#cf1322' },
        },
      }}
    >
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

export interface AppProvidersProps {
  i18n: I18n;
  client: ApolloClient;
  session: SessionManager;
  /** The subscription socket (createApolloClient's `live`): its status for "live updates paused". */
  live?: LiveConnection;
  /** i18n key of the document title, e.g. 'app.title'. */
  titleKey?: string;
  children: ReactNode;
}

/** i18n, Apollo, auth and antd (locale, theme, message/modal context) in the right order. */
export function AppProviders({ i18n, client, session, live, titleKey, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <AuthProvider session={session}>
          <LiveProvider live={live}>
            <LocalisedConfig titleKey={titleKey}>{children}</LocalisedConfig>
          </LiveProvider>
        </AuthProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
