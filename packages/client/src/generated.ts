import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** A JSON value */
  JSON: { input: unknown; output: unknown; }
  /** An amount in whole fen (分) as a decimal string: "9500" is ¥95.00 */
  Money: { input: string; output: string; }
};

export type AcceptInvitationInput = {
  displayName: Scalars['String']['input'];
  /** At least 10 characters with letters and digits */
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type AddChatRobotInput = {
  kind: ChatRobotKind;
  /** What it posts (default: breaches, warnings, new tickets and the like) */
  kinds?: InputMaybe<Array<NotificationType>>;
  name: Scalars['String']['input'];
  /** 钉钉 加签 / 飞书 签名校验 secret (SEC…); none for 企业微信 */
  secret?: InputMaybe<Scalars['String']['input']>;
  /** The group robot’s webhook URL, as the chat app shows it */
  url: Scalars['String']['input'];
};

/** An alliance setting (its environment variable of the same name is the default) */
export type AllianceSettingKey =
  | 'EVALUATION_APPEAL_DAYS'
  | 'EVALUATION_THRESHOLD'
  | 'ORDER_VELOCITY_PER_MINUTE'
  | 'PRICE_NOTICE_HOURS'
  | 'RISK_REVIEW_ABOVE_FEN'
  | 'ROUTING_PROBATION_SHARE'
  | 'ROUTING_RULE'
  | 'ROUTING_SCORE_EXPONENT'
  | 'ROUTING_SCORE_FLOOR'
  | 'UNVERIFIED_ORDER_CAP_FEN'
  | 'WEBHOOK_RETRY_DELAY_SECONDS'
  | 'WEBHOOK_RETRY_LIMIT';

export type ApiKeyScope =
  | 'CATALOG_READ'
  | 'ORDERS_READ'
  | 'ORDERS_WRITE'
  | 'TICKETS_WRITE'
  | 'TOPUPS_WRITE'
  | 'WALLET_READ';

export type AppealDecision =
  | 'GRANT'
  | 'REJECT';

export type AppealEvaluationInput = {
  candidateId: Scalars['ID']['input'];
  /** Evidence rows of the run (EvaluationCandidate.dimensions.evidence.id) the appeal disputes */
  evidenceRowIds: Array<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
};

export type AppealFilterInput = {
  status?: InputMaybe<AppealStatus>;
};

export type AppealStatus =
  | 'GRANTED'
  | 'OPEN'
  | 'REJECTED';

export type ArbitrateTicketInput = {
  against: RulingAgainst;
  /** REFUND: fen (omitted: the rest of the line’s value); COMPENSATION: fen */
  amount?: InputMaybe<Scalars['Money']['input']>;
  /** REISSUE: the codes to replace (the ticket’s by default) */
  codeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Rule money back beyond what was paid on the line (refunds and compensations, all cycles): the ruling’s reason is audited */
  exceedMoneyBackCap?: Scalars['Boolean']['input'];
  kind: ResolutionKind;
  /** Required to reject; shown to the member */
  reason?: InputMaybe<Scalars['String']['input']>;
  ticketId: Scalars['ID']['input'];
};

export type AttemptOutcome =
  | 'DELIVERED'
  | 'FAILED'
  | 'NO_CAPACITY'
  | 'NO_STOCK'
  | 'UNAVAILABLE';

export type AuditEventFilter = {
  /** Who acted: part of the e-mail address */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** First day, YYYY-MM-DD (Asia/Shanghai) */
  from?: InputMaybe<Scalars['String']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** The kind of subject (organization, order, ticket…) */
  subjectType?: InputMaybe<Scalars['String']['input']>;
  /** Last day, inclusive */
  to?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
};

export type BatchStatus =
  | 'FAILED'
  | 'IMPORTING'
  | 'QUARANTINED'
  | 'REJECTED'
  | 'SELLABLE';

export type CalendarExceptionInput = {
  /** YYYY-MM-DD */
  date: Scalars['String']['input'];
  kind: CalendarExceptionKind;
  /** e.g. 春节, 国庆节调休上班 */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** HOLIDAY: a day off; WORKDAY: a make-up working day (调休) */
export type CalendarExceptionKind =
  | 'HOLIDAY'
  | 'WORKDAY';

/** ALWAYS: 7×24; BUSINESS_HOURS: working days between opens and closes */
export type CalendarKind =
  | 'ALWAYS'
  | 'BUSINESS_HOURS';

export type CandidateDecision =
  | 'ELIMINATE'
  | 'KEEP';

export type CardCodeInput = {
  cardNumber?: InputMaybe<Scalars['String']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  secret?: InputMaybe<Scalars['String']['input']>;
};

export type CatalogFilter = {
  brandId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<Category>;
  /** Alliance staff: include delisted SKUs */
  includeDelisted?: Scalars['Boolean']['input'];
  /** SKU code or name */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type Category =
  | 'EDU_COURSE'
  | 'GAME_TOPUP'
  | 'OTHER'
  | 'TELECOM_RECHARGE'
  | 'VIDEO_MEMBERSHIP';

export type ChangeAllianceSettingInput = {
  /** The version the change was made against (0: never changed); CONFLICT if it moved since */
  expectedVersion: Scalars['Int']['input'];
  key: AllianceSettingKey;
  /** Why (kept with the version and in the audit log) */
  reason: Scalars['String']['input'];
  /** The new value as text (FEN: integer fen; CHOICE: one of its choices) */
  value: Scalars['String']['input'];
};

/** The four kinds of supply source (货源地类型) */
export type ChannelType =
  | 'AGGREGATOR'
  | 'ALLIANCE_PEER'
  | 'OFFICIAL_AUTHORIZED'
  | 'SOURCE_DIRECT';

/** 企业微信 WECOM, 钉钉 DINGTALK, 飞书 FEISHU group robots */
export type ChatRobotKind =
  | 'DINGTALK'
  | 'FEISHU'
  | 'WECOM';

export type CodeStatus =
  | 'AVAILABLE'
  | 'FROZEN'
  | 'IMPORTING'
  | 'QUARANTINED'
  | 'REJECTED'
  | 'REPLACED'
  | 'SOLD'
  | 'VOIDED';

export type CreateApiKeyInput = {
  name: Scalars['String']['input'];
  scopes: Array<ApiKeyScope>;
};

export type CreateOfferInput = {
  /** Direct top-up offers: at most this many tasks open at once (empty: no limit) */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Card offers: tell me when sellable codes fall to this */
  lowStockThreshold?: Scalars['Int']['input'];
  settlementPrice: Scalars['Money']['input'];
  skuId: Scalars['ID']['input'];
};

export type CreatePaymentInput = {
  amount: Scalars['Money']['input'];
  channelId: Scalars['ID']['input'];
};

export type CreateSkuInput = {
  brandId: Scalars['ID']['input'];
  category: Category;
  /** Upper-case letters, digits, - and _; unique */
  code: Scalars['String']['input'];
  deliveryMode: DeliveryMode;
  faceValue: Scalars['Money']['input'];
  name: Scalars['String']['input'];
  /** The first unified price; later changes go through scheduleUnifiedPrice */
  unifiedPrice: Scalars['Money']['input'];
};

export type CreateWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** order.delivered, order.failed, order.refunded, topup.task_created, price.scheduled, document.expiring */
  events: Array<Scalars['String']['input']>;
  url: Scalars['String']['input'];
};

/** Asia/Shanghai days, both included; default: the 7 days ending today; at most 366 days */
export type DashboardRangeInput = {
  /** YYYY-MM-DD */
  from?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  to?: InputMaybe<Scalars['String']['input']>;
};

export type DecideAppealInput = {
  appealId: Scalars['ID']['input'];
  /** GRANT keeps the supplier; REJECT returns the candidate to the admin */
  decision: AppealDecision;
  reason: Scalars['String']['input'];
};

export type DecideCandidateInput = {
  candidateId: Scalars['ID']['input'];
  decision: CandidateDecision;
  /** Why (required for both decisions; goes in the audit chain) */
  reason: Scalars['String']['input'];
};

export type DecideOrganizationInput = {
  action: OrganizationAction;
  id: Scalars['ID']['input'];
  /** Why: shown to the organisation and kept in the audit chain */
  reason: Scalars['String']['input'];
};

export type DecideRatingRemovalInput = {
  approve: Scalars['Boolean']['input'];
  /** The reason, recorded in the audit chain */
  note: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};

export type DeliveryMode =
  | 'CARD_CODE'
  | 'DIRECT_TOPUP';

export type DockConnectorInput = {
  concurrency?: InputMaybe<Scalars['Int']['input']>;
  endpoint?: InputMaybe<Scalars['String']['input']>;
  excludedGoods?: InputMaybe<Array<Scalars['String']['input']>>;
  keyId?: InputMaybe<Scalars['String']['input']>;
  markupBp?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** When creating (default MENGYUAN); a connector keeps its protocol */
  protocol?: InputMaybe<DockProtocol>;
  rounding?: InputMaybe<DockRounding>;
  /** The shared HMAC secret; write-only */
  secret?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<DockConnectorStatus>;
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
};

export type DockConnectorStatus =
  | 'ACTIVE'
  | 'DISABLED';

/** What a docked system speaks: the Mengyuan supplier protocol v1, or a dujiao-next site’s upstream API */
export type DockProtocol =
  | 'DUJIAO_NEXT'
  | 'MENGYUAN';

/** How a synced price is rounded up: to the fen, jiao or yuan */
export type DockRounding =
  | 'FEN'
  | 'JIAO'
  | 'YUAN';

export type DocumentStatus =
  | 'APPROVED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REJECTED';

export type DocumentType =
  | 'BUSINESS_LICENSE'
  | 'INDUSTRY_LICENSE'
  | 'LEGAL_REP_ID'
  | 'PRODUCT_AUTHORIZATION';

export type EvaluationCandidateStatus =
  | 'APPEALED'
  | 'ELIMINATED'
  | 'KEPT'
  | 'PENDING';

export type Fault =
  | 'MEMBER'
  | 'NONE'
  | 'SUPPLIER';

/** OFFICIAL: the State Council’s announced schedule; STATUTORY: only the law’s statutory days, the schedule not yet in the data (provisional) */
export type HolidayYearStatus =
  | 'OFFICIAL'
  | 'STATUTORY';

export type ImportCardBatchInput = {
  /** At most 1000. Larger batches (up to 100,000 codes): POST /offers/{offerId}/card-batches as multipart/form-data with the CSV in a part named "file"; its first line names the columns cardNumber,secret,expiresAt (or 卡号,卡密,有效期), at least one of the first two; expiresAt is ISO 8601. The answer is the CardBatch (progress: poll cardBatch(id).processed). */
  codes: Array<CardCodeInput>;
  offerId: Scalars['ID']['input'];
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteUserInput = {
  email: Scalars['String']['input'];
  /** Suppliers: OPERATOR, SUPPORT (客服), TECH (技术); members: OPERATOR; alliance: ADMIN, AUDITOR */
  roles: Array<Role>;
};

export type Landing =
  | 'ADMIN_DASHBOARD'
  | 'MEMBER_DASHBOARD'
  | 'ONBOARDING'
  | 'REVIEW_QUEUE'
  | 'SUPPLIER_DASHBOARD'
  | 'TICKETS';

export type LedgerAccountKind =
  | 'ALLIANCE_CASH'
  | 'ALLIANCE_REVENUE'
  | 'CHANNEL_CLEARING'
  | 'CHANNEL_FEE'
  | 'MEMBER_HOLD'
  | 'MEMBER_WALLET'
  | 'SUPPLIER_HOLDBACK'
  | 'SUPPLIER_PAYABLE'
  | 'SUPPLIER_RECEIVABLE';

/** Find ledger entries: every field narrows; days are Asia/Shanghai calendar days, both ends included */
export type LedgerSearchInput = {
  accountKind?: InputMaybe<LedgerAccountKind>;
  from?: InputMaybe<Scalars['String']['input']>;
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** Alliance staff: one organisation’s accounts */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The bank transfer reference or the member’s order number */
  reference?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<LedgerTransactionType>;
};

export type LedgerTransactionType =
  | 'CHANNEL_PAYMENT'
  | 'COMPENSATION'
  | 'DEPOSIT'
  | 'HOLD'
  | 'HOLDBACK'
  | 'HOLDBACK_RELEASE'
  | 'ORDER'
  | 'PAYOUT'
  | 'REFUND'
  | 'REISSUE'
  | 'RELEASE'
  | 'WITHDRAWAL_FEE';

export type NoticeChannel =
  | 'EMAIL'
  | 'IN_APP'
  | 'ROBOT';

export type NoticeDeliveryStatus =
  | 'EXPIRED'
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

export type NoticePreferenceInput = {
  /** IN_APP or EMAIL (robots choose their kinds themselves) */
  channel: NoticeChannel;
  /** null returns to the inherited value */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  kind: NotificationType;
};

export type NotificationType =
  | 'APPEAL_DECIDED'
  | 'APPEAL_FILED'
  | 'BATCH_DECIDED'
  | 'CANDIDATE_DECIDED'
  | 'DOCUMENT_EXPIRED'
  | 'DOCUMENT_EXPIRING'
  | 'DOCUMENT_REVIEWED'
  | 'ELIMINATION_CANDIDATE'
  | 'INVITATION'
  | 'LOW_STOCK'
  | 'NEW_DEVICE_SIGN_IN'
  | 'OFFER_PAUSED'
  | 'OFFER_REVIEWED'
  | 'ORGANIZATION_DECIDED'
  | 'PASSWORD_RESET'
  | 'PAYMENT_CREDITED'
  | 'PAYOUT_CONFIRMED'
  | 'PRICE_SCHEDULED'
  | 'RATING_REQUESTED'
  | 'RATING_REVEALED'
  | 'RECONCILIATION_DIFFERENCES'
  | 'SETTLEMENT_PRICE_SCHEDULED'
  | 'SLA_BREACHED'
  | 'SLA_CALENDAR_EXPIRING'
  | 'SLA_ESCALATED'
  | 'SLA_WARNING'
  | 'TICKET_ESCALATED'
  | 'TICKET_OPENED'
  | 'TICKET_REOPENED'
  | 'TICKET_REPLIED'
  | 'TICKET_RESOLVED'
  | 'TOPUP_CONFIRMED'
  | 'TOPUP_REJECTED'
  | 'TOPUP_REQUESTED'
  | 'TWO_FACTOR_CHANGED'
  | 'WITHDRAWAL_PAID'
  | 'WITHDRAWAL_REJECTED'
  | 'WITHDRAWAL_REQUESTED';

export type NotifyOutcome =
  | 'BAD_SIGNATURE'
  | 'CREDITED'
  | 'CREDITED_LATE'
  | 'DUPLICATE'
  | 'NOT_PAID'
  | 'UNKNOWN_PAYMENT'
  | 'WRONG_AMOUNT'
  | 'WRONG_MERCHANT';

export type OfferAction =
  | 'APPROVE'
  | 'DELIST'
  | 'FLAG'
  | 'PAUSE'
  | 'REJECT'
  | 'RESUME';

export type OfferFilter = {
  /** Only offers flagged for a low settlement price */
  lowPriceOnly?: Scalars['Boolean']['input'];
  skuId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<OfferStatus>;
};

export type OfferPauseReason =
  | 'ADMIN'
  | 'AUTHORIZATION_EXPIRED'
  | 'SUPPLIER';

export type OfferStatus =
  | 'DELISTED'
  | 'LIVE'
  | 'PAUSED'
  | 'PENDING_REVIEW'
  | 'REJECTED';

export type OpenTicketInput = {
  /** Files uploaded first with POST /files (at most 5) */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  category: TicketCategory;
  /** The codes concerned (required for INVALID_CODE and CODE_ALREADY_USED on card orders) */
  codeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description: Scalars['String']['input'];
  orderId: Scalars['ID']['input'];
  /** Needed only when the order has several lines (after a reissue from a backup offer) */
  orderLineId?: InputMaybe<Scalars['ID']['input']>;
};

/** Find orders: every field narrows; days are Asia/Shanghai calendar days, both ends included */
export type OrderSearchInput = {
  /** The member’s own order number, or its beginning (members and alliance staff) */
  clientOrderNo?: InputMaybe<Scalars['String']['input']>;
  /** Placed on or after this day (YYYY-MM-DD) */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Alliance staff: one member’s orders */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** The order number, or at least its first 4 characters */
  orderNo?: InputMaybe<Scalars['String']['input']>;
  skuId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<OrderStatus>;
  /** Orders a supplier delivered (members and alliance staff) */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  /** Placed on or before this day (YYYY-MM-DD) */
  to?: InputMaybe<Scalars['String']['input']>;
};

export type OrderStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'FAILED'
  | 'PARTIALLY_REFUNDED'
  | 'PENDING_REVIEW'
  | 'PROCESSING'
  | 'REFUNDED';

export type OrganizationAction =
  | 'APPROVE'
  | 'ELIMINATE'
  | 'PASS_PROBATION'
  | 'REINSTATE'
  | 'REJECT'
  | 'SUBMIT'
  | 'SUSPEND'
  | 'TERMINATE';

export type OrganizationFilter = {
  kind?: InputMaybe<OrganizationKind>;
  /** Name, credit code or contact */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<OrganizationStatus>;
};

export type OrganizationKind =
  | 'ALLIANCE'
  | 'MEMBER'
  | 'SUPPLIER';

export type OrganizationStatus =
  | 'ACTIVE'
  | 'APPLIED'
  | 'ELIMINATED'
  | 'PROBATION'
  | 'SUSPENDED'
  | 'TERMINATED'
  | 'UNDER_REVIEW';

/** Offset pagination; limit is at most 100 */
export type PageInput = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

export type PaymentChannelKind =
  | 'ALIPAY'
  | 'EPAY'
  | 'WECHAT_PAY';

export type PaymentFilterInput = {
  /** Only payments credited by a late notify */
  late?: InputMaybe<Scalars['Boolean']['input']>;
  memberId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<PaymentStatus>;
};

export type PaymentMode =
  | 'PAGE'
  | 'QR';

export type PaymentStatus =
  | 'CREATED'
  | 'EXPIRED'
  | 'FAILED'
  | 'PAID';

export type PlaceOrderInput = {
  /** Your own order number: sending it again returns the same order */
  clientOrderNo: Scalars['String']['input'];
  quantity: Scalars['Int']['input'];
  /** The account to top up (direct top-ups) */
  rechargeAccount?: InputMaybe<Scalars['String']['input']>;
  skuId: Scalars['ID']['input'];
};

export type PostTicketMessageInput = {
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  body: Scalars['String']['input'];
  /** An internal note (suppliers and the alliance): never shown to the member */
  internal?: Scalars['Boolean']['input'];
  ticketId: Scalars['ID']['input'];
  /** The supplier needs the member’s answer: WAITING_ON_MEMBER, the resolution clock pauses */
  waitForMember?: Scalars['Boolean']['input'];
};

export type PriceChangeStatus =
  | 'APPLIED'
  | 'CANCELLED'
  | 'SCHEDULED';

export type ProbationMeasure =
  | 'DELIVERY_TIME'
  | 'FIRST_RESPONSE'
  | 'FULFILMENT_SUCCESS'
  | 'PRICE_MOVEMENT'
  | 'SLA_BREACHES';

export type ProbationStatus =
  | 'FLAGGED'
  | 'PASSED'
  | 'WATCHING';

/** Why an offer stood where it did in an order’s routing ranking, or why it could not sell */
export type RankingReason =
  | 'DRAWN'
  | 'LISTED_LATER'
  | 'LOWER_FULFILMENT'
  | 'LOWER_SCORE'
  | 'OFFER_NOT_LIVE'
  | 'PROBATION_CAPPED'
  | 'SUPPLIER_NOT_SELLING'
  | 'TOP_SCORE';

export type RateOrderInput = {
  /** At most 500 characters */
  comment?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
  scores: RatingScoresInput;
};

export type RatingFilterInput = {
  /** Alliance staff: the organisation rated */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<RatingStatus>;
};

export type RatingRemovalFilterInput = {
  status?: InputMaybe<RatingRemovalStatus>;
};

export type RatingRemovalStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** 1–5 per dimension of the caller’s side: a member scores authenticity, afterSales, speed, overall; a supplier conduct, fairness, overall */
export type RatingScoresInput = {
  afterSales?: InputMaybe<Scalars['Int']['input']>;
  authenticity?: InputMaybe<Scalars['Int']['input']>;
  conduct?: InputMaybe<Scalars['Int']['input']>;
  fairness?: InputMaybe<Scalars['Int']['input']>;
  overall?: InputMaybe<Scalars['Int']['input']>;
  speed?: InputMaybe<Scalars['Int']['input']>;
};

/** MEMBER_TO_SUPPLIER: the member rates the supplier of an order; SUPPLIER_TO_MEMBER: the supplier rates the member */
export type RatingSide =
  | 'MEMBER_TO_SUPPLIER'
  | 'SUPPLIER_TO_MEMBER';

/** SEALED until both sides rated or 14 days after the first rating; REVEALED (immutable); HIDDEN (removed by the alliance, kept) */
export type RatingStatus =
  | 'HIDDEN'
  | 'REVEALED'
  | 'SEALED';

export type ReconciliationFilterInput = {
  channelId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  day?: InputMaybe<Scalars['String']['input']>;
  withDifferences?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ReconciliationStatus =
  | 'AMOUNT_MISMATCH'
  | 'FEE_MISMATCH'
  | 'MATCHED'
  | 'MISSING_IN_CHANNEL'
  | 'MISSING_IN_LEDGER';

export type RegisterOrganizationInput = {
  /** Required for suppliers */
  channelType?: InputMaybe<ChannelType>;
  contactName: Scalars['String']['input'];
  contactPhone: Scalars['String']['input'];
  /** SUPPLIER or MEMBER */
  kind: OrganizationKind;
  name: Scalars['String']['input'];
  ownerDisplayName: Scalars['String']['input'];
  ownerEmail: Scalars['String']['input'];
  ownerPassword: Scalars['String']['input'];
  /** 统一社会信用代码, 18 characters */
  unifiedSocialCreditCode: Scalars['String']['input'];
};

export type RequestTopupInput = {
  amount: Scalars['Money']['input'];
  /** Which of the alliance’s accounts it was sent to */
  bankAccountId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** The receipt, uploaded first with POST /files (image or PDF) */
  receiptFileId?: InputMaybe<Scalars['ID']['input']>;
  /** The bank transfer’s reference (流水号) as the bank shows it */
  transferReference: Scalars['String']['input'];
};

export type RequestWithdrawalInput = {
  amount: Scalars['Money']['input'];
  payeeAccountName: Scalars['String']['input'];
  payeeAccountNo: Scalars['String']['input'];
  payeeBank: Scalars['String']['input'];
};

export type ResolutionKind =
  | 'COMPENSATION'
  | 'REFUND'
  | 'REISSUE'
  | 'REJECTED';

export type ResolveTicketInput = {
  /** REFUND: fen (omitted: the rest of the line’s value); COMPENSATION: fen */
  amount?: InputMaybe<Scalars['Money']['input']>;
  /** REISSUE: the codes to replace (the ticket’s by default) */
  codeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind: ResolutionKind;
  /** Required to reject; shown to the member */
  reason?: InputMaybe<Scalars['String']['input']>;
  ticketId: Scalars['ID']['input'];
};

export type ReviewDecision =
  | 'APPROVE'
  | 'REJECT';

export type ReviewDocumentInput = {
  decision: ReviewDecision;
  id: Scalars['ID']['input'];
  /** Required to reject: what to fix */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Required to approve */
  verificationMethod?: InputMaybe<VerificationMethod>;
};

export type RiskEventStatus =
  | 'CONFIRMED'
  | 'DISMISSED'
  | 'OPEN';

export type RiskEventType =
  | 'BLACK_CARD_SUSPECTED'
  | 'LARGE_ORDER'
  | 'LOW_PRICE_OFFER'
  | 'SHARED_DEVICE'
  | 'SUPPLIER_NOT_DELIVERING'
  | 'UPSTREAM_MISMATCH';

export type Role =
  | 'ADMIN'
  | 'AUDITOR'
  | 'OPERATOR'
  | 'OWNER'
  | 'SUPPORT'
  | 'TECH';

export type RoutingRule =
  | 'STRICT'
  | 'WEIGHTED';

export type RulingAgainst =
  | 'MEMBER'
  | 'SUPPLIER';

/** Find a supplier’s sales (its order lines) */
export type SaleSearchInput = {
  from?: InputMaybe<Scalars['String']['input']>;
  /** The order number, or at least its first 4 characters */
  orderNo?: InputMaybe<Scalars['String']['input']>;
  skuId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<OrderStatus>;
  to?: InputMaybe<Scalars['String']['input']>;
};

export type SampleResult =
  | 'INVALID'
  | 'VALID';

export type SampleResultInput = {
  codeId: Scalars['ID']['input'];
  result: SampleResult;
};

export type SaveBankAccountInput = {
  accountName: Scalars['String']['input'];
  accountNo: Scalars['String']['input'];
  active?: Scalars['Boolean']['input'];
  bankName: Scalars['String']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  /** Omitted: a new account */
  id?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

export type SavePaymentChannelInput = {
  enabled: Scalars['Boolean']['input'];
  feeFixed: Scalars['Money']['input'];
  feeRateBp: Scalars['Int']['input'];
  gatewayUrl: Scalars['String']['input'];
  /** Omitted: a new channel */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: PaymentChannelKind;
  merchantId: Scalars['String']['input'];
  mode: PaymentMode;
  name: Scalars['String']['input'];
  /** Keys to set (see PaymentChannel.secretsSet); those left out stay as they are, "" removes one */
  secrets?: InputMaybe<Scalars['JSON']['input']>;
  /** Non-secret settings (see PaymentChannel.settings) */
  settings: Scalars['JSON']['input'];
  windowMinutes?: Scalars['Int']['input'];
};

export type SaveViewInput = {
  /** Given: replaces that view (the caller’s own); absent: a new one */
  id?: InputMaybe<Scalars['ID']['input']>;
  listKey: Scalars['String']['input'];
  name: Scalars['String']['input'];
  shared?: Scalars['Boolean']['input'];
  state: Scalars['JSON']['input'];
};

export type SchedulePriceInput = {
  effectiveAt: Scalars['DateTime']['input'];
  price: Scalars['Money']['input'];
  reason: Scalars['String']['input'];
  /** Take effect sooner than the 24 h notice (admins only; the reason is recorded) */
  shortenNotice?: Scalars['Boolean']['input'];
  skuId: Scalars['ID']['input'];
};

/** The five supplier dimensions (五维) and the two member ones */
export type ScoreDimension =
  | 'AFTER_SALES'
  | 'AUTHENTICITY'
  | 'COMPLIANCE'
  | 'MEMBER_DISPUTES'
  | 'MEMBER_RATINGS'
  | 'PRICE_STABILITY'
  | 'REPUTATION';

/** Whole percentages 0–100 adding up to 100 */
export type ScoreWeightsInput = {
  afterSales: Scalars['Int']['input'];
  authenticity: Scalars['Int']['input'];
  compliance: Scalars['Int']['input'];
  priceStability: Scalars['Int']['input'];
  reputation: Scalars['Int']['input'];
};

export type ScorecardFilterInput = {
  /** Name or unified social credit code contains */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<OrganizationStatus>;
};

export type SetSettlementPolicyInput = {
  cycle: SettlementCycle;
  /** A supplier; omitted: the alliance’s default */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  withdrawalFeeFixed?: Scalars['Money']['input'];
  withdrawalFeeRateBp?: Scalars['Int']['input'];
};

export type SettingGroup =
  | 'CATALOG'
  | 'EVALUATION'
  | 'RISK'
  | 'ROUTING'
  | 'WEBHOOKS';

export type SettingValueKind =
  | 'CHOICE'
  | 'DECIMAL'
  | 'FEN'
  | 'INTEGER';

export type SettlementCycle =
  | 'T1'
  | 'T7';

export type SkuStatus =
  | 'ACTIVE'
  | 'DELISTED';

export type SlaBreachFilterInput = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  level?: InputMaybe<TicketTier>;
  /** Alliance staff only (a supplier sees its own) */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  ticketId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type SlaCalendarInput = {
  closes?: Scalars['String']['input'];
  exceptions?: Array<CalendarExceptionInput>;
  kind: CalendarKind;
  name: Scalars['String']['input'];
  opens?: Scalars['String']['input'];
  timezone?: Scalars['String']['input'];
  /** ISO weekdays: 1 Monday … 7 Sunday */
  workdays?: Array<Scalars['Int']['input']>;
};

export type SlaClockState =
  | 'PAUSED'
  | 'RUNNING'
  | 'STOPPED';

export type SlaMetric =
  | 'FIRST_RESPONSE'
  | 'RESOLUTION';

export type StockState =
  | 'IN_STOCK'
  | 'LOW'
  | 'OUT_OF_STOCK';

export type SubmitDocumentInput = {
  /** Required for PRODUCT_AUTHORIZATION: the brand it authorises */
  brandId?: InputMaybe<Scalars['ID']['input']>;
  /** From POST /files */
  fileId: Scalars['ID']['input'];
  /** Who issued it */
  issuer: Scalars['String']['input'];
  /** The licence or certificate number */
  number: Scalars['String']['input'];
  /** Registered capital on a business licence (fen); an official channel needs at least ¥10,000,000 */
  registeredCapital?: InputMaybe<Scalars['Money']['input']>;
  /** The rejected or expiring document this one replaces */
  replacesId?: InputMaybe<Scalars['ID']['input']>;
  type: DocumentType;
  /** YYYY-MM-DD */
  validFrom: Scalars['String']['input'];
  /** YYYY-MM-DD */
  validTo: Scalars['String']['input'];
};

export type TicketAction =
  | 'ACCEPT'
  | 'ASK_MEMBER'
  | 'CLOSE'
  | 'ESCALATE'
  | 'MEMBER_REPLY'
  | 'REOPEN'
  | 'RESOLVE'
  | 'RESPOND';

export type TicketAuthorKind =
  | 'ALLIANCE'
  | 'MEMBER'
  | 'SUPPLIER'
  | 'SYSTEM';

export type TicketAutoRuleInput = {
  category: TicketCategory;
  /** At most this many a day (Asia/Shanghai) */
  dailyLimit: Scalars['Int']['input'];
  enabled: Scalars['Boolean']['input'];
  /** REISSUE or REFUND */
  resolution: ResolutionKind;
};

/** L1 客服: INVALID_CODE, CODE_ALREADY_USED, WRONG_ITEM, QUESTION; L2 技术: TOPUP_NOT_RECEIVED, LOST_ORDER, SYSTEM_FAULT */
export type TicketCategory =
  | 'CODE_ALREADY_USED'
  | 'INVALID_CODE'
  | 'LOST_ORDER'
  | 'QUESTION'
  | 'SYSTEM_FAULT'
  | 'TOPUP_NOT_RECEIVED'
  | 'WRONG_ITEM';

export type TicketFilterInput = {
  /** Only tickets that still need work */
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only tickets whose current cycle has a breached clock */
  breachedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  category?: InputMaybe<TicketCategory>;
  level?: InputMaybe<TicketTier>;
  /** Alliance staff only */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** A ticket number (TK000123) or part of the member’s order number */
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<TicketStatus>>;
  /** Alliance staff only */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};

/** URGENCY: open work first, soonest due clock first (the supplier queue) */
export type TicketSort =
  | 'NEWEST'
  | 'UPDATED'
  | 'URGENCY';

export type TicketStatus =
  | 'CLOSED'
  | 'ESCALATED'
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'REOPENED'
  | 'RESOLVED'
  | 'WAITING_ON_MEMBER';

/** L1 客服 support, L2 技术 tech, L3 联盟仲裁 alliance arbitration */
export type TicketTier =
  | 'L1'
  | 'L2'
  | 'L3';

export type TodoKind =
  | 'APPEAL_TO_DECIDE'
  | 'APPEAL_WINDOW'
  | 'CANDIDATE_TO_DECIDE'
  | 'DOCUMENT_EXPIRING'
  | 'DOCUMENT_TO_REVIEW'
  | 'NOTICE_FAILED'
  | 'ORGANIZATION_TO_REVIEW'
  | 'RATINGS_TO_GIVE'
  | 'RATING_REMOVAL_TO_DECIDE'
  | 'TICKET_AWAITING_REPLY'
  | 'TICKET_NEAR_BREACH'
  | 'TICKET_TO_ARBITRATE'
  | 'TOPUP_TO_CONFIRM'
  | 'WITHDRAWAL_TO_CONFIRM';

export type TodoSeverity =
  | 'DANGER'
  | 'INFO'
  | 'WARNING';

export type TopupAction =
  | 'CLAIM'
  | 'COMPLETE'
  | 'EXPIRE'
  | 'FAIL';

export type TopupRequestFilterInput = {
  /** Only requests whose transfer reference was used before */
  duplicatesOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Alliance staff: one member */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<TopupRequestStatus>;
};

export type TopupRequestStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'PENDING'
  | 'REJECTED';

export type TopupTaskStatus =
  | 'CLAIMED'
  | 'COMPLETED'
  | 'EXPIRED'
  | 'FAILED'
  | 'QUEUED';

export type UpdateChatRobotInput = {
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<NotificationType>>;
};

export type UpdateOfferInput = {
  /** Direct top-up offers: open tasks at most; null removes the limit, absent leaves it */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  lowStockThreshold?: InputMaybe<Scalars['Int']['input']>;
  /** When the new settlement price applies (default: after the full notice); earlier needs settlementPriceReason */
  settlementEffectiveAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A new price is scheduled with the alliance's notice (24 h), not applied at once */
  settlementPrice?: InputMaybe<Scalars['Money']['input']>;
  /** Why the price changes with less than the full notice (then unannounced in price stability) */
  settlementPriceReason?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOrganizationProfileInput = {
  contactName: Scalars['String']['input'];
  contactPhone: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type UpdateSkuInput = {
  category: Category;
  name: Scalars['String']['input'];
};

export type UpdateSlaPolicyInput = {
  calendarId: Scalars['ID']['input'];
  firstResponseSeconds: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  resolutionSeconds: Scalars['Int']['input'];
  tier: TicketTier;
};

export type VerificationMethod =
  | 'NECIPS_LOOKUP'
  | 'OFFICIAL_HOTLINE'
  | 'OFFICIAL_SITE'
  | 'OTHER';

export type WebhookDeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

export type WithdrawalFilterInput = {
  status?: InputMaybe<WithdrawalStatus>;
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};

export type WithdrawalStatus =
  | 'CANCELLED'
  | 'PAID'
  | 'REJECTED'
  | 'REQUESTED';

export type ClientOrderFragment = { __typename?: 'Order', id: string, clientOrderNo: string, skuId: string, quantity: number, unitPrice: string, total: string, status: OrderStatus, failureCode: string | null, rechargeAccount: string | null, placedAt: string, deliveredAt: string | null, codes: Array<{ __typename?: 'DeliveredCode', id: string, cardNumber: string | null, secret: string | null, expiresAt: string | null }> | null };

export type ClientSkuFragment = { __typename?: 'Sku', id: string, code: string, name: string, category: Category, deliveryMode: DeliveryMode, faceValue: string, unifiedPrice: string, status: SkuStatus, stockAvailable: number, stockState: StockState, liveOfferCount: number, brand: { __typename?: 'Brand', id: string, name: string } };

export type ClientPlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type ClientPlaceOrderMutation = { __typename?: 'Mutation', placeOrder: { __typename?: 'Order', id: string, clientOrderNo: string, skuId: string, quantity: number, unitPrice: string, total: string, status: OrderStatus, failureCode: string | null, rechargeAccount: string | null, placedAt: string, deliveredAt: string | null, codes: Array<{ __typename?: 'DeliveredCode', id: string, cardNumber: string | null, secret: string | null, expiresAt: string | null }> | null } };

export type ClientOrderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientOrderQuery = { __typename?: 'Query', order: { __typename?: 'Order', id: string, clientOrderNo: string, skuId: string, quantity: number, unitPrice: string, total: string, status: OrderStatus, failureCode: string | null, rechargeAccount: string | null, placedAt: string, deliveredAt: string | null, codes: Array<{ __typename?: 'DeliveredCode', id: string, cardNumber: string | null, secret: string | null, expiresAt: string | null }> | null } };

export type ClientRevealOrderCodesMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type ClientRevealOrderCodesMutation = { __typename?: 'Mutation', revealOrderCodes: Array<{ __typename?: 'DeliveredCode', id: string, cardNumber: string | null, secret: string | null, expiresAt: string | null }> };

export type ClientOrdersQueryVariables = Exact<{
  status: InputMaybe<OrderStatus>;
  page: InputMaybe<PageInput>;
}>;


export type ClientOrdersQuery = { __typename?: 'Query', orders: { __typename?: 'OrderPage', totalCount: number, items: Array<{ __typename?: 'Order', id: string, clientOrderNo: string, skuId: string, quantity: number, unitPrice: string, total: string, status: OrderStatus, failureCode: string | null, rechargeAccount: string | null, placedAt: string, deliveredAt: string | null, codes: Array<{ __typename?: 'DeliveredCode', id: string, cardNumber: string | null, secret: string | null, expiresAt: string | null }> | null }> } };

export type ClientCatalogQueryVariables = Exact<{
  filter: InputMaybe<CatalogFilter>;
  page: InputMaybe<PageInput>;
}>;


export type ClientCatalogQuery = { __typename?: 'Query', catalog: { __typename?: 'SkuPage', totalCount: number, items: Array<{ __typename?: 'Sku', id: string, code: string, name: string, category: Category, deliveryMode: DeliveryMode, faceValue: string, unifiedPrice: string, status: SkuStatus, stockAvailable: number, stockState: StockState, liveOfferCount: number, brand: { __typename?: 'Brand', id: string, name: string } }> } };

export type ClientSkuQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientSkuQuery = { __typename?: 'Query', sku: { __typename?: 'Sku', id: string, code: string, name: string, category: Category, deliveryMode: DeliveryMode, faceValue: string, unifiedPrice: string, status: SkuStatus, stockAvailable: number, stockState: StockState, liveOfferCount: number, brand: { __typename?: 'Brand', id: string, name: string } } };

export type ClientWalletQueryVariables = Exact<{
  page: InputMaybe<PageInput>;
}>;


export type ClientWalletQuery = { __typename?: 'Query', wallet: { __typename?: 'Wallet', balance: string, statementCount: number, statement: Array<{ __typename?: 'StatementLine', id: string, transactionId: string, type: LedgerTransactionType, amount: string, orderId: string | null, reference: string | null, memo: string | null, createdAt: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ClientOrderFragmentDoc = new TypedDocumentString(`
    fragment ClientOrder on Order {
  id
  clientOrderNo
  skuId
  quantity
  unitPrice
  total
  status
  failureCode
  rechargeAccount
  placedAt
  deliveredAt
  codes {
    id
    cardNumber
    secret
    expiresAt
  }
}
    `, {"fragmentName":"ClientOrder"}) as unknown as TypedDocumentString<ClientOrderFragment, unknown>;
export const ClientSkuFragmentDoc = new TypedDocumentString(`
    fragment ClientSku on Sku {
  id
  code
  name
  category
  deliveryMode
  faceValue
  unifiedPrice
  status
  stockAvailable
  stockState
  liveOfferCount
  brand {
    id
    name
  }
}
    `, {"fragmentName":"ClientSku"}) as unknown as TypedDocumentString<ClientSkuFragment, unknown>;
export const ClientPlaceOrderDocument = new TypedDocumentString(`
    mutation ClientPlaceOrder($input: PlaceOrderInput!) {
  placeOrder(input: $input) {
    ...ClientOrder
  }
}
    fragment ClientOrder on Order {
  id
  clientOrderNo
  skuId
  quantity
  unitPrice
  total
  status
  failureCode
  rechargeAccount
  placedAt
  deliveredAt
  codes {
    id
    cardNumber
    secret
    expiresAt
  }
}`) as unknown as TypedDocumentString<ClientPlaceOrderMutation, ClientPlaceOrderMutationVariables>;
export const ClientOrderDocument = new TypedDocumentString(`
    query ClientOrder($id: ID!) {
  order(id: $id) {
    ...ClientOrder
  }
}
    fragment ClientOrder on Order {
  id
  clientOrderNo
  skuId
  quantity
  unitPrice
  total
  status
  failureCode
  rechargeAccount
  placedAt
  deliveredAt
  codes {
    id
    cardNumber
    secret
    expiresAt
  }
}`) as unknown as TypedDocumentString<ClientOrderQuery, ClientOrderQueryVariables>;
export const ClientRevealOrderCodesDocument = new TypedDocumentString(`
    mutation ClientRevealOrderCodes($orderId: ID!) {
  revealOrderCodes(orderId: $orderId) {
    id
    cardNumber
    secret
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<ClientRevealOrderCodesMutation, ClientRevealOrderCodesMutationVariables>;
export const ClientOrdersDocument = new TypedDocumentString(`
    query ClientOrders($status: OrderStatus, $page: PageInput) {
  orders(status: $status, page: $page) {
    totalCount
    items {
      ...ClientOrder
    }
  }
}
    fragment ClientOrder on Order {
  id
  clientOrderNo
  skuId
  quantity
  unitPrice
  total
  status
  failureCode
  rechargeAccount
  placedAt
  deliveredAt
  codes {
    id
    cardNumber
    secret
    expiresAt
  }
}`) as unknown as TypedDocumentString<ClientOrdersQuery, ClientOrdersQueryVariables>;
export const ClientCatalogDocument = new TypedDocumentString(`
    query ClientCatalog($filter: CatalogFilter, $page: PageInput) {
  catalog(filter: $filter, page: $page) {
    totalCount
    items {
      ...ClientSku
    }
  }
}
    fragment ClientSku on Sku {
  id
  code
  name
  category
  deliveryMode
  faceValue
  unifiedPrice
  status
  stockAvailable
  stockState
  liveOfferCount
  brand {
    id
    name
  }
}`) as unknown as TypedDocumentString<ClientCatalogQuery, ClientCatalogQueryVariables>;
export const ClientSkuDocument = new TypedDocumentString(`
    query ClientSku($id: ID!) {
  sku(id: $id) {
    ...ClientSku
  }
}
    fragment ClientSku on Sku {
  id
  code
  name
  category
  deliveryMode
  faceValue
  unifiedPrice
  status
  stockAvailable
  stockState
  liveOfferCount
  brand {
    id
    name
  }
}`) as unknown as TypedDocumentString<ClientSkuQuery, ClientSkuQueryVariables>;
export const ClientWalletDocument = new TypedDocumentString(`
    query ClientWallet($page: PageInput) {
  wallet(page: $page) {
    balance
    statementCount
    statement {
      id
      transactionId
      type
      amount
      orderId
      reference
      memo
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<ClientWalletQuery, ClientWalletQueryVariables>;