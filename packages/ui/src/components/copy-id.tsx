import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A copy button for an id people may need to quote to support, without printing the id itself on screen. */
export function CopyId({ id, label }: { id: string; label?: string }) {
  const { t } = useTranslation();
  const tip = label ?? t('common.copyId');
  return <Typography.Text type="secondary" data-testid="copy-id" copyable={{ text: id, tooltips: [`${tip}: ${id}`, t('common.copied')] }} />;
}
