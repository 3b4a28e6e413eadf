import type { ReactNode } from 'react';
import { Flex, Grid, Select, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface SettingsSection {
  key: string;
  label: string;
  children: ReactNode;
}

/**
 * Settings sections as tabs on a wide screen; on a phone (where six tabs would overflow into a menu that breaks
 * the tab list for screen readers) as a labelled picker above the section.
 */
export function SettingsTabs({ active, onChange, items }: { active: string; onChange: (key: string) => void; items: SettingsSection[] }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  if (screens.md === false) {
    const current = items.find((i) => i.key === active) ?? items[0];
    return (
      <Flex vertical gap={16}>
        <Flex vertical gap={4}>
          <Typography.Text type="secondary" id="settings-section-label">
            {t('acct.account.section')}
          </Typography.Text>
          <Select aria-labelledby="settings-section-label" value={current.key} onChange={onChange} options={items.map((i) => ({ value: i.key, label: i.label }))} data-testid="settings-section" />
        </Flex>
        <div>{current.children}</div>
      </Flex>
    );
  }
  // At a tablet's width the tabs scroll rather than fold into antd's "more" menu (a button inside the tab list).
  return <Tabs activeKey={active} onChange={onChange} items={items} className="my-scroll-tabs" />;
}
