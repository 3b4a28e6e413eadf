import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AuthLayout, ForgotPasswordForm } from '@mengyuan/ui';

/** 忘记密码 (alliance staff): a reset link by e-mail. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  return (
    <AuthLayout appName={t('app.name')} title={t('acct.forgot.title')} subtitle={t('acct.forgot.subtitle')}>
      <ForgotPasswordForm loginLink={<Link to="/login">{t('acct.forgot.back')}</Link>} />
    </AuthLayout>
  );
}
