import { useMemo } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { App } from 'antd';
import { AuthLayout, ResetPasswordForm, tokenFromHash, useAuth } from '@mengyuan/ui';

/** 设置新密码 from the e-mailed link (/reset-password#token=…). */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { manager } = useAuth();
  const navigate = useNavigate();
  const { hash } = useLocation();
  const token = useMemo(() => tokenFromHash(hash), [hash]);
  return (
    <AuthLayout appName={t('app.name')} title={t('acct.reset.title')}>
      <ResetPasswordForm
        token={token}
        forgotLink={<Link to="/forgot-password">{t('acct.reset.requestNew')}</Link>}
        onDone={() => {
          message.success(t('acct.reset.done'));
          // Every session of the account ended with the reset, this browser's too.
          manager.clear('password-changed');
          navigate('/login', { replace: true });
        }}
      />
    </AuthLayout>
  );
}
