import { useState, type HTMLAttributes } from 'react';
import { Badge, Button, Card, Col, Flex, Input, Radio, Row, Tag, Typography } from 'antd';
import { CheckOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import dayjs from 'dayjs';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { AuditEventsDocument, DocumentsDocument, OnboardingOrganizationDocument, ReviewDocumentDocument, ReviewQueueDocument, type OnboardingOrganizationFieldsFragment, type QualificationDocumentFieldsFragment, type VerificationMethod } from '@mengyuan/graphql';
import { VerificationMethod as VM } from '@mengyuan/domain';
import { AsyncState, BulkRunDialog, ChannelTypeLabel, DateTime, OrganizationKindTag, PageHeader, ResponsiveTable } from '@mengyuan/ui';

/** "3 天" / "5 小时" since an instant: how long something has waited. */
function waited(t: TFunction, since: string): string {
  const hours = Math.max(0, dayjs().diff(dayjs(since), 'hour'));
  if (hours < 1) return t('review.lessThanHour');
  return hours >= 24 ? t('review.days', { count: Math.floor(hours / 24) }) : t('review.hours', { count: hours });
}

/**
 * 批量通过: the selected documents approved after one confirmation (saying how they were verified), one by one
 * through the same reviewDocument call as a single review (each audited on its own); a failure is shown on its row.
 */
function BulkApproveDocuments({ selected, onDone }: { selected: QualificationDocumentFieldsFragment[]; onDone: (approved: string[]) => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  const [method, setMethod] = useState<VerificationMethod | undefined>();
  const [note, setNote] = useState('');
  const [review] = useMutation(ReviewDocumentDocument);
  return (
    <>
      <Button size="small" type="primary" icon={<CheckOutlined />} disabled={!selected.length} onClick={() => setOpen(true)} data-testid="doc-bulk-approve">
        {t('review.bulkApprove')} ({selected.length})
      </Button>
      <BulkRunDialog<QualificationDocumentFieldsFragment>
        open={open}
        data-testid="doc-bulk-dialog"
        title={t('review.bulkApproveTitle', { count: selected.length })}
        items={selected}
        rowKey={(d) => d.id}
        okText={t('review.bulkApproveOk', { count: selected.length })}
        okDisabled={!method}
        describe={(d) => (
          <Flex gap={8} wrap align="center">
            <Typography.Text strong>{t(`doc.type.${d.type}`)}</Typography.Text>
            <Typography.Text>{d.organizationName}</Typography.Text>
            <Typography.Text type="secondary">{t('review.docNumber', { number: d.number })}</Typography.Text>
          </Flex>
        )}
        notice={<Typography.Text>{t('review.bulkApproveNotice')}</Typography.Text>}
        run={(d) => review({ variables: { input: { id: d.id, decision: 'APPROVE', verificationMethod: method, note: note.trim() || undefined } } })}
        onClose={(approved) => {
          setOpen(false);
          setMethod(undefined);
          setNote('');
          if (approved.length) void client.refetchQueries({ include: [ReviewQueueDocument, DocumentsDocument, OnboardingOrganizationDocument, AuditEventsDocument] });
          onDone(approved);
        }}
      >
        <Flex vertical gap={8}>
          <Typography.Text strong id="doc-bulk-method-label">
            {t('review.method')}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('review.bulkMethodHint')}
          </Typography.Text>
          <Radio.Group value={method} onChange={(e) => setMethod(e.target.value as VerificationMethod)} aria-labelledby="doc-bulk-method-label" style={{ display: 'flex', flexDirection: 'column', gap: 6 }} data-testid="doc-bulk-method">
            {Object.values(VM).map((m) => (
              <Radio key={m} value={m} data-testid={`doc-bulk-method-${m}`}>
                {t(`doc.method.${m}`)}
              </Radio>
            ))}
          </Radio.Group>
          <Input.TextArea rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('review.notePlaceholderApprove')} aria-label={t('review.note')} data-testid="doc-bulk-note" />
        </Flex>
      </BulkRunDialog>
    </>
  );
}

