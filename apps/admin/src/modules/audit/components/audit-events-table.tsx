import { Table, Tooltip, Typography, Flex } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AuditEventsQuery } from '@mengyuan/graphql';
import { DateTime } from '@mengyuan/ui';
import { ENUM_LABELS } from '../../../labels/enum-labels';

export type AuditEventRow = AuditEventsQuery['auditEvents']['items'][number];

export function auditTypeLabel(t: TFunction, type: string): string {
  const key = type.replace(/[^a-zA-Z0-9]/g, '_');
  return t(`eventType.${key}`, { defaultValue: t(`audit.types.${key}`, { defaultValue: type }) });
}

export function ShortHash({ hash, prevHash }: { hash: string; prevHash: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip
      styles={{ root: { maxWidth: 560 } }}
      title={
        <div style={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>
          <div>
            {t('audit.fullHash')}: {hash}
          </div>
          <div style={{ marginTop: 4, opacity: 0.8 }}>
            {t('audit.prevHash')}: {prevHash}
          </div>
        </div>
      }
    >
      <Typography.Text code style={{ cursor: 'help' }} data-testid="audit-hash">
        {hash.slice(0, 10)}…
      </Typography.Text>
    </Tooltip>
  );
}

export function Payload({ value }: { value: unknown }) {
  return (
    <pre style={{ margin: 0, padding: 12, background: '#f7f8fa', border: '1px solid #eef0f4', borderRadius: 6, fontSize: 12, maxHeight: 320, overflow: 'auto' }}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

/** Where a subject of a kind is shown in this console, when it has a page. */
function subjectHref(e: AuditEventRow): string | null {
  if (!e.subjectId) return null;
  if (e.subjectType === 'organization') return `/organizations/${e.subjectId}`;
  if (e.subjectType === 'ticket') return `/tickets/${e.subjectId}`;
  if (e.subjectType === 'order') return `/orders?order=${e.subjectId}`;
  return null;
}

/**
 * A subject's name in the reader's language: the api writes a word that needs one as `#Enum.VALUE` (a setting's key,
 * a risk event's type, a ticket category), translated here by the enum's labels; other parts are names, numbers and
 * amounts, shown as they are.
 */
export function subjectName(t: TFunction, label: string): string {
  return label
    .split(' · ')
    .map((part) => {
      const m = /^#([A-Za-z]+)\.([A-Za-z0-9_]+)$/.exec(part);
      if (!m) return part;
      const prefix = m[1] === 'Subject' ? 'audit.subjectText' : ENUM_LABELS[m[1]];
      return prefix ? t(`${prefix}.${m[2]}`, { defaultValue: m[2] }) : m[2];
    })
    .join(' · ');
}

/** What the subject column says: its name, "alliance-wide" for a change with no one subject, or that it is gone. */
export function subjectText(t: TFunction, e: Pick<AuditEventRow, 'subjectId' | 'subjectLabel'>): string {
  if (e.subjectLabel) return subjectName(t, e.subjectLabel);
  return e.subjectId ? t('audit.subjectGone') : t('audit.subjectWhole');
}

/** The subject as people name it: its kind, then its name (organisation, product, order number, TK ticket number). */
export function Subject({ event: e }: { event: AuditEventRow }) {
  const { t } = useTranslation();
  if (!e.subjectType) return <>{t('common.none')}</>;
  const kind = t(`subjectType.${e.subjectType}`, { defaultValue: t('audit.otherSubject') });
  const href = subjectHref(e);
  const name = subjectText(t, e);
  return (
    <div style={{ lineHeight: 1.4 }} data-testid="audit-subject" data-subject-type={e.subjectType}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {kind}
      </Typography.Text>
      <div>
        {href && e.subjectLabel ? <Link to={href}>{name}</Link> : e.subjectLabel || !e.subjectId ? <Typography.Text>{name}</Typography.Text> : <Typography.Text type="secondary">{name}</Typography.Text>}
      </div>
    </div>
  );
}

export function AuditEventsTable({
  items,
  loading,
  pagination,
  showOrganization = true,
}: {
  items: AuditEventRow[];
  loading: boolean;
  pagination: false | { current: number; pageSize: number; total: number; onChange: (page: number, size: number) => void };
  showOrganization?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table<AuditEventRow>
      rowKey="seq"
      size="middle"
      data-testid="audit-table"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t('audit.empty') }}
      scroll={{ x: 1100 }}
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
      pagination={
        pagination && {
          current: pagination.current,
          pageSize: pagination.pageSize,
          total: pagination.total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (count) => t('common.total', { count }),
          onChange: pagination.onChange,
        }
      }
      columns={[
        { title: t('audit.seq'), dataIndex: 'seq', width: 80, render: (v: number) => <Typography.Text strong>#{v}</Typography.Text> },
        { title: t('audit.time'), dataIndex: 'occurredAt', width: 170, render: (v: string) => <DateTime value={v} /> },
        {
          title: t('audit.type'),
          dataIndex: 'type',
          width: 170,
          render: (v: string) => (
            <span title={v} data-event-type={v}>
              {auditTypeLabel(t, v)}
            </span>
          ),
        },
        {
          title: t('audit.actor'),
          dataIndex: 'actorEmail',
          width: 220,
          responsive: ['md'],
          ellipsis: { showTitle: true },
          render: (v: string | null) => v ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
        },
        ...(showOrganization
          ? [
              {
                title: t('audit.organization'),
                dataIndex: 'organizationId',
                width: 180,
                responsive: ['lg' as const],
                render: (v: string | null, e: AuditEventRow) =>
                  v ? (
                    <Link to={`/organizations/${v}`} data-testid="audit-org">
                      {e.organizationName ?? t('audit.unknownOrganization')}
                    </Link>
                  ) : (
                    t('common.none')
                  ),
              },
            ]
          : []),
        {
          title: t('audit.subject'),
          key: 'subject',
          width: 240,
          render: (_: unknown, e: AuditEventRow) => <Subject event={e} />,
        },
        { title: t('audit.hash'), dataIndex: 'hash', width: 124, responsive: ['xl'], render: (_: string, e: AuditEventRow) => <ShortHash hash={e.hash} prevHash={e.prevHash} /> },
      ]}
    />
  );
}
