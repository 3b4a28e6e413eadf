/** In-app notifications: a type and parameters; the apps render them through i18n (notifications.<TYPE>). */
export const NotificationType = {
  DOCUMENT_EXPIRING: 'DOCUMENT_EXPIRING',
  DOCUMENT_EXPIRED: 'DOCUMENT_EXPIRED',
  DOCUMENT_REVIEWED: 'DOCUMENT_REVIEWED',
  ORGANIZATION_DECIDED: 'ORGANIZATION_DECIDED',
  PRICE_SCHEDULED: 'PRICE_SCHEDULED',
  OFFER_REVIEWED: 'OFFER_REVIEWED',
  OFFER_PAUSED: 'OFFER_PAUSED',
  BATCH_DECIDED: 'BATCH_DECIDED',
  LOW_STOCK: 'LOW_STOCK',
} as const;
export type NotificationType = (typeof NotificationType)[keyof typeof NotificationType];
