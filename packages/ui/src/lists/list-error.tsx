import { Alert, Button } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { listErrorText } from './list-error-text';

/** The alert a list shows over its rows when its search or refresh failed (ListPage renders it from `error`). */
export function ListLoadError({ error, stale, onRetry }: { error: unknown; stale: boolean; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { title, description } = listErrorText(t, error, stale);
  return (
    <Alert
      type={stale ? 'warning' : 'error'}
      showIcon
      role="alert"
      title={title}
      description={description}
      style={{ marginBottom: 12 }}
      data-testid="list-load-error"
      data-stale={stale}
      action={
        onRetry && (
          <Button size="small" icon={<ReloadOutlined />} onClick={onRetry} data-testid="list-retry">
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}
