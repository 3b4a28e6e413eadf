import { useState } from 'react';
import { Button, Card, Divider, Empty, Flex, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DocumentType, QualificationDocumentFieldsFragment } from '@mengyuan/graphql';
import { DocumentType as DT } from '@mengyuan/domain';
import { DocumentSummary } from './document-summary';
import { DocumentUploadForm } from './document-upload-form';

/**
 * One required document in the wizard: what was submitted (status, reviewer note, replace) or, when
 * nothing was yet, the upload form.
 */
export function DocumentSlot({ type, docs, required, canEdit }: { type: DocumentType; docs: QualificationDocumentFieldsFragment[]; required: boolean; canEdit: boolean }) {
  const { t } = useTranslation();
  const [replacing, setReplacing] = useState<QualificationDocumentFieldsFragment | null>(null);
  const mine = docs.filter((d) => d.type === type);
  return (
    <Card
      data-testid={`document-slot-${type}`}
      title={
        <Flex align="center" gap={8}>
          <span>{t(`doc.type.${type}`)}</span>
          <Tag color={required ? 'red' : 'default'} style={{ marginInlineEnd: 0 }}>
            {required ? t('onboarding.docs.required') : t('onboarding.docs.optional')}
          </Tag>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t(`doc.typeHint.${type}`)}
      </Typography.Paragraph>
      {mine.length === 0 ? (
        canEdit ? <DocumentUploadForm type={type} testId={`upload-form-${type}`} /> : <Empty description={t('onboarding.docs.notUploaded')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        mine.map((doc, i) => (
          <div key={doc.id}>
            {i > 0 && <Divider style={{ margin: '16px 0' }} />}
            {replacing?.id === doc.id ? (
              <>
                <Typography.Text strong style={{ display: 'block', marginBottom: 12 }}>
                  {t('onboarding.docs.replaceTitle', { type: t(`doc.type.${type}`) })}
                </Typography.Text>
                <DocumentUploadForm type={type} replaces={doc} onSubmitted={() => setReplacing(null)} onCancel={() => setReplacing(null)} testId={`upload-form-${type}`} />
              </>
            ) : (
              <DocumentSummary doc={doc} onReplace={canEdit ? () => setReplacing(doc) : undefined} />
            )}
          </div>
        ))
      )}
    </Card>
  );
}

/** Suppliers' product authorisations (optional for the review): the ones submitted and a form to add one. */
export function ProductAuthorizations({ docs, canEdit }: { docs: QualificationDocumentFieldsFragment[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [replacing, setReplacing] = useState<QualificationDocumentFieldsFragment | null>(null);
  const mine = docs.filter((d) => d.type === DT.PRODUCT_AUTHORIZATION);
  return (
    <Card
      data-testid="document-slot-PRODUCT_AUTHORIZATION"
      title={
        <Flex align="center" gap={8}>
          <span>{t('onboarding.docs.productAuthTitle')}</span>
          <Tag style={{ marginInlineEnd: 0 }}>{t('onboarding.docs.optional')}</Tag>
        </Flex>
      }
      extra={
        canEdit && !adding ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-product-authorization">
            {t('onboarding.docs.addProductAuth')}
          </Button>
        ) : undefined
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t('onboarding.docs.productAuthIntro')}
      </Typography.Paragraph>
      {adding && (
        <>
          <DocumentUploadForm type={DT.PRODUCT_AUTHORIZATION} onSubmitted={() => setAdding(false)} onCancel={() => setAdding(false)} testId="upload-form-PRODUCT_AUTHORIZATION" />
          {mine.length > 0 && <Divider style={{ margin: '16px 0' }} />}
        </>
      )}
      {mine.length === 0 && !adding && <Empty description={t('onboarding.docs.noProductAuth')} image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      {mine.map((doc, i) => (
        <div key={doc.id}>
          {i > 0 && <Divider style={{ margin: '16px 0' }} />}
          <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
            {doc.brand?.name}
          </Typography.Text>
          {replacing?.id === doc.id ? (
            <DocumentUploadForm type={DT.PRODUCT_AUTHORIZATION} replaces={doc} onSubmitted={() => setReplacing(null)} onCancel={() => setReplacing(null)} />
          ) : (
            <DocumentSummary doc={doc} onReplace={canEdit ? () => setReplacing(doc) : undefined} />
          )}
        </div>
      ))}
    </Card>
  );
}
