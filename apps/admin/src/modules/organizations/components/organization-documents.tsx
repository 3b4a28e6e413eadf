import { useState } from 'react';
import { Alert, Button, Card, Flex, Modal, Space, Switch, Tag, Typography } from 'antd';
import { AuditOutlined, EyeOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DocumentsDocument, type OnboardingOrganizationFieldsFragment, type QualificationDocumentFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, DateTime, DocumentStatusTag, ExpiryTag, FilePreview, ResponsiveTable } from '@mengyuan/ui';

type Doc = QualificationDocumentFieldsFragment;

export function DocumentPreviewModal({ doc, onClose }: { doc: Doc | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open={!!doc} onCancel={onClose} footer={null} width={900} destroyOnHidden title={doc ? t('orgDocs.previewTitle', { type: t(`doc.type.${doc.type}`), number: doc.number }) : undefined}>
      {doc && <FilePreview fileId={doc.file.id} contentType={doc.file.contentType} name={doc.file.originalName} height="70vh" />}
    </Modal>
  );
}

/** An organisation's documents on its detail page: validity, status, review, preview and a link to review. */
export function OrganizationDocuments({ org }: { org: OnboardingOrganizationFieldsFragment }) {
  const { t } = useTranslation();
  const [includeSuperseded, setIncludeSuperseded] = useState(false);
  const { data, loading, error, refetch } = useQuery(DocumentsDocument, { variables: { organizationId: org.id, includeSuperseded } });
  const [previewing, setPreviewing] = useState<Doc | null>(null);
  const docs = data?.documents ?? [];
  return (
    <Card
      title={t('orgDocs.title')}
      style={{ marginTop: 16 }}
      data-testid="organization-documents"
      extra={
        <Space>
          <Typography.Text type="secondary">{t('orgDocs.showHistory')}</Typography.Text>
          <Switch size="small" aria-label={t('orgDocs.showHistory')} checked={includeSuperseded} onChange={setIncludeSuperseded} data-testid="documents-history" />
        </Space>
      }
    >
      {org.missingDocuments.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('orgDocs.missing', { types: org.missingDocuments.map((m) => t(`doc.type.${m}`)).join('、') })} />
      )}
      {org.kind === 'MEMBER' && (
        <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">{t('orgDocs.realName')}</Typography.Text>
          <Tag color={org.realNameVerified ? 'success' : 'default'}>{org.realNameVerified ? t('orgDocs.realNameYes') : t('orgDocs.realNameNo')}</Tag>
        </Flex>
      )}
      <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
        <ResponsiveTable<Doc>
          rowKey="id"
          size="middle"
          dataSource={docs}
          pagination={false}
          scroll={{ x: 1150 }}
          locale={{ emptyText: t('orgDocs.empty') }}
          columns={[
            {
              title: t('doc.fields.type'),
              dataIndex: 'type',
              width: 130,
              render: (_: unknown, d) => (
                <Flex vertical>
                  <Typography.Text strong type={d.superseded ? 'secondary' : undefined}>
                    {t(`doc.type.${d.type}`)}
                  </Typography.Text>
                  {d.brand && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{d.brand.name}</Typography.Text>}
                </Flex>
              ),
            },
            {
              title: `${t('doc.fields.number')} / ${t('doc.fields.issuer')}`,
              dataIndex: 'number',
              render: (v: string, d) => (
                <Flex vertical style={{ minWidth: 0 }}>
                  <Typography.Text ellipsis={{ tooltip: v }} style={{ fontFamily: 'monospace' }}>
                    {v}
                  </Typography.Text>
                  <Typography.Text type="secondary" ellipsis={{ tooltip: d.issuer }} style={{ fontSize: 12 }}>
                    {d.issuer}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: t('doc.fields.validity'),
              key: 'validity',
              width: 210,
              render: (_: unknown, d) => (
                <Flex vertical gap={4} align="flex-start">
                  <span style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {d.validFrom} ~ {d.validTo}
                  </span>
                  {!d.superseded && d.status !== 'REJECTED' && <ExpiryTag expiresInDays={d.expiresInDays} validTo={d.validTo} quiet />}
                </Flex>
              ),
            },
            {
              title: t('doc.fields.status'),
              key: 'status',
              width: 110,
              render: (_: unknown, d) => (
                <Flex vertical gap={4} align="flex-start">
                  <DocumentStatusTag status={d.status} />
                  {d.superseded && <Tag style={{ marginInlineEnd: 0 }}>{t('orgDocs.superseded')}</Tag>}
                </Flex>
              ),
            },
            {
              title: t('doc.fields.reviewNote'),
              key: 'review',
              width: 230,
              render: (_: unknown, d) =>
                d.reviewedAt ? (
                  <Flex vertical style={{ fontSize: 12 }}>
                    {d.verificationMethod && <span>{t(`doc.method.${d.verificationMethod}`)}</span>}
                    {d.reviewNote && <Typography.Text type={d.status === 'REJECTED' ? 'danger' : undefined} ellipsis={{ tooltip: d.reviewNote }} style={{ maxWidth: 220, fontSize: 12 }}>{d.reviewNote}</Typography.Text>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {d.reviewerEmail} · <DateTime value={d.reviewedAt} />
                    </Typography.Text>
                  </Flex>
                ) : (
                  t('common.none')
                ),
            },
            { title: t('doc.fields.submittedAt'), dataIndex: 'createdAt', width: 160, render: (v: string) => <DateTime value={v} /> },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 150,
              render: (_: unknown, d) => (
                <Space size={0}>
                  <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => setPreviewing(d)}>
                    {t('orgDocs.preview')}
                  </Button>
                  {d.status === 'PENDING' && !d.superseded && (
                    <Link to={`/review/${org.id}?doc=${d.id}`}>
                      <Button type="link" size="small" icon={<AuditOutlined />}>
                        {t('orgDocs.review')}
                      </Button>
                    </Link>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </AsyncState>
      <DocumentPreviewModal doc={previewing} onClose={() => setPreviewing(null)} />
    </Card>
  );
}
