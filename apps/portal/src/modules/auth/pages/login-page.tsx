import { useState } from 'react';
import { Alert, Button, Divider, Form, Input, Typography } from 'antd';
import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LoginDocument } from '@mengyuan/graphql';
import { AuthLayout, errorMessage, useAuth } from '@mengyuan/ui';

interface LoginValues {
  email: string;
  password: string;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { signIn, signOutReason } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [login, { loading }] = useMutation(LoginDocument);
  const [error, setError] = useState<unknown>(null);

  const onFinish = async ({ email, password }: LoginValues) => {
    setError(null);
    try {
      const { data } = await login({ variables: { email: email.trim(), password } });
      if (!data) return;
      signIn(data.login);
      const from = (location.state as { from?: string } | null)?.from;
      navigate(from && from !== '/login' ? from : '/', { replace: true });
    } catch (e) {
      setError(e);
    }
  };

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
