import { NOTICE_KINDS, NotificationType, configurableKinds, noticeDeliveryLifecycle } from './notification';

describe('notice kinds', () => {
  it('has a rule for every kind, and security notices are not for people to turn off', () => {
    expect(Object.keys(NOTICE_KINDS).sort()).toEqual(Object.values(NotificationType).sort());
    for (const k of ['PASSWORD_RESET', 'INVITATION', 'NEW_DEVICE_SIGN_IN'] as const) expect(NOTICE_KINDS[k]).toMatchObject({ urgency: 'SECURITY', configurable: false, email: true });
  });

  it('offers each organisation kind only what it can hear', () => {
    expect(configurableKinds('MEMBER')).toContain('PRICE_SCHEDULED');
    expect(configurableKinds('SUPPLIER')).not.toContain('PRICE_SCHEDULED');
    expect(configurableKinds('ALLIANCE')).toContain('APPEAL_FILED');
    expect(configurableKinds('SUPPLIER')).not.toContain('PASSWORD_RESET');
  });

  it('times a warning by its deadline and a breach at once', () => {
    expect(NOTICE_KINDS.SLA_WARNING.urgency).toBe('DEADLINE');
    expect(NOTICE_KINDS.SLA_BREACHED.urgency).toBe('ALERT');
  });

  it('never sends an expired or sent notice again, and sends a failed one only when replayed', () => {
    expect(noticeDeliveryLifecycle.actionsFrom('SENT')).toEqual([]);
    expect(noticeDeliveryLifecycle.actionsFrom('EXPIRED')).toEqual([]);
    expect(noticeDeliveryLifecycle.next('FAILED', 'REPLAY')).toBe('PENDING');
    expect(noticeDeliveryLifecycle.next('PENDING', 'EXPIRE')).toBe('EXPIRED');
  });
});
