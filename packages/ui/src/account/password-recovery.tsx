import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, Result, Spin, Typography } from 'antd';
import { MailOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PasswordResetLinkDocument, RequestPasswordResetDocument, ResetPasswordDocument } from '@mengyuan/graphql';
import { errorCode, errorMessage } from '../errors';
import { isAcceptablePassword } from '../validation';
import { formatDateTime } from '../components/date-time';

/** 忘记密码: the address to send a reset link to; the answer is the same whether or not it has an account. */
export function ForgotPasswordForm({ loginLink }: { loginLink: React.ReactNode }) {
  const { t } = useTranslation();
  const [send, { loading }] = useMutation(RequestPasswordResetDocument);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (sent) {
    return (
      <>
        <Alert type="success" showIcon title={t('acct.forgot.sent')} data-testid="forgot-sent" style={{ marginBottom: 16 }} />
        {loginLink}
      </>
    );
  }
  return (
    <>
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} data-testid="forgot-error" />}
      <Form<{ email: string }>
        layout="vertical"
        size="large"
        requiredMark={false}
        disabled={loading}
        onFinish={async ({ email }) => {
          setError(null);
          try {
            await send({ variables: { email: email.trim() } });
            setSent(true);
          } catch (e) {
            setError(e);
          }
        }}
      >
        <Form.Item name="email" label={t('auth.email')} rules={[{ required: true, message: t('auth.emailRequired') }, { type: 'email', message: t('auth.emailInvalid') }]}>
          <Input prefix={<MailOutlined />} placeholder={t('auth.emailPlaceholder')} autoComplete="username" data-testid="forgot-email" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={loading} data-testid="forgot-submit">
          {t('acct.forgot.submit')}
        </Button>
      </Form>
      <div style={{ marginTop: 16, textAlign: 'center' }}>{loginLink}</div>
    </>
  );
}

/** The token of a link like /reset-password#token=… (kept in the fragment: it never reaches a server log). */
export function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}

/** 设置新密码 from the e-mailed link: once, before it expires; then every session of the account ends. */
export function ResetPasswordForm({ token, onDone, forgotLink }: { token: string; onDone: () => void; forgotLink: React.ReactNode }) {
  const { t } = useTranslation();
  const link = useQuery(PasswordResetLinkDocument, { variables: { token }, skip: !token, fetchPolicy: 'network-only' });
  const [reset, { loading }] = useMutation(ResetPasswordDocument);
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<{ newPassword: string; confirm: string }>();
  useEffect(() => setError(null), [token]);
  if (link.loading) return <Spin description={t('acct.reset.checking')} style={{ display: 'block', margin: '24px auto' }} />;
  if (!token || errorCode(link.error) === 'RESET_LINK_INVALID' || (!link.data && link.error)) {
    return <Result status="warning" title={t('acct.reset.invalid')} extra={forgotLink} data-testid="reset-invalid" />;
  }
  const info = link.data?.passwordResetLink;
  return (
    <>
      {info && (
        <Typography.Paragraph type="secondary" data-testid="reset-for">
          {t('acct.reset.subtitle', { email: info.email, expiresAt: formatDateTime(info.expiresAt, 'YYYY-MM-DD HH:mm') })}
        </Typography.Paragraph>
      )}
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        size="large"
        requiredMark={false}
        disabled={loading}
        onFinish={async ({ newPassword }) => {
          setError(null);
          try {
            await reset({ variables: { token, newPassword } });
            onDone();
          } catch (e) {
            setError(e);
          }
        }}
      >
        <Form.Item
          name="newPassword"
          label={t('acct.reset.newPassword')}
          extra={t('acct.reset.passwordRule')}
          rules={[{ required: true, message: t('auth.passwordRequired') }, { validator: (_, v: string) => (!v || isAcceptablePassword(v) ? Promise.resolve() : Promise.reject(new Error(t('acct.reset.passwordRule')))) }]}
        >
          <Input.Password autoComplete="new-password" data-testid="reset-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('acct.reset.confirm')}
          dependencies={['newPassword']}
          rules={[{ required: true, message: t('auth.passwordRequired') }, ({ getFieldValue }) => ({ validator: (_, v: string) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('acct.reset.mismatch')))) })]}
        >
          <Input.Password autoComplete="new-password" data-testid="reset-confirm" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={loading} data-testid="reset-submit">
          {t('acct.reset.submit')}
        </Button>
      </Form>
    </>
  );
}
