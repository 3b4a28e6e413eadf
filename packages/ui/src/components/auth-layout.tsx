import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { BrandMark } from './brand-mark';
import { LanguageSwitch } from './language-switch';

/** Sign-in and registration frame: brand panel on the left, the form in a card on the right. */
export function AuthLayout({ appName, title, subtitle, children, width = 400 }: { appName: ReactNode; title: ReactNode; subtitle?: ReactNode; children: ReactNode; width?: number }) {
  const { t } = useTranslation();
  return (
    <Flex style={{ minHeight: '100vh', background: '#f3f5f9' }}>
      <div className="my-auth-brand" style={{ flex: '0 0 40%', maxWidth: 560, background: 'linear-gradient(150deg, #0f1f3d 0%, #17357a 55%, #1f5fd6 100%)', color: '#fff', padding: '48px 56px', display: 'flex', flexDirection: 'column', justifyContent: 'space-between' }}>
        <Flex align="center" gap={12}>
          <BrandMark size={40} />
          <div>
            <div style={{ fontSize: 22, fontWeight: 600, letterSpacing: 1 }}>{t('common.brand')}</div>
            <div style={{ opacity: 0.7, fontSize: 13 }}>{appName}</div>
          </div>
        </Flex>
        <div>
          <div style={{ fontSize: 28, fontWeight: 600, lineHeight: 1.4, marginBottom: 28 }}>{t('brand.tagline')}</div>
          {(['point1', 'point2', 'point3'] as const).map((k) => (
            <Flex key={k} gap={10} align="flex-start" style={{ marginBottom: 14, fontSize: 15, opacity: 0.9 }}>
              <CheckCircleFilled style={{ color: '#7fb0ff', marginTop: 4 }} />
              <span>{t(`brand.${k}`)}</span>
            </Flex>
          ))}
        </div>
        <div style={{ opacity: 0.5, fontSize: 12 }}>{t('common.copyright', { year: new Date().getFullYear() })}</div>
      </div>
      <Flex vertical style={{ flex: 1, minWidth: 0 }}>
        <Flex justify="flex-end" style={{ padding: '16px 24px' }}>
          <LanguageSwitch />
        </Flex>
        <Flex component="main" justify="center" align="flex-start" style={{ flex: 1, padding: '24px 16px 48px' }}>
          <Card style={{ width: '100%', maxWidth: width, marginTop: '6vh' }} styles={{ body: { padding: 32 } }}>
            <Typography.Title level={1} style={{ marginTop: 0, marginBottom: subtitle ? 4 : 24, fontSize: 24 }}>
              {title}
            </Typography.Title>
            {subtitle && (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
                {subtitle}
              </Typography.Paragraph>
            )}
            {children}
          </Card>
        </Flex>
      </Flex>
    </Flex>
  );
}
