import type { TFunction } from 'i18next';
import type { NotificationFieldsFragment } from '@mengyuan/graphql';

type Params = Record<string, unknown>;

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** The i18n key suffix of a notification: the review decision picks the wording of DOCUMENT_REVIEWED. */
function variant(n: Pick<NotificationFieldsFragment, 'type' | 'params'>): string {
  const p = (n.params ?? {}) as Params;
  switch (n.type) {
    case 'DOCUMENT_REVIEWED':
      return p.decision === 'REJECT' ? 'DOCUMENT_REVIEWED_REJECT' : 'DOCUMENT_REVIEWED_APPROVE';
    case 'DOCUMENT_EXPIRING':
    case 'DOCUMENT_EXPIRED':
    case 'ORGANIZATION_DECIDED':
      return n.type;
    default:
      return 'UNKNOWN';
  }
}

/** Title and body of a notification, rendered through i18n from its type and params (enums translated too). */
export function renderNotification(t: TFunction, n: Pick<NotificationFieldsFragment, 'type' | 'params'>): { title: string; body: string } {
  const p = (n.params ?? {}) as Params;
  const key = variant(n);
  const values = {
    documentType: p.documentType ? t(`doc.type.${str(p.documentType)}`, { defaultValue: str(p.documentType) }) : '',
    number: str(p.number),
    note: str(p.note) || t('common.none'),
    validTo: str(p.validTo),
    days: str(p.days),
    action: p.action ? t(`onboarding.action.${str(p.action)}`, { defaultValue: str(p.action) }) : '',
    from: p.from ? t(`org.status.${str(p.from)}`, { defaultValue: str(p.from) }) : '',
    to: p.to ? t(`org.status.${str(p.to)}`, { defaultValue: str(p.to) }) : '',
    reason: str(p.reason) || t('common.none'),
    type: n.type,
  };
  return { title: t(`notifications.title_${key}`, values), body: t(`notifications.body_${key}`, values) };
}

/** Where a notification leads in the portal. */
export function notificationLink(n: Pick<NotificationFieldsFragment, 'type' | 'params'>): string {
  if (n.type === 'ORGANIZATION_DECIDED') {
    const to = ((n.params ?? {}) as Params).to;
    return to === 'APPLIED' || to === 'UNDER_REVIEW' || to === 'PROBATION' || to === 'ACTIVE' ? '/onboarding' : '/';
  }
  return '/documents';
}
