import { Button, Card, Col, Descriptions, Flex, Row, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AuditEventsDocument, OnboardingOrganizationDocument, OrganizationDocument } from '@mengyuan/graphql';
import { AsyncState, ChannelTypeLabel, DateTime, HoldbackSummary, OrganizationKindTag, OrganizationLifecycleSteps, OrganizationStatusTag, PageHeader, useBreadcrumbName } from '@mengyuan/ui';
import { AuditEventsTable } from '../../audit/components/audit-events-table';
import { OrganizationActions } from '../components/organization-actions';
import { OrganizationDocuments } from '../components/organization-documents';
import { OrganizationActivity } from '../components/organization-activity';

export default function OrganizationDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(OrganizationDocument, { variables: { id } });
  const audit = useQuery(AuditEventsDocument, { variables: { filter: { organizationId: id }, page: { offset: 0, limit: 10 } } });
  const onboarding = useQuery(OnboardingOrganizationDocument, { variables: { id } });
  const org = data?.organization;
  useBreadcrumbName(org?.name);
  const details = onboarding.data?.organization;

  return (
    <AsyncState loading={loading} error={error} hasData={!!org} onRetry={() => void refetch()}>
      {org && (
        <>
          <PageHeader
            onBack={() => navigate('/organizations')}
            title={org.name}
            tags={
              <>
                <OrganizationKindTag kind={org.kind} />
                <OrganizationStatusTag status={org.status} />
              </>
            }
            subtitle={t('orgs.detail')}
          />
          {org.kind === 'SUPPLIER' && org.status === 'ELIMINATED' && <HoldbackSummary organizationId={org.id} variant="panel" />}
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={15}>
              <Card title={t('orgs.basics')} style={{ height: '100%' }}>
                <Descriptions
                  column={{ xs: 1, md: 2 }}
                  size="small"
                  data-testid="organization-descriptions"
                  items={[
                    { key: 'name', label: t('org.fields.name'), children: org.name, span: 2 },
                    { key: 'kind', label: t('org.fields.kind'), children: <OrganizationKindTag kind={org.kind} /> },
                    { key: 'status', label: t('org.fields.status'), children: <OrganizationStatusTag status={org.status} /> },
                    { key: 'channel', label: t('org.fields.channelType'), children: <ChannelTypeLabel channelType={org.channelType} /> },
                    { key: 'uscc', label: t('org.fields.unifiedSocialCreditCode'), children: <Typography.Text copyable style={{ fontFamily: 'monospace' }}>{org.unifiedSocialCreditCode}</Typography.Text> },
                    { key: 'contact', label: t('org.fields.contactName'), children: org.contactName },
                    { key: 'phone', label: t('org.fields.contactPhone'), children: org.contactPhone },
                    { key: 'created', label: t('org.fields.createdAt'), children: <DateTime value={org.createdAt} /> },
                    { key: 'updated', label: t('org.fields.updatedAt'), children: <DateTime value={org.updatedAt} /> },
                    { key: 'id', label: t('org.fields.id'), children: <Typography.Text copyable type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>{org.id}</Typography.Text>, span: 2 },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} xl={9}>
              <Card title={t('orgs.lifecycle')} style={{ height: '100%' }}>
                {org.kind !== 'ALLIANCE' && (
                  <div style={{ marginBottom: 20 }}>
                    <OrganizationLifecycleSteps kind={org.kind} status={org.status} small vertical />
                  </div>
                )}
                <Typography.Text strong>{t('orgs.nextActions')}</Typography.Text>
                <div style={{ margin: '8px 0' }}>{details && <OrganizationActions org={details} size="small" />}</div>
                {details?.statusReason && (
                  <Typography.Paragraph style={{ margin: '8px 0', fontSize: 12 }} data-testid="status-reason">
                    {t('decide.statusReasonLine', { reason: details.statusReason })}
                  </Typography.Paragraph>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('orgs.nextActionsHint')}
                </Typography.Text>
              </Card>
            </Col>
          </Row>
          <OrganizationActivity id={org.id} kind={org.kind} />
          {details && org.kind !== 'ALLIANCE' && <OrganizationDocuments org={details} />}
          <Card
            title={t('orgs.auditTrail')}
            style={{ marginTop: 16 }}
            extra={<Link to={`/audit?org=${encodeURIComponent(org.id)}`}>{t('orgs.viewAllAudit')}</Link>}
          >
            {audit.error ? (
              <Flex justify="center">
                <Button onClick={() => void audit.refetch()}>{t('common.retry')}</Button>
              </Flex>
            ) : (
              <AuditEventsTable items={audit.data?.auditEvents.items ?? []} loading={audit.loading} pagination={false} showOrganization={false} />
            )}
          </Card>
        </>
      )}
    </AsyncState>
  );
}
