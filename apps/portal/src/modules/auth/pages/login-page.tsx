import { Alert, Button, Divider, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AuthLayout, errorMessage, useAuth, useSignInFlow } from '@mengyuan/ui';

interface LoginValues {
  email: string;
  password: string;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { signIn, signOutReason } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const flow = useSignInFlow((payload) => {
    signIn(payload);
    const from = (location.state as { from?: string } | null)?.from;
    navigate(from && from !== '/login' ? from : '/', { replace: true });
  });
  const { loading, error } = flow;
  const onFinish = ({ email, password }: LoginValues) => flow.submitPassword(email.trim(), password);

  if (flow.steps) {
    return (
      <AuthLayout appName={t('app.name')} title={flow.step === 'setup' ? t('acct.totp.setupTitle') : t('acct.totp.title')}>
        {flow.steps}
      </AuthLayout>
    );
  }

  return (
    <AuthLayout appName={t('app.name')} title={t('login.title')} subtitle={t('login.subtitle')}>
      {signOutReason === 'expired' && !error && <Alert type="info" showIcon title={t('auth.sessionExpired')} style={{ marginBottom: 16 }} />}
      {signOutReason === 'password-changed' && !error && <Alert type="success" showIcon title={t('auth.passwordChanged')} style={{ marginBottom: 16 }} />}
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} data-testid="login-error" />}
      <Form<LoginValues> layout="vertical" size="large" onFinish={onFinish} requiredMark={false} disabled={loading}>
        <Form.Item name="email" label={t('auth.email')} rules={[{ required: true, message: t('auth.emailRequired') }, { type: 'email', message: t('auth.emailInvalid') }]}>
          <Input prefix={<MailOutlined />} placeholder={t('auth.emailPlaceholder')} autoComplete="username" data-testid="login-email" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
          <Input.Password prefix={<LockOutlined />} placeholder={t('auth.passwordPlaceholder')} autoComplete="current-password" data-testid="login-password" />
        </Form.Item>
        <Flex justify="flex-end" style={{ marginTop: -12, marginBottom: 16 }}>
          <Link to="/forgot-password" data-testid="forgot-link">
            {t('acct.forgot.link')}
          </Link>
        </Flex>
        <Button type="primary" htmlType="submit" block loading={loading} data-testid="login-submit">
          {loading ? t('auth.signingIn') : t('auth.signIn')}
        </Button>
      </Form>
      <Divider plain style={{ margin: '24px 0 16px' }} />
      <Typography.Paragraph style={{ textAlign: 'center', marginBottom: 8 }}>
        {t('login.noAccount')} <Link to="/register">{t('login.register')}</Link>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center', fontSize: 12, marginBottom: 0 }}>
        {t('login.allianceHint')} <a href="/admin/">{t('login.adminLink')}</a>
      </Typography.Paragraph>
    </AuthLayout>
  );
}
