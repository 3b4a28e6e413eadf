import { Alert, Button, Flex } from 'antd';
import { CloseCircleFilled } from '@ant-design/icons';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';
import type { DocumentType } from '@mengyuan/graphql';

/** The documents a MISSING_DOCUMENTS refusal names (extensions.missing), or null for any other error. */
export function missingDocumentsOf(error: unknown): DocumentType[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  if (first?.extensions?.code !== 'MISSING_DOCUMENTS') return null;
  const missing = first.extensions.missing;
  return Array.isArray(missing) ? (missing.filter((m) => typeof m === 'string') as DocumentType[]) : [];
}

/** The refusal of submitForReview, listing what is still missing, with a way back to the documents. */
export function MissingDocumentsAlert({ missing, onGoDocuments }: { missing: DocumentType[]; onGoDocuments?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      data-testid="missing-documents"
      title={t('onboarding.submit.missingTitle')}
      description={
        <>
          <Flex vertical gap={4} style={{ margin: '4px 0' }}>
            {missing.map((type) => (
              <div key={type} data-testid="missing-document" data-type={type}>
                <CloseCircleFilled style={{ color: '#ff4d4f', marginInlineEnd: 8 }} />
                {t(`doc.type.${type}`)}
              </div>
            ))}
          </Flex>
          <div style={{ marginTop: 8 }}>{t('onboarding.submit.missingHint')}</div>
        </>
      }
      action={
        onGoDocuments ? (
          <Button size="small" type="primary" onClick={onGoDocuments}>
            {t('onboarding.submit.goDocuments')}
          </Button>
        ) : undefined
      }
    />
  );
}
