import { useState, useEffect } from 'react';
import { Alert, Button, Card, Flex, Input, Select, Table, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { OrganizationsDocument, type OrganizationFieldsFragment, type OrganizationKind, type OrganizationStatus } from '@mengyuan/graphql';
import { OrganizationKind as Kinds, OrganizationStatus as Statuses } from '@mengyuan/domain';
import { ChannelTypeLabel, DateTime, errorMessage, OrganizationKindTag, OrganizationStatusTag, PageHeader } from '@mengyuan/ui';

const PAGE_SIZES = [10, 20, 50, 100];

function asKind(v: string | null): OrganizationKind | undefined {
  return v && v in Kinds ? (v as OrganizationKind) : undefined;
}
function asStatus(v: string | null): OrganizationStatus | undefined {
  return v && v in Statuses ? (v as OrganizationStatus) : undefined;
}

export default function OrganizationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const kind = asKind(params.get('kind'));
  const status = asStatus(params.get('status'));
  const search = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('size'))) ? Number(params.get('size')) : 20;
  const [searchText, setSearchText] = useState(search);
  useEffect(() => setSearchText(search), [search]);

  const { data, previousData, loading, error, refetch } = useQuery(OrganizationsDocument, {
    variables: { filter: { kind, status, search: search || undefined }, page: { offset: (page - 1) * pageSize, limit: pageSize } },
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
        title={t('orgs.title')}
        subtitle={t('orgs.subtitle')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void refetch()} loading={loading && !!shown}>
            {t('common.refresh')}
          </Button>
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select<OrganizationKind | ''>
            style={{ width: 160 }}
            value={kind ?? ''}
            onChange={(v) => update({ kind: v || undefined, page: 1 })}
            options={[{ value: '', label: t('orgs.allKinds') }, ...Object.values(Kinds).map((k) => ({ value: k, label: t(`org.kind.${k}`) }))]}
            aria-label={t('orgs.allKinds')}
            data-testid="filter-kind"
          />
          <Select<OrganizationStatus | ''>
            style={{ width: 160 }}
            value={status ?? ''}
            onChange={(v) => update({ status: v || undefined, page: 1 })}
            options={[{ value: '', label: t('orgs.allStatuses') }, ...Object.values(Statuses).map((s) => ({ value: s, label: t(`org.status.${s}`) }))]}
            aria-label={t('orgs.allStatuses')}
            data-testid="filter-status"
          />
          <Input.Search
            allowClear
            style={{ width: 320 }}
            placeholder={t('orgs.searchPlaceholder')}
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            onSearch={(v) => update({ q: v.trim() || undefined, page: 1 })}
            enterButton={t('common.search')}
            data-testid="org-search"
          />
          {(kind || status || search) && (
            <Button type="link" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
              {t('orgs.reset')}
            </Button>
          )}
        </Flex>
        {error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} action={<Button size="small" onClick={() => void refetch()}>{t('common.retry')}</Button>} />}
        <Table<OrganizationFieldsFragment>
          rowKey="id"
          data-testid="organizations-table"
          loading={loading}
          dataSource={shown?.organizations.items ?? []}
          locale={{ emptyText: t('orgs.empty') }}
          scroll={{ x: 1080 }}
          pagination={{
            current: page,
            pageSize,
            total: shown?.organizations.totalCount ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (count) => t('common.total', { count }),
          }}
          onChange={(p) => update({ page: p.current ?? 1, size: p.pageSize ?? 20 })}
          columns={[
            {
              title: t('org.fields.name'),
              dataIndex: 'name',
              render: (name: string, org) => (
                <div style={{ lineHeight: 1.5 }}>
                  <Link to={`/organizations/${org.id}`} style={{ fontWeight: 500 }}>
                    {name}
                  </Link>
                  <div>
                    <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
                      {org.unifiedSocialCreditCode}
                    </Typography.Text>
                  </div>
                </div>
              ),
            },
            { title: t('org.fields.kind'), dataIndex: 'kind', width: 130, render: (k: OrganizationKind) => <OrganizationKindTag kind={k} /> },
            { title: t('org.fields.channelType'), dataIndex: 'channelType', width: 180, render: (c) => <ChannelTypeLabel channelType={c} /> },
            { title: t('org.fields.status'), dataIndex: 'status', width: 110, render: (s: OrganizationStatus) => <OrganizationStatusTag status={s} /> },
            {
              title: t('org.fields.contactName'),
              key: 'contact',
              width: 140,
              render: (_, org) => (
                <div style={{ lineHeight: 1.4 }}>
                  <div>{org.contactName}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {org.contactPhone}
                  </Typography.Text>
                </div>
              ),
            },
            { title: t('org.fields.createdAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => <DateTime value={v} /> },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 90,
              render: (_, org) => <Link to={`/organizations/${org.id}`}>{t('common.details')}</Link>,
            },
          ]}
        />
      </Card>
    </>
  );
}
