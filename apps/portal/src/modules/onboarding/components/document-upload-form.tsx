import { useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { Alert, App, Button, Col, DatePicker, Flex, Form, Input, Progress, Row, Select, Typography, Upload } from 'antd';
import { CheckCircleFilled, InboxOutlined, SwapOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  BrandsDocument,
  DocumentsDocument,
  MeDocument,
  OnboardingOrganizationDocument,
  SubmitDocumentDocument,
  type DocumentType,
  type QualificationDocumentFieldsFragment,
} from '@mengyuan/graphql';
import { DocumentType as DT, OFFICIAL_MIN_REGISTERED_CAPITAL_FEN, OrganizationKind, requiresRegisteredCapital, shanghaiDate, yuanToFen } from '@mengyuan/domain';
import { errorMessage, FilePreview, fileErrorMessage, fieldErrors, MAX_DOCUMENT_BYTES, uploadFile, useAuth, FileRequestError, type UploadedFile } from '@mengyuan/ui';

type UploadState =
  | { status: 'idle' }
  | { status: 'uploading'; percent: number; name: string }
  | { status: 'done'; file: UploadedFile; name: string }
  | { status: 'error'; error: unknown; name: string };

interface FormValues {
  type: DocumentType;
  number: string;
  issuer: string;
  validFrom: Dayjs;
  validTo: Dayjs;
  brandId?: string;
  /** Yuan, as on the licence (注册资本). */
  registeredCapital?: string;
}

const DATE = 'YYYY-MM-DD';

/**
 * One document: the file (uploaded at once to POST /files, with progress and a preview) and its details
 * (number, issuer, validity, the brand of a product authorisation), submitted with submitDocument.
 * With `replaces` the new submission names the one it replaces.
 */
export function DocumentUploadForm({
  type,
  types,
  replaces,
  onSubmitted,
  onCancel,
  testId,
}: {
  /** The document to upload; without it the person chooses among `types`. */
  type?: DocumentType;
  types?: readonly DocumentType[];
  replaces?: QualificationDocumentFieldsFragment;
  onSubmitted?: (doc: QualificationDocumentFieldsFragment) => void;
  onCancel?: () => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { manager } = useAuth();
  const [form] = Form.useForm<FormValues>();
  const [upload, setUpload] = useState<UploadState>({ status: 'idle' });
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const chosenType = (Form.useWatch('type', form) as DocumentType | undefined) ?? type ?? replaces?.type;
  const needsBrand = chosenType === DT.PRODUCT_AUTHORIZATION;
  const brands = useQuery(BrandsDocument, { skip: !needsBrand });
  // 注册资本超千万: an official channel's business licence states its registered capital (a supplier's may).
  const org = useQuery(MeDocument).data?.me.organization;
  const statesCapital = chosenType === DT.BUSINESS_LICENSE && org?.kind === OrganizationKind.SUPPLIER;
  const needsCapital = !!chosenType && !!org && requiresRegisteredCapital(chosenType, org.kind, org.channelType);
  const capitalFen = (yuan: string | undefined): bigint | null => {
    try {
      return yuan?.trim() ? yuanToFen(yuan.trim().replace(/,/g, '')) : null;
    } catch {
      return null;
    }
  };
  const [submitDocument, { loading: submitting }] = useMutation(SubmitDocumentDocument, {
    refetchQueries: [DocumentsDocument, OnboardingOrganizationDocument, MeDocument],
    awaitRefetchQueries: true,
  });

  const start = async (file: File) => {
    setSubmitError(null);
    if (file.size > MAX_DOCUMENT_BYTES) {
      setUpload({ status: 'error', error: new FileRequestError('PAYLOAD_TOO_LARGE', 413, 'too large'), name: file.name });
      return;
    }
    setUpload({ status: 'uploading', percent: 0, name: file.name });
    try {
      const stored = await uploadFile(manager, file, (percent) => setUpload((u) => (u.status === 'uploading' ? { ...u, percent } : u)));
      setUpload({ status: 'done', file: stored, name: file.name });
      setFileMissing(false);
    } catch (error) {
      setUpload({ status: 'error', error, name: file.name });
    }
  };

  const submit = async () => {
    setFileMissing(upload.status !== 'done');
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is wrong
    }
    if (upload.status !== 'done') return;
    setSubmitError(null);
    const docType = type ?? replaces?.type ?? values.type;
    try {
      const { data } = await submitDocument({
        variables: {
          input: {
            type: docType,
            number: values.number.trim(),
            issuer: values.issuer.trim(),
            validFrom: values.validFrom.format(DATE),
            validTo: values.validTo.format(DATE),
            brandId: docType === DT.PRODUCT_AUTHORIZATION ? values.brandId : undefined,
            registeredCapital: statesCapital ? (capitalFen(values.registeredCapital)?.toString() ?? null) : undefined,
            fileId: upload.file.id,
            replacesId: replaces?.id,
          },
        },
      });
      message.success(t('onboarding.upload.submitted', { type: t(`doc.type.${docType}`) }));
      form.resetFields();
      setUpload({ status: 'idle' });
      if (data) onSubmitted?.(data.submitDocument);
    } catch (error) {
      const fields = fieldErrors(error);
      const known = Object.entries(fields).filter(([k]) => ['number', 'issuer', 'validFrom', 'validTo', 'brandId', 'type'].includes(k));
      if (known.length) form.setFields(known.map(([name, errors]) => ({ name: name as keyof FormValues, errors })));
      if (fields.registeredCapital) form.setFields([{ name: 'registeredCapital', errors: [t('onboarding.upload.capitalMin')] }]);
      setSubmitError(error);
    }
  };

  const today = shanghaiDate(new Date());
  const uploadError = upload.status === 'error' ? fileErrorMessage(t, upload.error) : null;
  const submitMessage = submitError ? errorMessage(t, submitError) : fileMissing ? t('onboarding.upload.fileRequired') : null;

  return (
    <div data-testid={testId ?? 'document-upload-form'}>
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={11}>
          {upload.status === 'done' ? (
            <Flex vertical gap={8}>
              <Flex align="center" justify="space-between" gap={8}>
                <Typography.Text data-testid="upload-done">
                  <CheckCircleFilled style={{ color: '#52c41a', marginInlineEnd: 6 }} />
                  {t('onboarding.upload.uploaded')}
                </Typography.Text>
                <Upload accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" showUploadList={false} beforeUpload={(f) => (void start(f), false)}>
                  <Button size="small" icon={<SwapOutlined />}>
                    {t('onboarding.upload.change')}
                  </Button>
                </Upload>
              </Flex>
              <FilePreview fileId={upload.file.id} contentType={upload.file.contentType} name={upload.name} height={280} />
            </Flex>
          ) : (
            <Flex vertical gap={8}>
              <Upload.Dragger
                accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                multiple={false}
                showUploadList={false}
                disabled={upload.status === 'uploading'}
                beforeUpload={(f) => (void start(f), false)}
                data-testid="document-file-input"
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t('onboarding.upload.drag')}</p>
                <p className="ant-upload-hint" style={{ padding: '0 12px' }}>
                  {t('onboarding.upload.hint')}
                </p>
              </Upload.Dragger>
              {upload.status === 'uploading' && (
                <div data-testid="upload-progress">
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('onboarding.upload.uploading')} {upload.name}
                  </Typography.Text>
                  <Progress percent={upload.percent} size="small" status="active" />
                </div>
              )}
              {uploadError && <Alert type="error" showIcon title={uploadError} description={upload.status === 'error' ? upload.name : undefined} data-testid="upload-error" />}
            </Flex>
          )}
        </Col>
        <Col xs={24} lg={13}>
          <Form<FormValues> form={form} layout="vertical" requiredMark initialValues={{ type: type ?? replaces?.type, brandId: replaces?.brand?.id }}>
            {!type && !replaces && (
              <Form.Item name="type" label={t('onboarding.upload.type')} rules={[{ required: true, message: t('onboarding.upload.typeRequired') }]}>
                <Select data-testid="document-type" options={(types ?? []).map((d) => ({ value: d, label: t(`doc.type.${d}`) }))} />
              </Form.Item>
            )}
            {needsBrand && (
              <Form.Item
                name="brandId"
                label={t('doc.fields.brand')}
                rules={[{ required: true, message: t('onboarding.upload.brandRequired') }]}
                extra={brands.data && brands.data.brands.length === 0 ? t('onboarding.upload.noBrands') : undefined}
              >
                <Select
                  data-testid="document-brand"
                  loading={brands.loading}
                  placeholder={t('onboarding.upload.brandPlaceholder')}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={(brands.data?.brands ?? []).map((b) => ({ value: b.id, label: b.name }))}
                />
              </Form.Item>
            )}
            {statesCapital && (
              <Form.Item
                name="registeredCapital"
                label={t('onboarding.upload.capital')}
                extra={needsCapital ? t('onboarding.upload.capitalOfficial') : undefined}
                rules={[
                  { required: needsCapital, whitespace: true, message: t('onboarding.upload.capitalRequired') },
                  {
                    validator(_, value: string | undefined) {
                      if (!value?.trim()) return Promise.resolve();
                      const fen = capitalFen(value);
                      if (fen === null || fen < 0n) return Promise.reject(new Error(t('onboarding.upload.capitalInvalid')));
                      if (needsCapital && fen < OFFICIAL_MIN_REGISTERED_CAPITAL_FEN) return Promise.reject(new Error(t('onboarding.upload.capitalMin')));
                      return Promise.resolve();
                    },
                  },
                ]}
              >
                <Input inputMode="decimal" suffix={t('onboarding.upload.capitalUnit')} maxLength={20} data-testid="document-registered-capital" />
              </Form.Item>
            )}
            <Form.Item name="number" label={t('doc.fields.number')} rules={[{ required: true, whitespace: true, message: t('onboarding.upload.numberRequired') }, { max: 100 }]}>
              <Input placeholder={chosenType ? t(`onboarding.upload.numberPlaceholder.${chosenType}`) : undefined} maxLength={100} data-testid="document-number" />
            </Form.Item>
            <Form.Item name="issuer" label={t('doc.fields.issuer')} rules={[{ required: true, whitespace: true, message: t('onboarding.upload.issuerRequired') }, { max: 100 }]}>
              <Input placeholder={chosenType ? t(`onboarding.upload.issuerPlaceholder.${chosenType}`) : undefined} maxLength={100} data-testid="document-issuer" />
            </Form.Item>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="validFrom" label={t('doc.fields.validFrom')} rules={[{ required: true, message: t('onboarding.upload.validFromRequired') }]}>
                  <DatePicker style={{ width: '100%' }} format={DATE} data-testid="document-valid-from" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  name="validTo"
                  label={t('doc.fields.validTo')}
                  dependencies={['validFrom']}
                  extra={t('onboarding.upload.longTerm')}
                  rules={[
                    { required: true, message: t('onboarding.upload.validToRequired') },
                    ({ getFieldValue }) => ({
                      validator(_, value: Dayjs | undefined) {
                        if (!value) return Promise.resolve();
                        if (value.format(DATE) < today) return Promise.reject(new Error(t('onboarding.upload.validToPast')));
                        const from = getFieldValue('validFrom') as Dayjs | undefined;
                        if (from && value.isBefore(from, 'day')) return Promise.reject(new Error(t('onboarding.upload.validToBeforeFrom')));
                        return Promise.resolve();
                      },
                    }),
                  ]}
                >
                  <DatePicker style={{ width: '100%' }} format={DATE} data-testid="document-valid-to" disabledDate={(d) => d.isBefore(dayjs(today), 'day')} />
                </Form.Item>
              </Col>
            </Row>
            {submitMessage && <Alert type="error" showIcon title={submitMessage} style={{ marginBottom: 16 }} data-testid="document-submit-error" />}
            <Flex gap={8} justify="flex-end">
              {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
              <Button type="primary" loading={submitting} disabled={upload.status === 'uploading'} onClick={() => void submit()} data-testid="document-submit">
                {t('onboarding.upload.submit')}
              </Button>
            </Flex>
          </Form>
        </Col>
      </Row>
    </div>
  );
}
