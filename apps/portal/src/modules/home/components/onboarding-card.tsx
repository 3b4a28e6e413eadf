import { Alert, Button, Card } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind, OrganizationStatus } from '@mengyuan/domain';
import { OrganizationLifecycleSteps } from '@mengyuan/ui';

const FINAL_OR_PAUSED: OrganizationStatus[] = ['SUSPENDED', 'TERMINATED', 'ELIMINATED'];

/** Where the organisation stands on its way in, and what it should do next. */
export function OnboardingCard({ kind, status }: { kind: 'SUPPLIER' | 'MEMBER'; status: OrganizationStatus }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const onboarding = status === 'APPLIED' || status === 'UNDER_REVIEW';
  const activeDesc = kind === 'SUPPLIER' ? t('home.stepDesc.ACTIVE') : t('home.stepDesc.ACTIVE_MEMBER');
  return (
    <Card title={t('org.lifecycle.title')} data-testid="onboarding-card">
      <OrganizationLifecycleSteps
        kind={kind as OrganizationKind}
        status={status}
        descriptions={{
          APPLIED: t('home.stepDesc.APPLIED'),
          UNDER_REVIEW: t('home.stepDesc.UNDER_REVIEW'),
          PROBATION: t('home.stepDesc.PROBATION'),
          ACTIVE: activeDesc,
        }}
      />
      <Alert
        style={{ marginTop: 24 }}
        type={FINAL_OR_PAUSED.includes(status) ? 'error' : status === 'ACTIVE' ? 'success' : 'info'}
        showIcon
        title={t('home.nextStep')}
        description={t(`home.next.${kind}.${status}`)}
        action={
          onboarding ? (
            <Button type={status === 'APPLIED' ? 'primary' : 'default'} icon={<ArrowRightOutlined />} iconPlacement="end" onClick={() => navigate('/onboarding')} data-testid="home-onboarding-cta">
              {t(`onboarding.homeCta.${status}`)}
            </Button>
          ) : undefined
        }
        data-testid="next-step"
      />
    </Card>
  );
}
