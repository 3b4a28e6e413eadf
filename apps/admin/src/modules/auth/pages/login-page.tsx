import { useState } from 'react';
import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate } from 'react-router';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LogoutDocument, type AuthPayloadFieldsFragment } from '@mengyuan/graphql';
import { AuthLayout, errorMessage, useAuth, useSignInFlow } from '@mengyuan/ui';

interface LoginValues {
  email: string;
  password: string;
}

type LoginProblem = { kind: 'error'; error: unknown } | { kind: 'not-alliance' } | null;

import { homeOf } from '../roles';

export default function LoginPage() {
  const { t } = useTranslation();
  const { signIn, signOutReason } = useAuth();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [problem, setProblem] = useState<LoginProblem>(null);
  const flow = useSignInFlow((payload) => void finish(payload));
  const loading = flow.loading;

  const finish = async (payload: AuthPayloadFieldsFragment) => {
    setProblem(null);
    if (payload.user.organization.kind !== 'ALLIANCE') {
      // Not ours: revoke the session the server just opened instead of keeping it.
      await client
        .mutate({ mutation: LogoutDocument, variables: { refreshToken: payload.refreshToken, everywhere: false }, context: { headers: { authorization: `Bearer ${payload.accessToken}` } } })
        .catch(() => undefined);
      setProblem({ kind: 'not-alliance' });
      return;
    }
    signIn(payload);
    const from = (location.state as { from?: string } | null)?.from;
    navigate(from && from !== '/login' && from !== '/' ? from : homeOf(payload.user), { replace: true });
  };
  const onFinish = ({ email, password }: LoginValues) => flow.submitPassword(email.trim(), password);
  const shown: LoginProblem = problem ?? (flow.error ? { kind: 'error', error: flow.error } : null);

  if (flow.steps) {
    return (
      <AuthLayout appName={t('app.name')} title={flow.step === 'setup' ? t('acct.totp.setupTitle') : t('acct.totp.title')} width={flow.step === 'setup' ? 440 : 400}>
        {flow.steps}
      </AuthLayout>
    );
  }

  return (
    <AuthLayout appName={t('app.name')} title={t('login.title')} subtitle={t('login.subtitle')}>
      {signOutReason === 'expired' && !shown && <Alert type="info" showIcon title={t('auth.sessionExpired')} style={{ marginBottom: 16 }} />}
      {signOutReason === 'password-changed' && !shown && <Alert type="success" showIcon title={t('auth.passwordChanged')} style={{ marginBottom: 16 }} />}
      {shown?.kind === 'error' && <Alert type="error" showIcon title={errorMessage(t, shown.error)} style={{ marginBottom: 16 }} data-testid="login-error" />}
      {problem?.kind === 'not-alliance' && (
        <Alert
          type="error"
          showIcon
          title={t('login.notAlliance')}
          style={{ marginBottom: 16 }}
          data-testid="login-not-alliance"
        />
      )}
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
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center', fontSize: 12, margin: '24px 0 0' }}>
        <a href="/">{t('login.portalLink')}</a>
      </Typography.Paragraph>
    </AuthLayout>
  );
}
