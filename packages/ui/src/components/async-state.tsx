import type { ReactNode } from 'react';
import { Button, Empty, Result, Skeleton } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../errors';

export interface AsyncStateProps {
  loading: boolean;
  error?: unknown;
  /** Whether there is something to show (data already present keeps showing while refetching). */
  hasData: boolean;
  /** Show the empty state instead of children. */
  empty?: boolean;
  emptyText?: ReactNode;
  onRetry?: () => void;
  children: ReactNode;
}

/** Loading skeleton, error with retry, or empty state, then the content. */
export function AsyncState({ loading, error, hasData, empty = false, emptyText, onRetry, children }: AsyncStateProps) {
  const { t } = useTranslation();
  if (!hasData && loading) return <Skeleton active paragraph={{ rows: 5 }} data-testid="loading" />;
  if (!hasData && error) {
    return (
      <Result
        status="warning"
        title={t('common.loadFailed')}
        subTitle={errorMessage(t, error)}
        extra={
          onRetry ? (
            <Button icon={<ReloadOutlined />} onClick={onRetry}>
              {t('common.retry')}
            </Button>
          ) : undefined
        }
      />
    );
  }
  if (empty) return <Empty description={emptyText ?? t('common.empty')} />;
  return <>{children}</>;
}
