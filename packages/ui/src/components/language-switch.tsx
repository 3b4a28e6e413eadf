import { Button, Dropdown } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { currentLanguage, SUPPORTED_LANGUAGES } from '../i18n/init';

/** Switches between 简体中文 and English; i18next remembers the choice in localStorage (mengyuan.lang). */
export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { i18n, t } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [lang],
        items: SUPPORTED_LANGUAGES.map((l) => ({ key: l, label: <span data-testid={`lang-${l}`}>{t(`language.${l}`)}</span> })),
        onClick: ({ key }) => void i18n.changeLanguage(key),
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} aria-label={`${t('language.label')} ${t(`language.${lang}`)}`} data-testid="language-switch" style={dark ? { color: 'rgba(255,255,255,0.85)' } : undefined}>
        {t(`language.${lang}`)}
      </Button>
    </Dropdown>
  );
}
