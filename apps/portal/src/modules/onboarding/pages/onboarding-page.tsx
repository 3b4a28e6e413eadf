import { useEffect, useState, type CSSProperties } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Flex, Form, Input, Result, Row, Steps, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, ClockCircleFilled } from '@ant-design/icons';
import { Navigate, useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  DocumentsDocument,
  MeDocument,
  OnboardingOrganizationDocument,
  SubmitForReviewDocument,
  UpdateOrganizationProfileDocument,
  type DocumentType,
  type OnboardingOrganizationFieldsFragment,
  type QualificationDocumentFieldsFragment,
} from '@mengyuan/graphql';
import { REQUIRED_DOCUMENTS } from '@mengyuan/domain';
import { AsyncState, DocumentStatusTag, errorMessage, fieldErrors, MOBILE_PATTERN, OrganizationLifecycleSteps, OrganizationStatusTag, PageHeader, useAuth } from '@mengyuan/ui';
import { DocumentSlot, ProductAuthorizations } from '../components/document-slot';
import { MissingDocumentsAlert, missingDocumentsOf } from '../components/missing-documents';

type Org = OnboardingOrganizationFieldsFragment;
type Doc = QualificationDocumentFieldsFragment;
type Kind = 'SUPPLIER' | 'MEMBER';

const COMPANY = 0;
const DOCUMENTS = 1;
const SUBMIT = 2;
const STATUS = 3;

function initialStep(org: Org): number {
  if (org.status !== 'APPLIED') return STATUS;
  return org.statusReason ? DOCUMENTS : COMPANY;
}

function RejectedBanner({ org, style }: { org: Org; style?: CSSProperties }) {
  const { t } = useTranslation();
  if (org.status !== 'APPLIED' || !org.statusReason) return null;
  return <Alert type="warning" showIcon style={style} title={t('onboarding.rejectedBanner')} description={t('onboarding.status.reasonLine', { reason: org.statusReason })} data-testid="rejected-banner" />;
}

function CompanyStep({ org, onNext }: { org: Org; onNext: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; contactName: string; contactPhone: string }>();
  const [update, { loading }] = useMutation(UpdateOrganizationProfileDocument, { refetchQueries: [MeDocument] });
  const [error, setError] = useState<unknown>(null);
  const editable = org.status === 'APPLIED';

  const save = async () => {
    let values: { name: string; contactName: string; contactPhone: string };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const input = { name: values.name.trim(), contactName: values.contactName.trim(), contactPhone: values.contactPhone.trim() };
    if (input.name === org.name && input.contactName === org.contactName && input.contactPhone === org.contactPhone) {
      onNext();
      return;
    }
    setError(null);
    try {
      await update({ variables: { input } });
      message.success(t('onboarding.company.saved'));
      onNext();
    } catch (e) {
      const fields = fieldErrors(e);
      const known = Object.entries(fields).filter(([k]) => ['name', 'contactName', 'contactPhone'].includes(k));
      if (known.length) form.setFields(known.map(([name, errors]) => ({ name: name as 'name', errors })));
      setError(e);
    }
  };

  return (
    <Card data-testid="onboarding-company">
      <Typography.Paragraph type="secondary">{editable ? t('onboarding.company.intro') : t('onboarding.company.locked')}</Typography.Paragraph>
      <Form form={form} layout="vertical" disabled={!editable} initialValues={{ name: org.name, contactName: org.contactName, contactPhone: org.contactPhone }} style={{ maxWidth: 640 }}>
        <Form.Item label={t('onboarding.company.uscc')}>
          <Input value={org.unifiedSocialCreditCode} disabled style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="name" label={t('org.fields.name')} rules={[{ required: true, whitespace: true, message: t('register.nameRequired') }, { max: 100 }]}>
          <Input maxLength={100} data-testid="company-name" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="contactName" label={t('org.fields.contactName')} rules={[{ required: true, whitespace: true, message: t('register.contactNameRequired') }, { max: 40 }]}>
              <Input maxLength={40} data-testid="company-contact-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="contactPhone"
              label={t('org.fields.contactPhone')}
              rules={[
                { required: true, message: t('register.contactPhoneRequired') },
                { pattern: MOBILE_PATTERN, message: t('register.contactPhoneInvalid') },
              ]}
            >
              <Input maxLength={11} data-testid="company-contact-phone" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16, maxWidth: 640 }} />}
      <Button type="primary" loading={loading} onClick={() => (editable ? void save() : onNext())} data-testid="company-next">
        {editable ? t('onboarding.company.saveAndNext') : t('onboarding.docs.next')}
      </Button>
    </Card>
  );
}

