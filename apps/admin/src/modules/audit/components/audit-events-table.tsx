import { Table, Tooltip, Typography, Flex } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AuditEventsQuery } from '@mengyuan/graphql';
import { DateTime } from '@mengyuan/ui';

export type AuditEventRow = AuditEventsQuery['auditEvents']['items'][number];

export function auditTypeLabel(t: TFunction, type: string): string {
  const key = type.replace(/[^a-zA-Z0-9]/g, '_');
  return t(`eventType.${key}`, { defaultValue: t(`audit.types.${key}`, { defaultValue: type }) });
}

function ShortHash({ hash, prevHash }: { hash: string; prevHash: string }) {
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

function Payload({ value }: { value: unknown }) {
  return (
    <pre style={{ margin: 0, padding: 12, background: '#f7f8fa', border: '1px solid #eef0f4', borderRadius: 6, fontSize: 12, maxHeight: 320, overflow: 'auto' }}>
      {JSON.stringify(value, null, 2)}
    </pre>
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
          render: (v: string) => (
            <div style={{ lineHeight: 1.4 }}>
              <div>{auditTypeLabel(t, v)}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
                {v}
              </Typography.Text>
            </div>
          ),
        },
        {
          title: t('audit.actor'),
          dataIndex: 'actorEmail',
          width: 240,
          ellipsis: { showTitle: true },
          render: (v: string | null) => v ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
        },
        ...(showOrganization
          ? [
              {
                title: t('audit.organization'),
                dataIndex: 'organizationId',
                width: 120,
                render: (v: string | null) =>
                  v ? (
                    <Link to={`/organizations/${v}`}>
                      <Typography.Text style={{ fontFamily: 'monospace', fontSize: 12, color: 'inherit' }} ellipsis={{ tooltip: v }}>
                        {v.length > 12 ? `${v.slice(0, 8)}…` : v}
                      </Typography.Text>
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
          width: 170,
          render: (_: unknown, e: AuditEventRow) =>
            e.subjectType ? (
              <Typography.Text style={{ fontSize: 12 }} ellipsis={{ tooltip: `${e.subjectType}:${e.subjectId ?? ''}` }}>
                {e.subjectType}
                {e.subjectId ? <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>{` ${e.subjectId.slice(0, 8)}`}</Typography.Text> : null}
              </Typography.Text>
            ) : (
              t('common.none')
            ),
        },
        { title: t('audit.hash'), dataIndex: 'hash', width: 124, render: (_: string, e: AuditEventRow) => <ShortHash hash={e.hash} prevHash={e.prevHash} /> },
      ]}
    />
  );
}
