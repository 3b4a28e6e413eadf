import { OrganizationAction as A, OrganizationKind as K, OrganizationStatus as S, organizationLifecycle } from './organization';

describe('organization lifecycle', () => {
  it('sends an approved supplier to probation and an approved member to active', () => {
    expect(organizationLifecycle.next(S.UNDER_REVIEW, A.APPROVE, K.SUPPLIER)).toBe(S.PROBATION);
    expect(organizationLifecycle.next(S.UNDER_REVIEW, A.APPROVE, K.MEMBER)).toBe(S.ACTIVE);
  });

  it('sends a rejected review back to APPLIED', () => {
    expect(organizationLifecycle.next(S.UNDER_REVIEW, A.REJECT, K.MEMBER)).toBe(S.APPLIED);
  });

  it('refuses transitions the lifecycle does not have', () => {
    expect(organizationLifecycle.next(S.APPLIED, A.APPROVE, K.MEMBER)).toBeNull();
    expect(organizationLifecycle.next(S.TERMINATED, A.REINSTATE, K.MEMBER)).toBeNull();
    expect(organizationLifecycle.actionsFrom(S.ELIMINATED)).toEqual([]);
  });

  it('lists the actions an admin can take on a suspended organisation', () => {
    expect(organizationLifecycle.actionsFrom(S.SUSPENDED).sort()).toEqual([A.ELIMINATE, A.REINSTATE, A.TERMINATE].sort());
  });
});
