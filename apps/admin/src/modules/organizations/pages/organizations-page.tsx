import { Button, Input, Select, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { OrganizationsDocument, type OrganizationFieldsFragment, type OrganizationKind, type OrganizationStatus } from '@mengyuan/graphql';
import { OrganizationKind as Kinds, OrganizationStatus as Statuses } from '@mengyuan/domain';
import { ChannelTypeLabel, DateTime, ListPage, OrganizationKindTag, OrganizationStatusTag, PageHeader, useListState, type ListColumn } from '@mengyuan/ui';

const PAGE_SIZES = [10, 20, 50, 100];

function asKind(v: string | null): OrganizationKind | undefined {
  return v && v in Kinds ? (v as OrganizationKind) : undefined;
}
function asStatus(v: string | null): OrganizationStatus | undefined {
  return v && v in Statuses ? (v as OrganizationStatus) : undefined;
}

export default function OrganizationsPage() {
  const { t } = useTranslation();
  const list = useListState({ pageSizes: PAGE_SIZES });
  const kind = asKind(list.get('kind') ?? null);
  const status = asStatus(list.get('status') ?? null);
  const search = list.get('q') ?? '';

  const { data, previousData, loading, error, refetch } = useQuery(OrganizationsDocument, {
    variables: { filter: { kind, status, search: search || undefined }, page: { offset: (list.page - 1) * list.pageSize, limit: list.pageSize } },
  });
  const shown = data ?? previousData;

  const columns: ListColumn<OrganizationFieldsFragment>[] = [
    {
      title: t('org.fields.name'),
      key: 'name',
      width: 240,
      mobile: 'title',
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
    { title: t('org.fields.kind'), key: 'kind', nowrap: true, render: (k: OrganizationKind) => <OrganizationKindTag kind={k} />, exportValue: (o) => t(`org.kind.${o.kind}`) },
    { title: t('org.fields.channelType'), key: 'channelType', nowrap: true, render: (c: OrganizationFieldsFragment['channelType']) => <ChannelTypeLabel channelType={c} /> },
    { title: t('org.fields.status'), key: 'status', nowrap: true, mobile: 'tag', render: (st: OrganizationStatus) => <OrganizationStatusTag status={st} />, exportValue: (o) => t(`org.status.${o.status}`) },
    {
      title: t('org.fields.contactName'),
      key: 'contact',
      nowrap: true,
      exportValue: (o) => `${o.contactName} ${o.contactPhone}`,
      render: (_: unknown, org) => (
        <div style={{ lineHeight: 1.4 }}>
          <div>{org.contactName}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {org.contactPhone}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('org.fields.createdAt'), key: 'createdAt', nowrap: true, sortable: false, render: (v: string) => <DateTime value={v} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      nowrap: true,
      mobile: 'actions',
      exportValue: false,
      render: (_: unknown, org) => <Link to={`/organizations/${org.id}`}>{t('common.details')}</Link>,
    },
  ];

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
      <ListPage<OrganizationFieldsFragment>
        listKey="admin.organizations"
        data-testid="organizations-table"
        state={list}
        rowKey={(o) => o.id}
        columns={columns}
        items={shown?.organizations.items ?? []}
        error={error}
        onRetry={() => void refetch()}
        total={shown?.organizations.totalCount ?? 0}
        loading={loading}
        emptyText={t('orgs.empty')}
        exportName="organizations"
        pageSizes={PAGE_SIZES}
        rowProps={(o) => ({ 'data-org': o.id })}
        filters={
          <>
            <Select<OrganizationKind | ''>
              style={{ width: 160 }}
              value={kind ?? ''}
              onChange={(v) => list.set({ kind: v || undefined })}
              options={[{ value: '', label: t('orgs.allKinds') }, ...Object.values(Kinds).map((k) => ({ value: k, label: t(`org.kind.${k}`) }))]}
              aria-label={t('orgs.allKinds')}
              data-testid="filter-kind"
            />
            <Select<OrganizationStatus | ''>
              style={{ width: 160 }}
              value={status ?? ''}
              onChange={(v) => list.set({ status: v || undefined })}
              options={[{ value: '', label: t('orgs.allStatuses') }, ...Object.values(Statuses).map((st) => ({ value: st, label: t(`org.status.${st}`) }))]}
              aria-label={t('orgs.allStatuses')}
              data-testid="filter-status"
            />
            <Input.Search
              allowClear
              style={{ width: 320 }}
              placeholder={t('orgs.searchPlaceholder')}
              aria-label={t('orgs.searchPlaceholder')}
              defaultValue={search}
              key={`q-${search}`}
              onSearch={(v) => list.set({ q: v.trim() || undefined })}
              enterButton={t('common.search')}
              data-testid="org-search"
            />
            {list.activeFilters > 0 && (
              <Button type="link" onClick={() => list.apply({})}>
                {t('orgs.reset')}
              </Button>
            )}
          </>
        }
      />
    </>
  );
}
