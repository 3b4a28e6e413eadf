import { useState } from 'react';
import { Alert, Button, Descriptions, Form, Input, Result } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { AcceptInvitationDocument, InvitationPreviewDocument } from '@mengyuan/graphql';
import { AuthLayout, DateTime, RoleTags, errorMessage, tokenFromHash, useAuth, useSignInFlow } from '@mengyuan/ui';
import { homeOf } from '../roles';

/**
 * /admin/invitation#token=…: alliance staff accept an invitation with a name and password, then set up two-step
 * verification (required for them) before their first session.
 */
export default function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const { signIn, signedIn, signOut } = useAuth();
  const token = tokenFromHash(hash);
  const preview = useQuery(InvitationPreviewDocument, { variables: { token }, skip: !token, fetchPolicy: 'network-only' });
  const [accept, accepting] = useMutation(AcceptInvitationDocument);
  const [error, setError] = useState<unknown>(null);
  const flow = useSignInFlow((payload) => {
    signIn(payload);
    void navigate(homeOf(payload.user), { replace: true });
  });
  const p = preview.data?.invitation;

  if (flow.steps) {
    return (
      <AuthLayout appName={t('app.name')} title={t('acct.totp.setupTitle')} width={440}>
        {flow.steps}
      </AuthLayout>
    );
  }

  const onFinish = async (v: { displayName: string; password: string }) => {
    setError(null);
    try {
      if (signedIn) await signOut();
      const { data } = await accept({ variables: { input: { token, displayName: v.displayName.trim(), password: v.password } } });
      if (data) {
        signIn(data.acceptInvitation);
        void navigate(homeOf(data.acceptInvitation.user), { replace: true });
      }
    } catch (e) {
      if (!flow.setupAfter(e)) setError(e);
    }
  };

  return (
    <AuthLayout appName={t('app.name')} title={p ? t('con.team.acceptTitle', { organization: p.organizationName }) : t('con.team.accept')} width={440}>
      {!token || preview.error ? (
        <Result status="warning" title={t('acct.invite.invalid')} subTitle={preview.error ? errorMessage(t, preview.error) : undefined} extra={<Link to="/login">{t('auth.signIn')}</Link>} />
      ) : !p ? (
        <Alert type="info" title={t('common.loading')} />
      ) : (
        <>
          <Descriptions
            size="small"
            column={1}
            bordered
            style={{ marginBottom: 16 }}
            items={[
              { key: 'org', label: t('acct.invite.organization'), children: p.organizationName },
              { key: 'email', label: t('auth.email'), children: <span data-testid="invitation-email">{p.email}</span> },
              { key: 'roles', label: t('auth.roles'), children: <RoleTags roles={p.roles} /> },
              { key: 'exp', label: t('acct.invite.expiresAt'), children: <DateTime value={p.expiresAt} format="YYYY-MM-DD HH:mm" /> },
            ]}
          />
          {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} data-testid="accept-error" />}
          <Form layout="vertical" onFinish={(v) => void onFinish(v)} requiredMark={false}>
            <Form.Item name="displayName" label={t('con.team.displayName')} rules={[{ required: true, whitespace: true, max: 60, message: t('acct.invite.nameRequired') }]}>
              <Input autoComplete="name" data-testid="accept-name" />
            </Form.Item>
            <Form.Item name="password" label={t('con.team.setPassword')} extra={t('acct.reset.passwordRule')} rules={[{ required: true, min: 10, message: t('acct.reset.passwordRule') }]}>
              <Input.Password autoComplete="new-password" data-testid="accept-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={accepting.loading} data-testid="accept-submit">
              {t('con.team.accept')}
            </Button>
          </Form>
        </>
      )}
    </AuthLayout>
  );
}
