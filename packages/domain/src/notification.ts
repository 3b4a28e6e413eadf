/** In-app notifications: a type and parameters; the apps render them through i18n (notifications.<TYPE>). */
export const NotificationType = {
  DOCUMENT_EXPIRING: 'DOCUMENT_EXPIRING',
  DOCUMENT_EXPIRED: 'DOCUMENT_EXPIRED',
  DOCUMENT_REVIEWED: 'DOCUMENT_REVIEWED',
  ORGANIZATION_DECIDED: 'ORGANIZATION_DECIDED',
} as const;
export type NotificationType = (typeof NotificationType)[keyof typeof NotificationType];
