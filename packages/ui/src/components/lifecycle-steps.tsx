import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationStatus as S, type OrganizationKind, type OrganizationStatus } from '@mengyuan/domain';

/** The onboarding path of an organisation: suppliers pass a trial period, members do not. */
export function onboardingPath(kind: OrganizationKind): OrganizationStatus[] {
  return kind === 'SUPPLIER' ? [S.APPLIED, S.UNDER_REVIEW, S.PROBATION, S.ACTIVE] : [S.APPLIED, S.UNDER_REVIEW, S.ACTIVE];
}

/** antd Steps along APPLIED → UNDER_REVIEW → (PROBATION) → ACTIVE; SUSPENDED and final states end in red. */
export function OrganizationLifecycleSteps({ kind, status, small = false, vertical = false, descriptions }: { kind: OrganizationKind; status: OrganizationStatus; small?: boolean; vertical?: boolean; descriptions?: Partial<Record<OrganizationStatus, string>> }) {
  const { t } = useTranslation();
  const path = onboardingPath(kind);
  const off = !path.includes(status);
  const steps = off ? [...path, status] : path;
  const current = steps.indexOf(status);
  const finished = status === S.ACTIVE;
  return (
    <Steps
      size={small ? 'small' : undefined}
      orientation={vertical ? 'vertical' : 'horizontal'}
      current={current}
      status={off ? 'error' : finished ? 'finish' : 'process'}
      data-testid="lifecycle-steps"
      items={steps.map((s) => ({ title: t(`org.status.${s}`), content: descriptions?.[s] }))}
    />
  );
}
