import { Button, DatePicker, Flex, Input, Select, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { AuditEventsDocument, OrganizationsDocument } from '@mengyuan/graphql';
import { AuditEventType } from '@mengyuan/domain';
import { DateTime, ListPage, PageHeader, useListState, type ListColumn } from '@mengyuan/ui';
import { auditTypeLabel, Payload, ShortHash, Subject, subjectText, type AuditEventRow } from '../components/audit-events-table';
import { VerifyChainCard } from '../components/verify-chain-card';

const SUBJECT_TYPES = ['organization', 'user', 'document', 'brand', 'sku', 'offer', 'card_batch', 'order', 'ticket', 'rating', 'api_key', 'webhook_endpoint', 'topup_request', 'withdrawal', 'payment', 'sla_policy', 'evaluation_run'];

export default function AuditPage() {
  const { t } = useTranslation();
  const list = useListState();
  const type = list.get('type');
  const organizationId = list.get('org');
  const actor = list.get('actor');
  const subjectType = list.get('subjectType');
  const subjectId = list.get('subject');
  const from = list.get('from');
  const to = list.get('to');
  const { data, previousData, loading, error, refetch } = useQuery(AuditEventsDocument, {
    variables: { filter: { type, organizationId, actor, subjectType, subjectId, from, to }, page: { offset: (list.page - 1) * list.pageSize, limit: list.pageSize } },
  });
  const orgs = useQuery(OrganizationsDocument, { variables: { filter: null, page: { offset: 0, limit: 100 } } });
  const shown = data ?? previousData;

  const columns: ListColumn<AuditEventRow>[] = [
    { key: 'seq', title: t('audit.seq'), nowrap: true, mobile: 'title', render: (v: number) => <Typography.Text strong>#{v}</Typography.Text> },
    { key: 'occurredAt', title: t('audit.time'), nowrap: true, render: (v: string) => <DateTime value={v} />, exportValue: (e) => e.occurredAt },
    { key: 'type', title: t('audit.type'), mobile: 'tag', render: (v: string) => <span title={v} data-event-type={v}>{auditTypeLabel(t, v)}</span>, exportValue: (e) => auditTypeLabel(t, e.type) },
    { key: 'actorEmail', title: t('audit.actor'), width: 190, render: (v: string | null) => v ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text> },
    {
      key: 'organizationName',
      title: t('audit.organization'),
      width: 160,
      render: (_: unknown, e) => (e.organizationId ? <Link to={`/organizations/${e.organizationId}`} data-testid="audit-org">{e.organizationName ?? t('audit.unknownOrganization')}</Link> : t('common.none')),
    },
    { key: 'subject', title: t('audit.subject'), width: 220, render: (_: unknown, e) => <Subject event={e} />, exportValue: (e) => (e.subjectType ? `${t(`subjectType.${e.subjectType}`, { defaultValue: e.subjectType })} ${subjectText(t, e)}` : '') },
    { key: 'hash', title: t('audit.hash'), nowrap: true, render: (_: string, e) => <ShortHash hash={e.hash} prevHash={e.prevHash} /> },
  ];

  const filters = (
    <>
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 220 }}
        placeholder={t('audit.filterType')}
        aria-label={t('audit.filterType')}
        value={type}
        onChange={(v) => list.set({ type: v })}
        options={Object.values(AuditEventType).map((v) => ({ value: v, label: auditTypeLabel(t, v) }))}
        data-testid="audit-filter-type"
      />
      <Input.Search
        allowClear
        style={{ width: 200 }}
        placeholder={t('adminLists.audit.actor')}
        aria-label={t('adminLists.audit.actor')}
        defaultValue={actor}
        key={`actor-${actor ?? ''}`}
        onSearch={(v) => list.set({ actor: v.trim() })}
        data-testid="audit-filter-actor"
      />
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 220 }}
        placeholder={t('adminLists.audit.organization')}
        aria-label={t('adminLists.audit.organization')}
        value={organizationId}
        onChange={(v) => list.set({ org: v })}
        options={(orgs.data?.organizations.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
        data-testid="audit-filter-org"
      />
      <Select<string>
        allowClear
        style={{ width: 150 }}
        placeholder={t('adminLists.audit.subjectType')}
        aria-label={t('adminLists.audit.subjectType')}
        value={subjectType}
        onChange={(v) => list.set({ subjectType: v })}
        options={SUBJECT_TYPES.map((v) => ({ value: v, label: t(`subjectType.${v}`, { defaultValue: v }) }))}
      />
      {subjectId && (
        <Input
          style={{ width: 180 }}
          aria-label={t('adminLists.audit.subjectId')}
          value={subjectId}
          readOnly
          allowClear
          onChange={(e) => !e.target.value && list.set({ subject: undefined })}
        />
      )}
      <DatePicker.RangePicker
        aria-label={t('adminLists.audit.dates')}
        value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
        allowEmpty={[true, true]}
        onChange={(range) => list.set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
        style={{ width: 250 }}
      />
      {list.activeFilters > 0 && (
        <Button type="link" onClick={() => list.apply({})} data-testid="list-reset">
          {t('adminLists.audit.reset')}
        </Button>
      )}
    </>
  );

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
      <ListPage<AuditEventRow>
        listKey="admin.audit"
        data-testid="audit-table"
        state={list}
        rowKey={(e) => String(e.seq)}
        columns={columns}
        items={shown?.auditEvents.items ?? []}
        error={error}
        onRetry={() => void refetch()}
        total={shown?.auditEvents.totalCount ?? 0}
        loading={loading}
        filters={filters}
        emptyText={t('audit.empty')}
        exportName="audit-events"
        rowProps={(e) => ({ 'data-testid': 'audit-row', 'data-seq': e.seq })}
        expandable={{
          expandedRowRender: (e) => (
            <Flex vertical gap={8}>
              <Typography.Text type="secondary">{t('audit.payload')}</Typography.Text>
              <Payload value={e.payload} />
              <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>
                {t('audit.prevHash')}: {e.prevHash}
                <br />
                {t('audit.fullHash')}: {e.hash}
              </Typography.Text>
            </Flex>
          ),
        }}
      />
    </>
  );
}
