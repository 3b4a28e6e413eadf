/** Types of events in the hash-chained audit log (DESIGN.md §2.10). */
export const AuditEventType = {
  ORGANIZATION_REGISTERED: 'organization.registered',
  ORGANIZATION_DECIDED: 'organization.decided',
  USER_SIGNED_IN: 'user.signed_in',
  USER_SIGN_IN_FAILED: 'user.sign_in_failed',
  USER_SIGNED_OUT: 'user.signed_out',
  USER_PASSWORD_CHANGED: 'user.password_changed',
  REFRESH_TOKEN_REUSED: 'user.refresh_token_reused',
  API_KEY_CREATED: 'api_key.created',
  API_KEY_REVOKED: 'api_key.revoked',
  FILE_UPLOADED: 'file.uploaded',
  DOCUMENT_SUBMITTED: 'document.submitted',
  DOCUMENT_REVIEWED: 'document.reviewed',
  DOCUMENT_EXPIRED: 'document.expired',
  ORGANIZATION_SUBMITTED: 'organization.submitted_for_review',
  ORGANIZATION_PROFILE_UPDATED: 'organization.profile_updated',
  BRAND_CREATED: 'brand.created',
  SKU_CREATED: 'sku.created',
  SKU_UPDATED: 'sku.updated',
  PRICE_SCHEDULED: 'price.scheduled',
  PRICE_APPLIED: 'price.applied',
  PRICE_CANCELLED: 'price.cancelled',
  OFFER_CREATED: 'offer.created',
  OFFER_REVIEWED: 'offer.reviewed',
  OFFER_STATUS_CHANGED: 'offer.status_changed',
  OFFER_PRICE_CHANGED: 'offer.price_changed',
  BATCH_IMPORTED: 'card_batch.imported',
  BATCH_QUARANTINED: 'card_batch.quarantined',
  BATCH_DECIDED: 'card_batch.decided',
  CODE_SAMPLE_REVEALED: 'card_code.sample_revealed',
  CODE_SAMPLE_RECORDED: 'card_code.sample_recorded',
  RISK_EVENT_RAISED: 'risk_event.raised',
  RISK_EVENT_DECIDED: 'risk_event.decided',
} as const;
export type AuditEventType = (typeof AuditEventType)[keyof typeof AuditEventType];

/** The hash of the chain's genesis: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

