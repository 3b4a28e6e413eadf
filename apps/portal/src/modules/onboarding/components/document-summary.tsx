import { useState } from 'react';
import { Alert, Button, Descriptions, Flex, Modal, Space, Typography } from 'antd';
import { EyeOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { QualificationDocumentFieldsFragment } from '@mengyuan/graphql';
import { DateTime, DocumentStatusTag, ExpiryTag, FilePreview } from '@mengyuan/ui';

/** A modal showing a document's file next to nothing else: used wherever a "preview" link is. */
export function DocumentPreviewModal({ doc, onClose }: { doc: QualificationDocumentFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={!!doc}
      onCancel={onClose}
      footer={null}
      width={880}
      destroyOnHidden
      title={doc ? t('documents.previewTitle', { type: t(`doc.type.${doc.type}`), number: doc.number }) : undefined}
    >
      {doc && <FilePreview fileId={doc.file.id} contentType={doc.file.contentType} name={doc.file.originalName} height="70vh" />}
    </Modal>
  );
}

/** What the organisation submitted for one document, where it stands, and what the reviewer said. */
export function DocumentSummary({ doc, onReplace }: { doc: QualificationDocumentFieldsFragment; onReplace?: () => void }) {
  const { t } = useTranslation();
  const [previewing, setPreviewing] = useState(false);
  const hint =
    doc.status === 'REJECTED' ? null : doc.status === 'APPROVED' ? t('onboarding.docs.approvedHint') : doc.status === 'EXPIRED' ? t('onboarding.docs.expiredHint') : t('onboarding.docs.pendingHint');
  return (
    <div data-testid="document-summary" data-type={doc.type} data-status={doc.status}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <Space size={8} wrap>
          <DocumentStatusTag status={doc.status} />
          {doc.status !== 'EXPIRED' && <ExpiryTag expiresInDays={doc.expiresInDays} validTo={doc.validTo} quiet />}
          {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
        </Space>
        <Space size={4}>
          <Button size="small" icon={<EyeOutlined />} onClick={() => setPreviewing(true)} data-testid="document-preview">
            {t('onboarding.docs.preview')}
          </Button>
          {onReplace && (
            <Button size="small" icon={<ReloadOutlined />} onClick={onReplace} data-testid="document-replace">
              {t('onboarding.docs.replace')}
            </Button>
          )}
        </Space>
      </Flex>
      {doc.status === 'REJECTED' && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title={t('onboarding.docs.rejectedNote', { note: doc.reviewNote ?? t('common.none') })}
          description={t('onboarding.docs.rejectedHint')}
          data-testid="document-review-note"
        />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginTop: 12 }}
        items={[
          { key: 'number', label: t('doc.fields.number'), children: <span style={{ fontFamily: 'monospace' }}>{doc.number}</span> },
          { key: 'issuer', label: t('doc.fields.issuer'), children: doc.issuer },
          { key: 'validity', label: t('doc.fields.validity'), children: `${doc.validFrom} ~ ${doc.validTo}` },
          ...(doc.brand ? [{ key: 'brand', label: t('doc.fields.brand'), children: doc.brand.name }] : []),
          { key: 'file', label: t('doc.fields.file'), children: <Typography.Text ellipsis={{ tooltip: doc.file.originalName }} style={{ maxWidth: 220 }}>{doc.file.originalName}</Typography.Text> },
          { key: 'submitted', label: t('doc.fields.submittedAt'), children: <DateTime value={doc.createdAt} /> },
          ...(doc.reviewedAt ? [{ key: 'reviewed', label: t('doc.fields.reviewedAt'), children: <DateTime value={doc.reviewedAt} /> }] : []),
          ...(doc.status === 'APPROVED' && doc.verificationMethod ? [{ key: 'method', label: t('doc.fields.verificationMethod'), children: t(`doc.method.${doc.verificationMethod}`) }] : []),
          ...(doc.status !== 'REJECTED' && doc.reviewNote ? [{ key: 'note', label: t('doc.fields.reviewNote'), children: doc.reviewNote }] : []),
        ]}
      />
      <DocumentPreviewModal doc={previewing ? doc : null} onClose={() => setPreviewing(false)} />
    </div>
  );
}
