import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Row, Segmented, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DocumentsDocument, OnboardingOrganizationDocument, type QualificationDocumentFieldsFragment } from '@mengyuan/graphql';
import { formatFen, REQUIRED_DOCUMENTS } from '@mengyuan/domain';
import { AsyncState, DateTime, DocumentStatusTag, ExpiryTag, FilePreview, OrganizationKindTag, OrganizationStatusTag, PageHeader, useBreadcrumbName } from '@mengyuan/ui';
import { OrganizationActions } from '../../organizations/components/organization-actions';
import { DocumentReviewForm } from '../components/document-review-form';

type Doc = QualificationDocumentFieldsFragment;

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Details of the selected document and, while it is pending, the decision form. */
function DocumentPanel({ doc, onReviewed }: { doc: Doc; onReviewed: () => void }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('review.details')} extra={<DocumentStatusTag status={doc.status} />}>
        <Descriptions
          column={1}
          size="small"
          styles={{ label: { width: 120 } }}
          items={[
            { key: 'type', label: t('doc.fields.type'), children: t(`doc.type.${doc.type}`) },
            ...(doc.brand ? [{ key: 'brand', label: t('doc.fields.brand'), children: doc.brand.name }] : []),
            { key: 'number', label: t('doc.fields.number'), children: <Typography.Text copyable style={{ fontFamily: 'monospace' }}>{doc.number}</Typography.Text> },
            { key: 'issuer', label: t('doc.fields.issuer'), children: doc.issuer },
            ...(doc.registeredCapital != null ? [{ key: 'registeredCapital', label: t('doc.fields.registeredCapital'), children: formatFen(doc.registeredCapital) }] : []),
            {
              key: 'validity',
              label: t('doc.fields.validity'),
              children: (
                <Flex gap={8} align="center" wrap>
                  <span style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {doc.validFrom} ~ {doc.validTo}
                  </span>
                  <ExpiryTag expiresInDays={doc.expiresInDays} validTo={doc.validTo} />
                </Flex>
              ),
            },
            { key: 'submitted', label: t('doc.fields.submittedAt'), children: <DateTime value={doc.createdAt} /> },
            {
              key: 'file',
              label: t('doc.fields.file'),
              children: (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {doc.file.originalName} · {doc.file.contentType} · {formatSize(doc.file.size)}
                </Typography.Text>
              ),
            },
            { key: 'sha', label: t('doc.fields.sha256'), children: <Typography.Text copyable={{ text: doc.file.sha256 }} style={{ fontFamily: 'monospace', fontSize: 12 }}>{doc.file.sha256.slice(0, 16)}…</Typography.Text> },
            ...(doc.reviewedAt
              ? [
                  { key: 'reviewer', label: t('doc.fields.reviewer'), children: doc.reviewerEmail ?? t('common.none') },
                  { key: 'reviewedAt', label: t('doc.fields.reviewedAt'), children: <DateTime value={doc.reviewedAt} /> },
                  ...(doc.verificationMethod ? [{ key: 'method', label: t('doc.fields.verificationMethod'), children: t(`doc.method.${doc.verificationMethod}`) }] : []),
                  ...(doc.reviewNote ? [{ key: 'note', label: t('doc.fields.reviewNote'), children: doc.reviewNote }] : []),
                ]
              : []),
          ]}
        />
      </Card>
      <Card size="small" title={t('review.decision')}>
        {doc.status === 'PENDING' && !doc.superseded ? (
          <DocumentReviewForm key={doc.id} doc={doc} onReviewed={onReviewed} />
        ) : (
          <Alert type={doc.status === 'APPROVED' ? 'success' : doc.status === 'REJECTED' ? 'error' : 'info'} showIcon title={doc.superseded ? t('orgDocs.superseded') : t('review.alreadyReviewed', { status: t(`doc.status.${doc.status}`) })} />
        )}
      </Card>
    </Flex>
  );
}

