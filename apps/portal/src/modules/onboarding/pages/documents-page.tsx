import { useState } from 'react';
import { Alert, Button, Card, Flex, Modal, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import { EyeOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Navigate, useNavigate } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DocumentsDocument, OnboardingOrganizationDocument, type DocumentType, type QualificationDocumentFieldsFragment } from '@mengyuan/graphql';
import { DocumentType as DT, EXPIRY_WARNING_DAYS, REQUIRED_DOCUMENTS } from '@mengyuan/domain';
import { AsyncState, DateTime, DocumentStatusTag, ExpiryTag, PageHeader, useAuth } from '@mengyuan/ui';
import { DocumentPreviewModal } from '../components/document-summary';
import { DocumentUploadForm } from '../components/document-upload-form';

type Doc = QualificationDocumentFieldsFragment;

/** 资质文件: every document of the organisation with its validity, status and review, to update in time. */
export default function DocumentsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useAuth();
  const [includeSuperseded, setIncludeSuperseded] = useState(false);
  const { data, loading, error, refetch } = useQuery(DocumentsDocument, { variables: { organizationId: null, includeSuperseded } });
  const orgQ = useQuery(OnboardingOrganizationDocument, { variables: { id: user?.organization.id ?? '' }, skip: !user });
  const [previewing, setPreviewing] = useState<Doc | null>(null);
  const [uploading, setUploading] = useState<{ replaces?: Doc } | null>(null);

  if (!user) return null;
  if (user.organization.kind === 'ALLIANCE') return <Navigate to="/" replace />;
  const kind = user.organization.kind as 'SUPPLIER' | 'MEMBER';
  const types: DocumentType[] = kind === 'SUPPLIER' ? [...REQUIRED_DOCUMENTS.SUPPLIER, DT.PRODUCT_AUTHORIZATION] : [...REQUIRED_DOCUMENTS.MEMBER];
  const docs = data?.documents ?? [];
  const live = docs.filter((d) => !d.superseded && (d.status === 'APPROVED' || d.status === 'PENDING' || d.status === 'EXPIRED'));
  const expiring = live.filter((d) => d.status !== 'EXPIRED' && d.expiresInDays >= 0 && d.expiresInDays <= EXPIRY_WARNING_DAYS).length;
  const expired = live.filter((d) => d.status === 'EXPIRED' || d.expiresInDays < 0).length;
  const org = orgQ.data?.organization;
  const missing = org?.missingDocuments ?? [];
  const canEdit = !['TERMINATED', 'ELIMINATED'].includes(user.organization.status);

  return (
    <>
      <PageHeader
        title={t('documents.title')}
        subtitle={t('documents.subtitle')}
        extra={
          <>
            <Space style={{ marginInlineEnd: 8 }}>
              <Typography.Text type="secondary">{t('documents.showHistory')}</Typography.Text>
              <Switch size="small" checked={includeSuperseded} onChange={setIncludeSuperseded} data-testid="documents-history" aria-label={t('documents.showHistory')} />
            </Space>
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()}>
              {t('common.refresh')}
            </Button>
            {canEdit && (
              <Button type="primary" icon={<UploadOutlined />} onClick={() => setUploading({})} data-testid="documents-upload">
                {t('documents.upload')}
              </Button>
            )}
          </>
        }
      />
      <Flex vertical gap={12} style={{ marginBottom: 16 }}>
        {expired > 0 && <Alert type="error" showIcon title={t('documents.expiredAlert', { count: expired })} data-testid="documents-expired-alert" />}
        {expiring > 0 && <Alert type="warning" showIcon title={t('documents.expiringAlert', { count: expiring })} data-testid="documents-expiring-alert" />}
        {missing.length > 0 && (
          <Alert
            type="info"
            showIcon
            title={t('documents.missingAlert', { types: missing.map((m) => t(`doc.type.${m}`)).join('、') })}
            action={
              org?.status === 'APPLIED' ? (
                <Button size="small" onClick={() => navigate('/onboarding')}>
                  {t('documents.goOnboarding')}
                </Button>
              ) : undefined
            }
          />
        )}
      </Flex>
      <Card>
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          <Table<Doc>
            rowKey="id"
            data-testid="documents-table"
            dataSource={docs}
            pagination={false}
            scroll={{ x: 1100 }}
            locale={{ emptyText: t('documents.empty') }}
            rowClassName={(d) => (d.superseded ? 'superseded-row' : '')}
            columns={[
              {
                title: t('doc.fields.type'),
                dataIndex: 'type',
                width: 130,
                render: (_: unknown, d) => (
                  <Flex vertical gap={2}>
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
                    {!d.superseded && d.status !== 'REJECTED' && <ExpiryTag expiresInDays={d.expiresInDays} validTo={d.validTo} />}
                  </Flex>
                ),
              },
              {
                title: t('doc.fields.status'),
                dataIndex: 'status',
                width: 120,
                render: (_: unknown, d) => (
                  <Flex vertical gap={4} align="flex-start">
                    <DocumentStatusTag status={d.status} />
                    {d.superseded && <Tag style={{ marginInlineEnd: 0 }}>{t('documents.superseded')}</Tag>}
                  </Flex>
                ),
              },
              {
                title: t('doc.fields.reviewNote'),
                dataIndex: 'reviewNote',
                width: 170,
                render: (v: string | null, d) =>
                  v ? (
                    <Typography.Text type={d.status === 'REJECTED' ? 'danger' : undefined} ellipsis={{ tooltip: v }} style={{ maxWidth: 150 }}>
                      {v}
                    </Typography.Text>
                  ) : d.verificationMethod ? (
                    <Typography.Text type="secondary">{t(`doc.method.${d.verificationMethod}`)}</Typography.Text>
                  ) : (
                    t('common.none')
                  ),
              },
              { title: t('doc.fields.submittedAt'), dataIndex: 'createdAt', width: 160, render: (v: string) => <DateTime value={v} /> },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 140,
                render: (_: unknown, d) => (
                  <Space size={0}>
                    <Tooltip title={d.file.originalName}>
                      <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => setPreviewing(d)}>
                        {t('documents.preview')}
                      </Button>
                    </Tooltip>
                    {canEdit && !d.superseded && (
                      <Button type="link" size="small" onClick={() => setUploading({ replaces: d })} data-testid="documents-replace">
                        {t('documents.replace')}
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </AsyncState>
      </Card>
      <DocumentPreviewModal doc={previewing} onClose={() => setPreviewing(null)} />
      <Modal
        open={!!uploading}
        onCancel={() => setUploading(null)}
        footer={null}
        width={960}
        destroyOnHidden
        title={uploading?.replaces ? t('onboarding.docs.replaceTitle', { type: t(`doc.type.${uploading.replaces.type}`) }) : t('documents.uploadTitle')}
      >
        {uploading && <DocumentUploadForm types={types} replaces={uploading.replaces} onSubmitted={() => setUploading(null)} onCancel={() => setUploading(null)} />}
      </Modal>
    </>
  );
}