function DocumentsStep({ org, docs, onPrev, onNext }: { org: Org; docs: Doc[]; onPrev: () => void; onNext: () => void }) {
  const { t } = useTranslation();
  const kind = org.kind as Kind;
  const canEdit = org.status === 'APPLIED' || org.status === 'UNDER_REVIEW';
  return (
    <Flex vertical gap={16} data-testid="onboarding-documents">
      <RejectedBanner org={org} />
      <Alert type="info" showIcon title={t('onboarding.docs.intro')} />
      {REQUIRED_DOCUMENTS[kind].map((type) => (
        <DocumentSlot key={type} type={type} docs={docs} required canEdit={canEdit} />
      ))}
      {kind === 'SUPPLIER' && <ProductAuthorizations docs={docs} canEdit={canEdit} />}
      <Flex gap={8} justify="flex-end">
        <Button onClick={onPrev}>{t('onboarding.docs.prev')}</Button>
        <Button type="primary" onClick={onNext} data-testid="documents-next">
          {t('onboarding.docs.next')}
        </Button>
      </Flex>
    </Flex>
  );
}

function SubmitStep({ org, docs, onPrev, onSubmitted, onGoDocuments }: { org: Org; docs: Doc[]; onPrev: () => void; onSubmitted: () => void; onGoDocuments: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [submit, { loading }] = useMutation(SubmitForReviewDocument, { refetchQueries: [MeDocument, DocumentsDocument], awaitRefetchQueries: true });
  const [error, setError] = useState<unknown>(null);
  const kind = org.kind as Kind;
  const missing = missingDocumentsOf(error);

  const onSubmit = async () => {
    setError(null);
    try {
      await submit();
      message.success(t('onboarding.submit.submitted'));
      onSubmitted();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Card data-testid="onboarding-submit">
      <RejectedBanner org={org} style={{ marginBottom: 16 }} />
      <Typography.Paragraph type="secondary">{t('onboarding.submit.intro')}</Typography.Paragraph>
      <Typography.Title level={5}>{t('onboarding.submit.checklist')}</Typography.Title>
      <Flex vertical gap={8} style={{ marginBottom: 20 }} data-testid="submit-checklist">
        {REQUIRED_DOCUMENTS[kind].map((type) => {
          const isMissing = org.missingDocuments.includes(type);
          const current = docs.find((d) => d.type === type);
          return (
            <Flex key={type} align="center" gap={10} data-testid="checklist-item" data-type={type} data-missing={isMissing}>
              {isMissing ? <CloseCircleFilled style={{ color: '#ff4d4f' }} /> : <CheckCircleFilled style={{ color: '#52c41a' }} />}
              <span style={{ minWidth: 120 }}>{t(`doc.type.${type}`)}</span>
              {current ? <DocumentStatusTag status={current.status} /> : <Typography.Text type="danger">{t('onboarding.submit.missing')}</Typography.Text>}
            </Flex>
          );
        })}
      </Flex>
      {missing && <div style={{ marginBottom: 16 }}><MissingDocumentsAlert missing={missing} onGoDocuments={onGoDocuments} /></div>}
      {!!error && !missing && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} data-testid="submit-error" />}
      {org.status !== 'APPLIED' && <Alert type="info" showIcon title={t('onboarding.submit.notApplied')} style={{ marginBottom: 16 }} />}
      <Flex gap={8} justify="flex-end">
        <Button onClick={onPrev}>{t('onboarding.docs.prev')}</Button>
        <Button type="primary" loading={loading} disabled={org.status !== 'APPLIED'} onClick={() => void onSubmit()} data-testid="submit-for-review">
          {t('onboarding.submit.submit')}
        </Button>
      </Flex>
    </Card>
  );
}

function StatusStep({ org, docs, onFix }: { org: Org; docs: Doc[]; onFix: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rejected = org.status === 'APPLIED' && !!org.statusReason;
  const key = rejected ? 'REJECTED' : ['UNDER_REVIEW', 'PROBATION', 'ACTIVE', 'APPLIED'].includes(org.status) ? org.status : 'OTHER';
  const status = rejected ? 'warning' : org.status === 'UNDER_REVIEW' ? 'info' : org.status === 'PROBATION' || org.status === 'ACTIVE' ? 'success' : org.status === 'APPLIED' ? 'info' : 'error';
  const notes = docs.filter((d) => d.reviewNote);
  return (
    <Card data-testid="onboarding-status" data-status={org.status}>
      <Result
        status={status}
        icon={org.status === 'UNDER_REVIEW' ? <ClockCircleFilled style={{ color: '#1f5fd6' }} /> : undefined}
        title={key === 'OTHER' ? t('onboarding.status.OTHER', { status: t(`org.status.${org.status}`) }) : t(`onboarding.status.${key}`)}
        subTitle={key === 'REJECTED' || key === 'OTHER' ? undefined : t(`onboarding.status.${key}_DESC`)}
        extra={
          <Flex gap={8} justify="center" wrap>
            {rejected && (
              <Button type="primary" onClick={onFix} data-testid="fix-and-resubmit">
                {t('onboarding.status.fixAndResubmit')}
              </Button>
            )}
            <Button onClick={() => navigate('/documents')}>{t('onboarding.status.viewDocuments')}</Button>
            <Button onClick={() => navigate('/')}>{t('onboarding.status.backHome')}</Button>
          </Flex>
        }
      />
      <div style={{ maxWidth: 760, margin: '0 auto' }}>
        {org.kind !== 'ALLIANCE' && (
          <div style={{ marginBottom: 24 }}>
            <OrganizationLifecycleSteps kind={org.kind} status={org.status} small />
          </div>
        )}
        {org.statusReason && (
          <Alert type={rejected ? 'warning' : 'info'} showIcon style={{ marginBottom: 16 }} title={t('onboarding.status.reason')} description={org.statusReason} data-testid="status-reason" />
        )}
        <Typography.Title level={5}>{t('onboarding.status.docNotes')}</Typography.Title>
        {notes.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('onboarding.status.noNotes')} />
        ) : (
          <Descriptions
            column={1}
            size="small"
            bordered
            styles={{ label: { width: 200 } }}
            items={notes.map((d) => ({
              key: d.id,
              label: (
                <Flex gap={8} align="center" wrap>
                  {t(`doc.type.${d.type}`)}
                  <DocumentStatusTag status={d.status} />
                </Flex>
              ),
              children: d.reviewNote,
            }))}
          />
        )}
      </div>
    </Card>
  );
}

