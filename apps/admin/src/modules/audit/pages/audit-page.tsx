import { Alert, Button, Card, Flex, Select } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AuditEventsDocument } from '@mengyuan/graphql';
import { AuditEventType } from '@mengyuan/domain';
import { errorMessage, PageHeader } from '@mengyuan/ui';
import { AuditEventsTable, auditTypeLabel } from '../components/audit-events-table';
import { VerifyChainCard } from '../components/verify-chain-card';

export default function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const type = params.get('type') ?? undefined;
  const organizationId = params.get('org') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = [20, 50, 100].includes(Number(params.get('size'))) ? Number(params.get('size')) : 20;
  const { data, previousData, loading, error, refetch } = useQuery(AuditEventsDocument, {
    variables: { filter: { type, organizationId }, page: { offset: (page - 1) * pageSize, limit: pageSize } },
  });
  const shown = data ?? previousData;

  const update = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '' || (k === 'page' && v === 1) || (k === 'size' && v === 20)) next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void refetch()} loading={loading && !!shown}>
            {t('common.refresh')}
          </Button>
        }
      />
      <VerifyChainCard />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select<string>
            allowClear
            style={{ width: 260 }}
            placeholder={t('audit.filterType')}
            aria-label={t('audit.filterType')}
            value={type}
            onChange={(v) => update({ type: v, page: 1 })}
            options={Object.values(AuditEventType).map((v) => ({ value: v, label: auditTypeLabel(t, v) }))}
          />
          {organizationId && (
            <Button type="link" onClick={() => update({ org: undefined, page: 1 })}>
              {t('orgs.reset')}
            </Button>
          )}
        </Flex>
        {error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} action={<Button size="small" onClick={() => void refetch()}>{t('common.retry')}</Button>} />}
        <AuditEventsTable
          items={shown?.auditEvents.items ?? []}
          loading={loading}
          pagination={{ current: page, pageSize, total: shown?.auditEvents.totalCount ?? 0, onChange: (p, s) => update({ page: p, size: s }) }}
        />
      </Card>
    </>
  );
}
