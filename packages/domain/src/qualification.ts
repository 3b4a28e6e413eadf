import { defineTransitions } from './state-machine';
import { OrganizationKind } from './organization';

export const DocumentType = {
  BUSINESS_LICENSE: 'BUSINESS_LICENSE', // 营业执照
  INDUSTRY_LICENSE: 'INDUSTRY_LICENSE', // 行业许可证
  PRODUCT_AUTHORIZATION: 'PRODUCT_AUTHORIZATION', // 产品授权书 (names a brand)
  LEGAL_REP_ID: 'LEGAL_REP_ID', // 法人实名
} as const;
export type DocumentType = (typeof DocumentType)[keyof typeof DocumentType];

export const DocumentStatus = { PENDING: 'PENDING', APPROVED: 'APPROVED', REJECTED: 'REJECTED', EXPIRED: 'EXPIRED' } as const;
export type DocumentStatus = (typeof DocumentStatus)[keyof typeof DocumentStatus];

/** A qualification document: reviewed once; past its validTo it expires by itself. A fix is a new submission. */
export const documentLifecycle = defineTransitions<DocumentStatus, 'APPROVE' | 'REJECT' | 'EXPIRE'>({
  PENDING: { APPROVE: 'APPROVED', REJECT: 'REJECTED', EXPIRE: 'EXPIRED' },
  APPROVED: { EXPIRE: 'EXPIRED' },
  REJECTED: {},
  EXPIRED: {},
});

/** How the reviewer checked the document (DESIGN.md §2.2). */
export const VerificationMethod = {
  OFFICIAL_SITE: 'OFFICIAL_SITE',
  OFFICIAL_HOTLINE: 'OFFICIAL_HOTLINE',
  NECIPS_LOOKUP: 'NECIPS_LOOKUP', // 国家企业信用信息公示系统
  OTHER: 'OTHER',
} as const;
export type VerificationMethod = (typeof VerificationMethod)[keyof typeof VerificationMethod];

export const ReviewDecision = { APPROVE: 'APPROVE', REJECT: 'REJECT' } as const;
export type ReviewDecision = (typeof ReviewDecision)[keyof typeof ReviewDecision];

/** The documents an organisation of each kind needs approved to leave review (DESIGN.md §2.2). */
export const REQUIRED_DOCUMENTS: Record<OrganizationKind, readonly DocumentType[]> = {
  SUPPLIER: [DocumentType.BUSINESS_LICENSE, DocumentType.INDUSTRY_LICENSE],
  MEMBER: [DocumentType.BUSINESS_LICENSE, DocumentType.LEGAL_REP_ID],
  ALLIANCE: [],
};

/**
 * An official-channel supplier (官方授权渠道) states its registered capital on its business licence, and it must
 * be at least ¥10,000,000 (注册资本超千万), in fen.
 */
export const OFFICIAL_MIN_REGISTERED_CAPITAL_FEN = 1_000_000_000n;

/** Whether a document of this type, for an organisation of this kind and channel, must state its registered capital. */
export function requiresRegisteredCapital(type: DocumentType, kind: OrganizationKind, channelType: string | null | undefined): boolean {
  return type === DocumentType.BUSINESS_LICENSE && kind === OrganizationKind.SUPPLIER && channelType === 'OFFICIAL_AUTHORIZED';
}

/** Warn this many days before a document expires. */
export const EXPIRY_WARNING_DAYS = 30;

/** Files accepted for documents, recognised from their bytes. */
export const DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