function Wizard({ org, docs }: { org: Org; docs: Doc[] }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<number>(() => initialStep(org));
  const go = (n: number) => {
    setStep(n);
    window.scrollTo({ top: 0 });
  };
  const missing = new Set<DocumentType>(org.missingDocuments);
  const docsDone = REQUIRED_DOCUMENTS[org.kind as Kind].every((d) => !missing.has(d));
  const submitted = org.status !== 'APPLIED';
  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Steps
          current={step}
          onChange={(n) => go(n)}
          data-testid="onboarding-steps"
          items={[
            { title: t('onboarding.steps.company'), content: t('onboarding.steps.companyDesc'), status: step === COMPANY ? 'process' : 'finish' },
            { title: t('onboarding.steps.documents'), content: t('onboarding.steps.documentsDesc'), status: step === DOCUMENTS ? 'process' : docsDone ? 'finish' : 'wait' },
            { title: t('onboarding.steps.submit'), content: t('onboarding.steps.submitDesc'), status: step === SUBMIT ? 'process' : submitted ? 'finish' : 'wait' },
            { title: t('onboarding.steps.status'), content: t('onboarding.steps.statusDesc'), status: step === STATUS ? 'process' : 'wait' },
          ]}
        />
      </Card>
      {step === COMPANY && <CompanyStep org={org} onNext={() => go(DOCUMENTS)} />}
      {step === DOCUMENTS && <DocumentsStep org={org} docs={docs} onPrev={() => go(COMPANY)} onNext={() => go(SUBMIT)} />}
      {step === SUBMIT && <SubmitStep org={org} docs={docs} onPrev={() => go(DOCUMENTS)} onSubmitted={() => go(STATUS)} onGoDocuments={() => go(DOCUMENTS)} />}
      {step === STATUS && <StatusStep org={org} docs={docs} onFix={() => go(DOCUMENTS)} />}
    </>
  );
}

/** 入驻申请: company details → documents → submit for review → decision. */
export default function OnboardingPage() {
  const { t } = useTranslation();
  const { user: storedUser, updateUser } = useAuth();
  const me = useQuery(MeDocument);
  const user = me.data?.me ?? storedUser;
  useEffect(() => {
    if (me.data?.me) updateUser(me.data.me);
  }, [me.data, updateUser]);
  const orgId = user?.organization.id ?? '';
  const orgQ = useQuery(OnboardingOrganizationDocument, { variables: { id: orgId }, skip: !orgId });
  const docsQ = useQuery(DocumentsDocument, { variables: { organizationId: null } });
  const org = orgQ.data?.organization;
  const docs = docsQ.data?.documents;

  if (user?.organization.kind === 'ALLIANCE') return <Navigate to="/" replace />;
  return (
    <>
      <PageHeader title={t('onboarding.title')} subtitle={t('onboarding.subtitle')} tags={org ? <OrganizationStatusTag status={org.status} /> : undefined} />
      <AsyncState
        loading={orgQ.loading || docsQ.loading}
        error={orgQ.error ?? docsQ.error}
        hasData={!!org && !!docs}
        onRetry={() => {
          void orgQ.refetch();
          void docsQ.refetch();
        }}
      >
        {org && docs && <Wizard key={org.id} org={org} docs={docs} />}
      </AsyncState>
    </>
  );
}
