import type { ReactNode } from 'react';
import { Alert, Button, Flex } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader, errorMessage } from '@mengyuan/ui';
import { rangeFromParams, type DayRange } from '../range';
import { DashboardRangePicker } from './range-picker';

/** The range in the address, so a reload or a shared link shows the same days. */
export function useDashboardRange(): [DayRange, (r: DayRange) => void] {
  const [params, setParams] = useSearchParams();
  const range = rangeFromParams(params);
  return [range, (r) => setParams({ from: r.from, to: r.to }, { replace: true })];
}

/** Title (h1), range picker and refresh; an error line above the panels when the figures could not load. */
export function DashboardFrame({ title, subtitle, range, onRange, onRefresh, error, children, compared }: {
  title: ReactNode; subtitle?: ReactNode; range: DayRange; onRange: (r: DayRange) => void; onRefresh: () => void; error?: unknown; children: ReactNode; compared?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={title}
        subtitle={subtitle}
        extra={
          <Flex gap={8} wrap align="center">
            <DashboardRangePicker value={range} onChange={onRange} />
            <Button icon={<ReloadOutlined />} onClick={onRefresh} aria-label={t('common.refresh')} />
          </Flex>
        }
      />
      {compared}
      {!!error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="dashboard-error"
          title={t('common.loadFailed')}
          description={errorMessage(t, error)}
          action={<Button onClick={onRefresh}>{t('common.retry')}</Button>}
        />
      )}
      {children}
    </>
  );
}
