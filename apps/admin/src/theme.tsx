import type { ReactNode } from 'react';
import { App as AntdApp, ConfigProvider, type ThemeConfig } from 'antd';

/**
 * The admin console's contrast fixes (WCAG 2 AA, checked by axe-core in the browser tests): antd's default
 * secondary and tertiary text (45% black ≈ 3.4:1) and the light preset tags (green-7 on green-1 ≈ 3.7:1) are
 * too faint for small text. Darker text tokens here; the preset tags' text shades come from the shared Tag
 * tokens in packages/ui (seeding the presets darker here as well tinted the tags' backgrounds too dark).
 */
export const ADMIN_THEME: ThemeConfig = {
  token: {
    colorTextSecondary: 'rgba(0, 0, 0, 0.66)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.56)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.56)',
    // Status tags and texts are the status colour on its light background: dark text, antd's light backgrounds.
    colorSuccess: '#237804',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarning: '#ad4e00',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorError: '#c41d1d',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorInfo: '#1f5fd6',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    colorLink: '#1f5fd6',
  },
};

export function AdminTheme({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider theme={ADMIN_THEME}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
