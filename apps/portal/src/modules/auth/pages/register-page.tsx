import { useState } from 'react';
import { Alert, Button, Col, Divider, Form, Input, Row, Typography, App } from 'antd';
import { ShopOutlined, ShoppingCartOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RegisterOrganizationDocument, type ChannelType, type OrganizationKind } from '@mengyuan/graphql';
import { AuthLayout, errorCode, errorMessage, fieldErrors, isAcceptablePassword, isValidUscc, MOBILE_PATTERN, useAuth } from '@mengyuan/ui';
import { ChoiceCards } from '../components/choice-cards';

interface RegisterValues {
  kind: 'SUPPLIER' | 'MEMBER';
  name: string;
  unifiedSocialCreditCode: string;
  channelType?: ChannelType;
  contactName: string;
  contactPhone: string;
  ownerDisplayName: string;
  ownerEmail: string;
  ownerPassword: string;
  confirmPassword: string;
}

const CHANNELS: ChannelType[] = ['OFFICIAL_AUTHORIZED', 'AGGREGATOR', 'SOURCE_DIRECT', 'ALLIANCE_PEER'];

export default function RegisterPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<RegisterValues>();
  const kind = Form.useWatch('kind', form);
  const [register, { loading }] = useMutation(RegisterOrganizationDocument);
  const [error, setError] = useState<unknown>(null);

  const onFinish = async (values: RegisterValues) => {
    setError(null);
    const input = {
      kind: values.kind as OrganizationKind,
      name: values.name.trim(),
      unifiedSocialCreditCode: values.unifiedSocialCreditCode.trim().toUpperCase(),
      channelType: values.kind === 'SUPPLIER' ? values.channelType : undefined,
      contactName: values.contactName.trim(),
      contactPhone: values.contactPhone.trim(),
      ownerDisplayName: values.ownerDisplayName.trim(),
      ownerEmail: values.ownerEmail.trim(),
      ownerPassword: values.ownerPassword,
    };
    try {
      const { data } = await register({ variables: { input } });
      if (!data) return;
      signIn(data.registerOrganization);
      message.success(t('register.success'));
      navigate('/', { replace: true });
    } catch (e) {
      setError(e);
      if (errorCode(e) === 'VALIDATION_FAILED') {
        const fields = fieldErrors(e);
        const known = Object.keys(form.getFieldsValue(true));
        form.setFields(Object.entries(fields).filter(([name]) => known.includes(name)).map(([name, errors]) => ({ name: name as keyof RegisterValues, errors })));
      }
    }
  };

  const section = (title: string) => (
    <Divider titlePlacement="start" plain style={{ margin: '8px 0 16px' }}>
      <Typography.Text strong>{title}</Typography.Text>
    </Divider>
  );

  return (
    <AuthLayout appName={t('app.name')} title={t('register.title')} subtitle={t('register.subtitle')} width={720}>
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} data-testid="register-error" />}
      <Form<RegisterValues> form={form} layout="vertical" onFinish={onFinish} initialValues={{ kind: 'SUPPLIER' }} disabled={loading} scrollToFirstError>
        {section(t('register.sectionKind'))}
        <Form.Item name="kind" rules={[{ required: true }]}>
          <ChoiceCards<'SUPPLIER' | 'MEMBER'>
            testId="register-kind"
            options={[
              { value: 'SUPPLIER', title: t('org.kind.SUPPLIER'), description: t('register.kindSupplierDesc'), icon: <ShopOutlined /> },
              { value: 'MEMBER', title: t('org.kind.MEMBER'), description: t('register.kindMemberDesc'), icon: <ShoppingCartOutlined /> },
            ]}
          />
        </Form.Item>

        {section(t('register.sectionCompany'))}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('org.fields.name')} rules={[{ required: true, whitespace: true, message: t('register.nameRequired') }, { max: 100 }]}>
              <Input placeholder={t('register.namePlaceholder')} data-testid="register-name" maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="unifiedSocialCreditCode"
              label={t('org.fields.unifiedSocialCreditCode')}
              normalize={(v: string) => v?.toUpperCase().replace(/\s/g, '')}
              rules={[
                { required: true, message: t('register.usccRequired') },
                { validator: (_, v: string) => (!v || isValidUscc(v) ? Promise.resolve() : Promise.reject(new Error(t('register.usccInvalid')))) },
              ]}
            >
              <Input placeholder={t('register.usccPlaceholder')} maxLength={18} showCount data-testid="register-uscc" style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
        </Row>
        {kind === 'SUPPLIER' && (
          <Form.Item name="channelType" label={t('org.fields.channelType')} rules={[{ required: true, message: t('register.channelTypeRequired') }]}>
            <ChoiceCards<ChannelType> testId="register-channel" options={CHANNELS.map((c) => ({ value: c, title: t(`org.channel.${c}`), description: t(`org.channelHint.${c}`) }))} />
          </Form.Item>
        )}

        {section(t('register.sectionContact'))}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="contactName" label={t('org.fields.contactName')} rules={[{ required: true, whitespace: true, message: t('register.contactNameRequired') }]}>
              <Input placeholder={t('register.contactNamePlaceholder')} data-testid="register-contact-name" maxLength={50} />
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
              <Input placeholder={t('register.contactPhonePlaceholder')} maxLength={11} data-testid="register-contact-phone" inputMode="numeric" />
            </Form.Item>
          </Col>
        </Row>

        {section(t('register.sectionAccount'))}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="ownerDisplayName" label={t('register.displayName')} rules={[{ required: true, whitespace: true, message: t('register.displayNameRequired') }]}>
              <Input placeholder={t('register.displayNamePlaceholder')} data-testid="register-display-name" maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="ownerEmail" label={t('register.email')} rules={[{ required: true, message: t('auth.emailRequired') }, { type: 'email', message: t('auth.emailInvalid') }]}>
              <Input placeholder={t('auth.emailPlaceholder')} autoComplete="username" data-testid="register-email" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="ownerPassword"
              label={t('register.password')}
              extra={t('register.passwordRule')}
              rules={[
                { required: true, message: t('auth.passwordRequired') },
                { validator: (_, v: string) => (!v || isAcceptablePassword(v) ? Promise.resolve() : Promise.reject(new Error(t('register.passwordRule')))) },
              ]}
            >
              <Input.Password placeholder={t('register.passwordPlaceholder')} autoComplete="new-password" data-testid="register-password" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="confirmPassword"
              label={t('register.confirmPassword')}
              dependencies={['ownerPassword']}
              rules={[
                { required: true, message: t('register.confirmPasswordRequired') },
                ({ getFieldValue }) => ({
                  validator: (_, v: string) => (!v || v === getFieldValue('ownerPassword') ? Promise.resolve() : Promise.reject(new Error(t('register.passwordMismatch')))),
                }),
              ]}
            >
              <Input.Password placeholder={t('register.confirmPasswordPlaceholder')} autoComplete="new-password" data-testid="register-confirm-password" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" size="large" block loading={loading} data-testid="register-submit" style={{ marginTop: 8 }}>
          {t('register.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ textAlign: 'center', marginTop: 20, marginBottom: 0 }}>
        {t('register.haveAccount')} <Link to="/login">{t('register.signIn')}</Link>
      </Typography.Paragraph>
    </AuthLayout>
  );
}