/** 审核队列: organisations under review and pending documents, oldest first (as the api returns them). */
export default function ReviewQueuePage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ReviewQueueDocument, { pollInterval: 60_000 });
  const orgs = data?.reviewQueue.organizations ?? [];
  const docs = data?.reviewQueue.documents ?? [];
  const [picked, setPicked] = useState<string[]>([]);
  const selectedDocs = docs.filter((d) => picked.includes(d.id));
  const pendingByOrg = new Map<string, number>();
  for (const d of docs) pendingByOrg.set(d.organizationId, (pendingByOrg.get(d.organizationId) ?? 0) + 1);

  return (
    <>
      <PageHeader
        title={t('review.title')}
        subtitle={t('review.subtitle')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void refetch()}>
            {t('common.refresh')}
          </Button>
        }
      />
      <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
        <Row gutter={[16, 16]}>
          <Col xs={24} xxl={12}>
            <Card
              title={
                <Flex align="center" gap={8}>
                  {t('review.orgsTitle')}
                  <Badge count={orgs.length} showZero color={orgs.length ? '#1f5fd6' : '#bfbfbf'} />
                </Flex>
              }
            >
              <ResponsiveTable<OnboardingOrganizationFieldsFragment>
                rowKey="id"
                size="middle"
                data-testid="review-orgs-table"
                dataSource={orgs}
                pagination={false}
                locale={{ emptyText: t('review.orgsEmpty') }}
                scroll={{ x: 640 }}
                columns={[
                  {
                    title: t('org.fields.name'),
                    dataIndex: 'name',
                    render: (_: unknown, o) => (
                      <Flex vertical gap={2}>
                        <Link to={`/review/${o.id}`}>{o.name}</Link>
                        <Flex gap={6} align="center" wrap>
                          <OrganizationKindTag kind={o.kind} />
                          {o.kind === 'SUPPLIER' && (
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              <ChannelTypeLabel channelType={o.channelType} />
                            </Typography.Text>
                          )}
                        </Flex>
                      </Flex>
                    ),
                  },
                  {
                    title: t('review.pendingDocs'),
                    key: 'pending',
                    width: 130,
                    render: (_: unknown, o) => <Tag color={pendingByOrg.get(o.id) ? 'processing' : 'default'}>{pendingByOrg.get(o.id) ?? 0}</Tag>,
                  },
                  {
                    title: t('review.submittedAt'),
                    dataIndex: 'updatedAt',
                    width: 180,
                    render: (v: string) => (
                      <Flex vertical>
                        <DateTime value={v} />
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('review.waiting')} {waited(t, v)}
                        </Typography.Text>
                      </Flex>
                    ),
                  },
                  {
                    title: t('common.actions'),
                    key: 'go',
                    width: 110,
                    render: (_: unknown, o) => (
                      <Link to={`/review/${o.id}`}>
                        <Button type="primary" size="small" data-testid="review-org-start">
                          {t('review.start')}
                        </Button>
                      </Link>
                    ),
                  },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} xxl={12}>
            <Card
              title={
                <Flex align="center" gap={8}>
                  {t('review.docsTitle')}
                  <Badge count={docs.length} showZero color={docs.length ? '#1f5fd6' : '#bfbfbf'} />
                </Flex>
              }
            >
              {selectedDocs.length > 0 && (
                <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }} data-testid="doc-selection">
                  <Typography.Text>{t('lists.selected', { count: selectedDocs.length })}</Typography.Text>
                  <BulkApproveDocuments selected={selectedDocs} onDone={(approved) => setPicked((p) => p.filter((id) => !approved.includes(id)))} />
                  <Button size="small" type="link" onClick={() => setPicked([])}>
                    {t('lists.clearSelection')}
                  </Button>
                </Flex>
              )}
              <ResponsiveTable<QualificationDocumentFieldsFragment>
                rowKey="id"
                rowSelection={{ selectedRowKeys: selectedDocs.map((d) => d.id), onChange: (keys) => setPicked(keys.map(String)) }}
                onRow={(d) => ({ 'data-doc': d.id, 'data-testid': 'review-doc-row' }) as HTMLAttributes<HTMLElement>}
                size="middle"
                data-testid="review-docs-table"
                dataSource={docs}
                pagination={false}
                locale={{ emptyText: t('review.docsEmpty') }}
                scroll={{ x: 640 }}
                columns={[
                  {
                    title: t('doc.fields.type'),
                    dataIndex: 'type',
                    width: 190,
                    render: (_: unknown, d) => (
                      <Flex vertical>
                        <Typography.Text strong>{t(`doc.type.${d.type}`)}</Typography.Text>
                        {d.brand && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{d.brand.name}</Typography.Text>}
                      </Flex>
                    ),
                  },
                  { title: t('doc.fields.organization'), dataIndex: 'organizationName', ellipsis: true },
                  {
                    title: t('review.submittedAt'),
                    dataIndex: 'createdAt',
                    width: 180,
                    render: (v: string) => (
                      <Flex vertical>
                        <DateTime value={v} />
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('review.waiting')} {waited(t, v)}
                        </Typography.Text>
                      </Flex>
                    ),
                  },
                  {
                    title: t('common.actions'),
                    key: 'go',
                    width: 90,
                    render: (_: unknown, d) => (
                      <Link to={`/review/${d.organizationId}?doc=${d.id}`}>
                        <Button size="small" data-testid="review-doc-open">
                          {t('review.reviewDoc')}
                        </Button>
                      </Link>
                    ),
                  },
                ]}
              />
            </Card>
          </Col>
        </Row>
      </AsyncState>
    </>
  );
}
