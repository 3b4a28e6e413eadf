import type { ReactNode } from 'react';
import { Button, Flex, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** Title row of a page (its h1): optional back button, title, subtitle and actions on the right. */
export function PageHeader({ title, subtitle, extra, onBack, tags }: { title: ReactNode; subtitle?: ReactNode; extra?: ReactNode; onBack?: () => void; tags?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="space-between" gap={16} wrap style={{ marginBottom: 16 }}>
      <Flex align="center" gap={12} style={{ minWidth: 0 }}>
        {onBack && <Button type="text" icon={<ArrowLeftOutlined />} onClick={onBack} aria-label={t('common.back')} />}
        <div style={{ minWidth: 0 }}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={1} style={{ margin: 0, fontSize: 20, lineHeight: 1.4 }}>
              {title}
            </Typography.Title>
            {tags}
          </Flex>
          {subtitle && (
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 2 }}>
              {subtitle}
            </Typography.Text>
          )}
        </div>
      </Flex>
      {extra && <Flex gap={8}>{extra}</Flex>}
    </Flex>
  );
}