/** 资质审核: one organisation's documents, each file side by side with its details and the decision, then the organisation's decision. */
export default function ReviewWorkspacePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { organizationId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const orgQ = useQuery(OnboardingOrganizationDocument, { variables: { id: organizationId } });
  const docsQ = useQuery(DocumentsDocument, { variables: { organizationId } });
  const org = orgQ.data?.organization;
  useBreadcrumbName(org?.name);
  const docs = docsQ.data?.documents ?? [];
  const pending = docs.filter((d) => d.status === 'PENDING' && !d.superseded);
  const selected = docs.find((d) => d.id === params.get('doc')) ?? pending[0] ?? docs[0];
  const select = (id: string) => setParams({ doc: id }, { replace: true });
  const nextPending = () => {
    const rest = pending.filter((d) => d.id !== selected?.id);
    if (rest[0]) select(rest[0].id);
  };

  const required = org && org.kind !== 'ALLIANCE' ? REQUIRED_DOCUMENTS[org.kind] : [];
  const approvedTypes = new Set(docs.filter((d) => d.status === 'APPROVED' && !d.superseded && d.expiresInDays >= 0).map((d) => d.type));

  return (
    <AsyncState
      loading={orgQ.loading || docsQ.loading}
      error={orgQ.error ?? docsQ.error}
      hasData={!!org && !!docsQ.data}
      onRetry={() => {
        void orgQ.refetch();
        void docsQ.refetch();
      }}
    >
      {org && (
        <>
          <PageHeader
            onBack={() => navigate('/review')}
            title={org.name}
            subtitle={t('review.workspaceSubtitle')}
            tags={
              <>
                <OrganizationKindTag kind={org.kind} />
                <OrganizationStatusTag status={org.status} />
              </>
            }
            extra={<Link to={`/organizations/${org.id}`}>{t('review.organization')}</Link>}
          />
          <Card
            style={{ marginBottom: 16 }}
            data-testid="org-decision-card"
            title={t('review.orgDecision')}
            extra={<OrganizationActions org={org} />}
          >
            <Flex gap={24} wrap align="center">
              <Typography.Text type="secondary">{t('review.requiredStatus')}</Typography.Text>
              {required.map((type) => (
                <span key={type} data-testid="required-status" data-type={type} data-approved={approvedTypes.has(type)}>
                  {approvedTypes.has(type) ? <CheckCircleFilled style={{ color: '#52c41a', marginInlineEnd: 6 }} /> : <CloseCircleFilled style={{ color: '#bfbfbf', marginInlineEnd: 6 }} />}
                  {t(`doc.type.${type}`)}
                  <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
                    {approvedTypes.has(type) ? t('review.approvedOk') : t('review.notApproved')}
                  </Typography.Text>
                </span>
              ))}
            </Flex>
            <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', fontSize: 12 }}>
              {t('review.orgDecisionHint')}
            </Typography.Paragraph>
            {org.statusReason && (
              <Typography.Paragraph style={{ margin: '8px 0 0', fontSize: 12 }}>
                {t('decide.statusReasonLine', { reason: org.statusReason })}
              </Typography.Paragraph>
            )}
          </Card>
          {docs.length === 0 ? (
            <Card>
              <Empty description={t('review.noDocuments')} />
            </Card>
          ) : (
            <>
              <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
                {/* Many documents wrap onto more lines rather than widening the page. */}
                <Segmented
                  className="my-wrap-segmented"
                  data-testid="review-doc-tabs"
                  value={selected?.id}
                  onChange={(v) => select(String(v))}
                  options={docs.map((d) => ({
                    value: d.id,
                    label: (
                      <Flex gap={6} align="center" style={{ padding: '2px 0' }} data-testid="review-doc-tab" data-type={d.type} data-status={d.status}>
                        <span>
                          {t(`doc.type.${d.type}`)}
                          {d.brand ? ` · ${d.brand.name}` : ''}
                        </span>
                        <DocumentStatusTag status={d.status} />
                      </Flex>
                    ),
                  }))}
                />
                {pending.length > 0 ? (
                  pending.some((d) => d.id !== selected?.id) && <Button onClick={nextPending}>{t('review.nextPending')}</Button>
                ) : (
                  <Typography.Text type="success" data-testid="all-reviewed">
                    <CheckCircleFilled style={{ marginInlineEnd: 6 }} />
                    {t('review.allReviewed')}
                  </Typography.Text>
                )}
              </Flex>
              {selected && (
                <Row gutter={[16, 16]} data-testid="review-workspace" data-doc={selected.id}>
                  <Col xs={24} xl={14}>
                    <Card size="small" styles={{ body: { padding: 12 } }}>
                      <FilePreview key={selected.file.id} fileId={selected.file.id} contentType={selected.file.contentType} name={selected.file.originalName} height="calc(100vh - 360px)" style={{ minHeight: 480 }} />
                    </Card>
                  </Col>
                  <Col xs={24} xl={10}>
                    <DocumentPanel doc={selected} onReviewed={nextPending} />
                  </Col>
                </Row>
              )}
            </>
          )}
        </>
      )}
    </AsyncState>
  );
}
