import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** The alliance’s dashboard (数据看板); figures count on the Asia/Shanghai day an order was delivered, failed or refunded */
export type AdminDashboard = {
  __typename?: 'AdminDashboard';
  /** Card orders: the server’s time from order to codes */
  cardLatency: LatencyFigure;
  /** One point a day of the range, for trend charts */
  daily: Array<DailyFigures>;
  /** Orders that failed (nothing charged) */
  failedOrders: CountFigure;
  /** Delivered orders that routing’s first choice did not deliver */
  failoverRate: RateFigure;
  /** Delivered ÷ (delivered + failed) */
  fulfilmentSuccess: RateFigure;
  /** Gross merchandise value: what members paid for delivered orders */
  gmv: MoneyFigure;
  /** Best sellers by value (热销) */
  hotSkus: Array<SkuRanking>;
  /** Orders delivered */
  orders: CountFigure;
  range: DashboardRange;
  /** Money given back to members after delivery */
  refunds: MoneyFigure;
  /** Risk events waiting for a decision (now) */
  riskEventsWaiting: Scalars['Int']['output'];
  /** Each supplier’s share of the delivered orders */
  routingShare: Array<SupplierShare>;
  /** Active SKUs with fewer than 2 live offers (now, not in the range) */
  singleSourceSkus: Array<SingleSourceSku>;
  /** After-sales SLA attainment in the range, first response and resolution */
  slaAttainment: SlaAttainment;
  /** SLA breaches recorded in the range, by the tier that breached (L1, L2, L3) */
  slaBreachesByTier: Array<TierCount>;
  /** Tickets opened in the range by category, most first */
  ticketsByCategory: Array<CategoryCount>;
  /** Tickets resolved in the range (each once) and the share an auto-rule resolved without a person (the article’s AI 客服 70 %) */
  ticketsResolvedWithoutPerson: RateFigure;
  /** Direct top-ups: from order to the supplier’s completion */
  topupLatency: LatencyFigure;
};


/** The alliance’s dashboard (数据看板); figures count on the Asia/Shanghai day an order was delivered, failed or refunded */
export type AdminDashboardHotSkusArgs = {
  limit: InputMaybe<Scalars['Int']['input']>;
};

/** An alliance setting: value in force, default, and every change */
export type AllianceSetting = {
  __typename?: 'AllianceSetting';
  changedAt: Maybe<Scalars['DateTime']['output']>;
  changedBy: Maybe<Scalars['String']['output']>;
  choices: Maybe<Array<Scalars['String']['output']>>;
  /** What applies when nobody changed it: the environment variable, else the built-in value */
  defaultValue: Scalars['String']['output'];
  /** The default comes from the environment (not the built-in value) */
  envSet: Scalars['Boolean']['output'];
  /** The environment variable of the default */
  envVar: Scalars['String']['output'];
  group: SettingGroup;
  /** Every change, newest first */
  history: Array<AllianceSettingVersion>;
  key: AllianceSettingKey;
  kind: SettingValueKind;
  max: Maybe<Scalars['Float']['output']>;
  min: Maybe<Scalars['Float']['output']>;
  reason: Maybe<Scalars['String']['output']>;
  /** In force now (FEN: integer fen) */
  value: Scalars['String']['output'];
  /** 0: never changed (the default is in force) */
  version: Scalars['Int']['output'];
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

/** One change of a setting: who, when, why */
export type AllianceSettingVersion = {
  __typename?: 'AllianceSettingVersion';
  changedAt: Scalars['DateTime']['output'];
  /** E-mail of whoever changed it */
  changedBy: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  value: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The public part of the key, to recognise it */
  prefix: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<ApiKeyScope>;
};

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

/** The chain walked from the last signed checkpoint onward, or whole (full) */
export type AuditChainVerification = {
  __typename?: 'AuditChainVerification';
  /** A checkpoint (by its size) whose signature, root or head does not hold against the chain */
  brokenCheckpoint: Maybe<Scalars['Int']['output']>;
  /** Events walked */
  checked: Scalars['Int']['output'];
  checkpointsChecked: Scalars['Int']['output'];
  /** The first event whose link or hash does not hold; null when the chain is whole */
  firstBrokenSeq: Maybe<Scalars['Int']['output']>;
  /** The checkpoint the walk started after (its signature, tree edge and head checked first); null from the first event */
  fromCheckpoint: Maybe<Scalars['Int']['output']>;
  /** Walked from the first event, every checkpoint checked against it */
  full: Scalars['Boolean']['output'];
  /** The chain’s length when the walk ended */
  headSeq: Scalars['Int']['output'];
  /** How long the walk took */
  ms: Scalars['Int']['output'];
  ok: Scalars['Boolean']['output'];
};

/** A signed checkpoint of the audit chain’s Merkle tree (RFC 9162): its size, root and head, signed by the alliance */
export type AuditCheckpoint = {
  __typename?: 'AuditCheckpoint';
  createdAt: Scalars['DateTime']['output'];
  /** Hash of event treeSize (hex) */
  headHash: Scalars['String']['output'];
  /** The signed note (C2SP tlog-checkpoint) a verifier checks with the alliance’s key */
  note: Scalars['String']['output'];
  /** Merkle tree hash of the events (hex) */
  rootHash: Scalars['String']['output'];
  /** Events covered: seq 1 … treeSize */
  treeSize: Scalars['Int']['output'];
};

export type AuditCheckpointPage = {
  __typename?: 'AuditCheckpointPage';
  items: Array<AuditCheckpoint>;
  totalCount: Scalars['Int']['output'];
};

export type AuditCheckpointResult = {
  __typename?: 'AuditCheckpointResult';
  /** The newest checkpoint; null when none could be made */
  checkpoint: Maybe<AuditCheckpoint>;
  /** Why no checkpoint was made: the chain or the last checkpoint does not hold */
  refusedBecause: Maybe<AuditChainVerification>;
};

export type AuditEvent = {
  __typename?: 'AuditEvent';
  actorApiKeyId: Maybe<Scalars['ID']['output']>;
  actorEmail: Maybe<Scalars['String']['output']>;
  actorUserId: Maybe<Scalars['ID']['output']>;
  hash: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  organizationId: Maybe<Scalars['ID']['output']>;
  /** The organisation’s name */
  organizationName: Maybe<Scalars['String']['output']>;
  payload: Scalars['JSON']['output'];
  prevHash: Scalars['String']['output'];
  seq: Scalars['Int']['output'];
  subjectId: Maybe<Scalars['String']['output']>;
  /** The subject as a person names it: organisation or brand name, SKU name (code), member’s order number, ticket number TK000123, supplier · product for an offer; null when it no longer exists */
  subjectLabel: Maybe<Scalars['String']['output']>;
  subjectType: Maybe<Scalars['String']['output']>;
  type: Scalars['String']['output'];
};

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

export type AuditEventPage = {
  __typename?: 'AuditEventPage';
  items: Array<AuditEvent>;
  totalCount: Scalars['Int']['output'];
};

/** The alliance’s public key that signs the audit log’s checkpoints: pin it to check provenance without trusting the server */
export type AuditLogKey = {
  __typename?: 'AuditLogKey';
  /** Always Ed25519 */
  algorithm: Scalars['String']['output'];
  /** The log’s name in its checkpoints */
  origin: Scalars['String']['output'];
  /** The raw 32-byte public key, base64 */
  publicKey: Scalars['String']['output'];
  /** The signed-note verifier key, name+keyhash+base64(0x01 ‖ key): what the verifier (page or CLI) takes */
  verifierKey: Scalars['String']['output'];
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Single use: each refresh returns a new one; presenting a used one ends the session family */
  refreshToken: Scalars['String']['output'];
  user: User;
};

/** An account of the alliance’s that members wire top-ups to */
export type BankAccount = {
  __typename?: 'BankAccount';
  accountName: Scalars['String']['output'];
  accountNo: Scalars['String']['output'];
  active: Scalars['Boolean']['output'];
  bankName: Scalars['String']['output'];
  branch: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
};

export type BatchCodeCount = {
  __typename?: 'BatchCodeCount';
  count: Scalars['Int']['output'];
  status: Scalars['String']['output'];
};

/** The life of a supplier’s own card batch */
export type BatchProvenance = {
  __typename?: 'BatchProvenance';
  accepted: Scalars['Int']['output'];
  batchId: Scalars['ID']['output'];
  completedAt: Maybe<Scalars['DateTime']['output']>;
  counts: Array<BatchCodeCount>;
  createdAt: Scalars['DateTime']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  events: Array<ProvenanceEvent>;
  quarantineReason: Maybe<Scalars['String']['output']>;
  sampleInvalid: Scalars['Int']['output'];
  sampleSize: Scalars['Int']['output'];
  sampleValid: Scalars['Int']['output'];
  skuName: Scalars['String']['output'];
  sold: Scalars['Int']['output'];
  source: Scalars['String']['output'];
  status: Scalars['String']['output'];
  tickets: Array<ProvenanceTicket>;
};

export type BatchStatus =
  | 'FAILED'
  | 'IMPORTING'
  | 'QUARANTINED'
  | 'REJECTED'
  | 'SELLABLE';

export type Brand = {
  __typename?: 'Brand';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** How far a business-hours calendar’s holidays reach; admins are warned 60 days before they run out */
export type CalendarCoverage = {
  __typename?: 'CalendarCoverage';
  /** Days from today (Asia/Shanghai) to officialThrough; negative once past */
  daysLeft: Maybe<Scalars['Int']['output']>;
  /** The last day of the last year with dated exceptions */
  exceptionsThrough: Maybe<Scalars['String']['output']>;
  /** The last day covered by an announced schedule (or exceptions entered by hand) */
  officialThrough: Maybe<Scalars['String']['output']>;
  /** Years with the statutory days only, awaiting the State Council’s schedule */
  provisionalYears: Array<Scalars['Int']['output']>;
  /** Within 60 days of running out, or past it */
  warning: Scalars['Boolean']['output'];
};

export type CalendarException = {
  __typename?: 'CalendarException';
  /** YYYY-MM-DD */
  date: Scalars['String']['output'];
  kind: CalendarExceptionKind;
  name: Maybe<Scalars['String']['output']>;
};

/** One dated change an import would make: added (no before), removed (no after), or changed */
export type CalendarExceptionChange = {
  __typename?: 'CalendarExceptionChange';
  after: Maybe<CalendarException>;
  before: Maybe<CalendarException>;
  date: Scalars['String']['output'];
};

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

export type CardBatch = {
  __typename?: 'CardBatch';
  accepted: Scalars['Int']['output'];
  completedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  failure: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  offerId: Scalars['ID']['output'];
  /** Rows read so far: the progress of an import */
  processed: Scalars['Int']['output'];
  quarantineReason: Maybe<Scalars['String']['output']>;
  refused: CardBatchRefusals;
  sampleInvalid: Scalars['Int']['output'];
  sampleSize: Scalars['Int']['output'];
  sampleValid: Scalars['Int']['output'];
  skuCode: Scalars['String']['output'];
  skuName: Scalars['String']['output'];
  source: Scalars['String']['output'];
  status: BatchStatus;
  supplierId: Scalars['ID']['output'];
};

export type CardBatchPage = {
  __typename?: 'CardBatchPage';
  items: Array<CardBatch>;
  totalCount: Scalars['Int']['output'];
};

/** Codes refused, by reason */
export type CardBatchRefusals = {
  __typename?: 'CardBatchRefusals';
  /** Already imported by you */
  duplicateExisting: Scalars['Int']['output'];
  /** The same code twice in this batch */
  duplicateInBatch: Scalars['Int']['output'];
  /** Already imported by another supplier: raised as a black-card suspicion */
  duplicateOtherSupplier: Scalars['Int']['output'];
  /** Neither number nor secret, too long, or already expired */
  invalid: Scalars['Int']['output'];
};

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

/** Tickets opened in the range in one category, with the period compared with */
export type CategoryCount = {
  __typename?: 'CategoryCount';
  category: TicketCategory;
  count: Scalars['Int']['output'];
  previous: Scalars['Int']['output'];
};

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

export type ChatRobot = {
  __typename?: 'ChatRobot';
  createdAt: Scalars['DateTime']['output'];
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: ChatRobotKind;
  kinds: Array<NotificationType>;
  lastError: Maybe<Scalars['String']['output']>;
  lastSentAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The webhook host and the last characters of its key (the URL itself is never shown again) */
  urlHint: Scalars['String']['output'];
};

/** 企业微信 WECOM, 钉钉 DINGTALK, 飞书 FEISHU group robots */
export type ChatRobotKind =
  | 'DINGTALK'
  | 'FEISHU'
  | 'WECOM';

/** The life of a card code its buyer bought (溯源) */
export type CodeProvenance = {
  __typename?: 'CodeProvenance';
  batchDecidedAt: Maybe<Scalars['DateTime']['output']>;
  batchId: Scalars['ID']['output'];
  /** The batch’s status: SELLABLE after a passed sample, etc. */
  batchStatus: Scalars['String']['output'];
  clientOrderNo: Scalars['String']['output'];
  codeId: Scalars['ID']['output'];
  codeStatus: Scalars['String']['output'];
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** Oldest first */
  events: Array<ProvenanceEvent>;
  importedAt: Scalars['DateTime']['output'];
  orderId: Scalars['ID']['output'];
  orderLineId: Scalars['ID']['output'];
  placedAt: Scalars['DateTime']['output'];
  sampleInvalid: Scalars['Int']['output'];
  /** VALID or INVALID when this code was sampled */
  sampleResult: Maybe<Scalars['String']['output']>;
  sampleSize: Scalars['Int']['output'];
  sampleValid: Scalars['Int']['output'];
  /** This code itself was in the batch’s sample */
  sampled: Scalars['Boolean']['output'];
  skuName: Scalars['String']['output'];
  soldAt: Maybe<Scalars['DateTime']['output']>;
  supplierName: Scalars['String']['output'];
  tickets: Array<ProvenanceTicket>;
};

export type CodeStatus =
  | 'AVAILABLE'
  | 'FROZEN'
  | 'IMPORTING'
  | 'QUARANTINED'
  | 'REJECTED'
  | 'REPLACED'
  | 'SOLD'
  | 'VOIDED';

export type CountFigure = {
  __typename?: 'CountFigure';
  /** (value − previous) / previous; empty when previous is 0 */
  changeRatio: Maybe<Scalars['Float']['output']>;
  previous: Scalars['Int']['output'];
  value: Scalars['Int']['output'];
};

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

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** The whole key, shown this once; only its hash is stored. */
  secret: Scalars['String']['output'];
};

/** There is no mail server: pass the link on yourself. The token is shown this once (only its hash is stored) and works once, until it expires. */
export type CreatedInvitation = {
  __typename?: 'CreatedInvitation';
  /** Where the invitee accepts, relative to the site: /invitation#token=… (portal) or /admin/invitation#token=… (alliance staff) */
  acceptPath: Scalars['String']['output'];
  invitation: Invitation;
  /** The one-time invitation token */
  token: Scalars['String']['output'];
};

export type CreatedWebhookEndpoint = {
  __typename?: 'CreatedWebhookEndpoint';
  endpoint: WebhookEndpoint;
  /** The signing secret (whsec_…), shown this once */
  secret: Scalars['String']['output'];
};

/** One day of a trend chart */
export type DailyFigures = {
  __typename?: 'DailyFigures';
  day: Scalars['String']['output'];
  failed: Scalars['Int']['output'];
  gmv: Scalars['Money']['output'];
  /** Orders delivered */
  orders: Scalars['Int']['output'];
  refunded: Scalars['Money']['output'];
  settlement: Scalars['Money']['output'];
};

/** The days shown, and the days they are compared with: as many whole weeks earlier as the range is long (周同比) */
export type DashboardRange = {
  __typename?: 'DashboardRange';
  from: Scalars['String']['output'];
  previousFrom: Scalars['String']['output'];
  previousTo: Scalars['String']['output'];
  to: Scalars['String']['output'];
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

/** A card code as its buyer sees it (卡密); every reveal is recorded */
export type DeliveredCode = {
  __typename?: 'DeliveredCode';
  cardNumber: Maybe<Scalars['String']['output']>;
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  secret: Maybe<Scalars['String']['output']>;
  /** SOLD; REPLACED or VOIDED after an after-sales resolution (a reissued code comes as a new SOLD one) */
  status: CodeStatus;
};

export type DeliveryMode =
  | 'CARD_CODE'
  | 'DIRECT_TOPUP';

/** One call across the edge, redacted (no secret, no code in clear) */
export type DockCall = {
  __typename?: 'DockCall';
  at: Scalars['DateTime']['output'];
  direction: Scalars['String']['output'];
  error: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  latencyMs: Scalars['Int']['output'];
  method: Scalars['String']['output'];
  ok: Scalars['Boolean']['output'];
  path: Scalars['String']['output'];
  request: Maybe<Scalars['JSON']['output']>;
  response: Maybe<Scalars['JSON']['output']>;
  status: Maybe<Scalars['Int']['output']>;
};

export type DockCallPage = {
  __typename?: 'DockCallPage';
  items: Array<DockCall>;
  totalCount: Scalars['Int']['output'];
};

/** A supplier’s own system docked as a source (Mengyuan supplier protocol v1, or a dujiao-next site); its secret is never answered */
export type DockConnector = {
  __typename?: 'DockConnector';
  /** CLOSED, OPEN or HALF_OPEN (this replica) */
  breaker: Scalars['String']['output'];
  concurrency: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  endpoint: Scalars['String']['output'];
  excludedGoods: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  keyId: Scalars['String']['output'];
  lastSyncAt: Maybe<Scalars['DateTime']['output']>;
  lastTestAt: Maybe<Scalars['DateTime']['output']>;
  lastTestOk: Maybe<Scalars['Boolean']['output']>;
  /** Markup on the upstream’s price, basis points */
  markupBp: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  protocol: DockProtocol;
  rounding: DockRounding;
  status: DockConnectorStatus;
  supplierId: Scalars['ID']['output'];
  syncedThrough: Maybe<Scalars['DateTime']['output']>;
  timeoutMs: Scalars['Int']['output'];
};

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

export type DockDrift = {
  __typename?: 'DockDrift';
  goodsId: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

/** A connector’s outbound calls over the last `days` days: how many, the share answered well, latency percentiles */
export type DockHealth = {
  __typename?: 'DockHealth';
  calls: Scalars['Int']['output'];
  days: Scalars['Int']['output'];
  /** Share of the calls answered well (0–1); null with no calls */
  okRate: Maybe<Scalars['Float']['output']>;
  p50Ms: Maybe<Scalars['Int']['output']>;
  p95Ms: Maybe<Scalars['Int']['output']>;
  p99Ms: Maybe<Scalars['Int']['output']>;
};

export type DockMismatch = {
  __typename?: 'DockMismatch';
  detail: Maybe<Scalars['String']['output']>;
  /** MISSING_UPSTREAM, MISSING_HERE, AMOUNT or STATUS */
  kind: Scalars['String']['output'];
  orderId: Scalars['String']['output'];
  ours: Maybe<Scalars['Money']['output']>;
  theirs: Maybe<Scalars['Money']['output']>;
};

/** What a docked system speaks: the Mengyuan supplier protocol v1, or a dujiao-next site’s upstream API */
export type DockProtocol =
  | 'DUJIAO_NEXT'
  | 'MENGYUAN';

export type DockReconciliation = {
  __typename?: 'DockReconciliation';
  compared: Scalars['Int']['output'];
  day: Scalars['String']['output'];
  error: Maybe<Scalars['String']['output']>;
  mismatches: Array<DockMismatch>;
};

/** How a synced price is rounded up: to the fen, jiao or yuan */
export type DockRounding =
  | 'FEN'
  | 'JIAO'
  | 'YUAN';

export type DockSyncResult = {
  __typename?: 'DockSyncResult';
  drift: Array<DockDrift>;
  error: Maybe<Scalars['String']['output']>;
  excluded: Scalars['Int']['output'];
  full: Scalars['Boolean']['output'];
  paused: Scalars['Int']['output'];
  repriced: Scalars['Int']['output'];
  resumed: Scalars['Int']['output'];
  seen: Scalars['Int']['output'];
};

export type DockTestResult = {
  __typename?: 'DockTestResult';
  /** The upstream’s code (SIGNATURE_INVALID, TIMESTAMP_STALE, …) or TIMEOUT / NETWORK / SERVER */
  code: Maybe<Scalars['String']['output']>;
  error: Maybe<Scalars['String']['output']>;
  latencyMs: Scalars['Int']['output'];
  ok: Scalars['Boolean']['output'];
  supplier: Maybe<Scalars['String']['output']>;
};

/** An upstream’s goods as last synced, and the offer it feeds */
export type DockedGoods = {
  __typename?: 'DockedGoods';
  /** The offer’s price is not what the upstream’s goods give */
  drift: Scalars['Boolean']['output'];
  faceValue: Scalars['Money']['output'];
  goodsId: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  offerId: Maybe<Scalars['ID']['output']>;
  offerPrice: Maybe<Scalars['Money']['output']>;
  offerStatus: Maybe<OfferStatus>;
  /** The upstream’s price */
  price: Scalars['Money']['output'];
  status: Scalars['String']['output'];
  stock: Maybe<Scalars['Int']['output']>;
  syncedAt: Scalars['DateTime']['output'];
  /** The settlement price the offer should have (markup and rounding applied) */
  targetPrice: Scalars['Money']['output'];
};

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

/** What confirming an elimination did */
export type EliminationOutcome = {
  __typename?: 'EliminationOutcome';
  codesFrozen: Scalars['Int']['output'];
  /** Held back for the complaint window: late upheld complaints are charged to it, the rest released after it */
  holdback: Maybe<Scalars['Money']['output']>;
  /** When the holdback’s complaint window closes (the release job pays out the rest) */
  holdbackReleaseAt: Maybe<Scalars['DateTime']['output']>;
  ledgerTransactionId: Maybe<Scalars['ID']['output']>;
  offersDelisted: Scalars['Int']['output'];
  /** The supplier’s payable paid out through the ledger (less the holdback) */
  payableSettled: Scalars['Money']['output'];
  /** The supplier’s refund rate of the last 90 days that sized the holdback, in basis points */
  refundRateBp: Maybe<Scalars['Int']['output']>;
};

/** A candidate’s appeal (within 7 days), citing evidence rows of its run */
export type EvaluationAppeal = {
  __typename?: 'EvaluationAppeal';
  candidateId: Scalars['ID']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  decisionReason: Maybe<Scalars['String']['output']>;
  /** The cited rows */
  evidence: Array<ScoreEvidence>;
  evidenceRowIds: Array<Scalars['ID']['output']>;
  filedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  organizationId: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  runId: Scalars['ID']['output'];
  status: AppealStatus;
};

export type EvaluationAppealPage = {
  __typename?: 'EvaluationAppealPage';
  items: Array<EvaluationAppeal>;
  totalCount: Scalars['Int']['output'];
};

/** A supplier whose total fell below the threshold in a run (淘汰候选) */
export type EvaluationCandidate = {
  __typename?: 'EvaluationCandidate';
  appeal: Maybe<EvaluationAppeal>;
  /** The supplier may appeal until then */
  appealDeadline: Scalars['DateTime']['output'];
  /** The appeal window is open and no appeal was filed yet */
  canAppeal: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  decisionReason: Maybe<Scalars['String']['output']>;
  /** The frozen dimensions, with evidence rows (ids to cite in an appeal) */
  dimensions: Array<ScoreDimensionValue>;
  id: Scalars['ID']['output'];
  organizationId: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  outcome: Maybe<EliminationOutcome>;
  quarter: Scalars['String']['output'];
  runId: Scalars['ID']['output'];
  status: EvaluationCandidateStatus;
  threshold: Scalars['Float']['output'];
  total: Scalars['Float']['output'];
};

export type EvaluationCandidateStatus =
  | 'APPEALED'
  | 'ELIMINATED'
  | 'KEPT'
  | 'PENDING';

/** A quarterly evaluation (季度评估): every supplier scorecard frozen with its evidence */
export type EvaluationRun = {
  __typename?: 'EvaluationRun';
  candidateCount: Scalars['Int']['output'];
  /** Suppliers below the threshold, with decisions and appeals */
  candidates: Array<EvaluationCandidate>;
  /** Formula id and version per dimension */
  formulas: Scalars['JSON']['output'];
  frozenAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** 2026Q4 */
  quarter: Scalars['String']['output'];
  /** Every supplier’s frozen score, lowest first, with evidence rows */
  scores: Array<EvaluationScore>;
  supplierCount: Scalars['Int']['output'];
  threshold: Scalars['Float']['output'];
  /** SCHEDULE or ADMIN (run now) */
  trigger: Scalars['String']['output'];
  weights: ScoreWeights;
  /** End of the days judged (exclusive): the next quarter’s first day 00:00 Asia/Shanghai */
  windowEnd: Maybe<Scalars['DateTime']['output']>;
  /** First instant judged: the quarter’s first day 00:00 Asia/Shanghai (null on runs before windows were kept) */
  windowStart: Maybe<Scalars['DateTime']['output']>;
};

export type EvaluationRunPage = {
  __typename?: 'EvaluationRunPage';
  items: Array<EvaluationRun>;
  totalCount: Scalars['Int']['output'];
};

/** One supplier’s frozen scorecard in a run */
export type EvaluationScore = {
  __typename?: 'EvaluationScore';
  candidate: Scalars['Boolean']['output'];
  dimensions: Array<ScoreDimensionValue>;
  id: Scalars['ID']['output'];
  organizationId: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  total: Scalars['Float']['output'];
};

export type Fault =
  | 'MEMBER'
  | 'NONE'
  | 'SUPPLIER';

/** What importing the official holidays into a calendar would change, to review before applying */
export type HolidayImportPreview = {
  __typename?: 'HolidayImportPreview';
  calendarId: Scalars['ID']['output'];
  /** The calendar version the changes are against: applying needs it still current */
  calendarVersion: Scalars['Int']['output'];
  changes: Array<CalendarExceptionChange>;
  package: Scalars['String']['output'];
  packageVersion: Scalars['String']['output'];
  years: Array<HolidayYear>;
};

/** Where a calendar’s holidays were imported from */
export type HolidaySource = {
  __typename?: 'HolidaySource';
  importedAt: Scalars['DateTime']['output'];
  /** The npm data package */
  package: Scalars['String']['output'];
  version: Scalars['String']['output'];
  years: Array<HolidayYear>;
};

export type HolidayYear = {
  __typename?: 'HolidayYear';
  status: HolidayYearStatus;
  year: Scalars['Int']['output'];
};

/** OFFICIAL: the State Council’s announced schedule; STATUTORY: only the law’s statutory days, the schedule not yet in the data (provisional) */
export type HolidayYearStatus =
  | 'OFFICIAL'
  | 'STATUTORY';

export type ImportCardBatchInput = {
  /** At most 1000. Larger batches (up to 100,000 codes): POST /offers/{offerId}/card-batches as multipart/form-data with the CSV in a part named "file"; its first line names the columns cardNumber,secret,expiresAt (or 卡号,卡密,有效期), at least one of the first two; expiresAt is ISO 8601. The answer is the CardBatch (progress: poll cardBatch(id).processed). */
  codes: Array<CardCodeInput>;
  offerId: Scalars['ID']['input'];
};

export type Invitation = {
  __typename?: 'Invitation';
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  roles: Array<Role>;
  status: InvitationStatus;
};

/** What an invitee sees before accepting */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  organizationKind: OrganizationKind;
  organizationName: Scalars['String']['output'];
  roles: Array<Role>;
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

/** Delivery latency in milliseconds: percentiles read from √2-wide histogram buckets, the mean exact */
export type LatencyFigure = {
  __typename?: 'LatencyFigure';
  count: Scalars['Int']['output'];
  meanMs: Maybe<Scalars['Float']['output']>;
  p50Ms: Maybe<Scalars['Float']['output']>;
  p99Ms: Maybe<Scalars['Float']['output']>;
  previousCount: Scalars['Int']['output'];
  previousP50Ms: Maybe<Scalars['Float']['output']>;
  previousP99Ms: Maybe<Scalars['Float']['output']>;
};

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

export type LedgerCheck = {
  __typename?: 'LedgerCheck';
  accountsChecked: Scalars['Int']['output'];
  /** A checkpoint whose signature, digests or balances do not hold */
  brokenCheckpoint: Maybe<Scalars['ID']['output']>;
  drift: Array<LedgerDrift>;
  /** Entries read: those since the checkpoint, or all */
  entriesChecked: Scalars['Int']['output'];
  /** The signed checkpoint the check started from; null from the first entry */
  fromCheckpoint: Maybe<Scalars['ID']['output']>;
  /** Every entry from the first, every checkpoint replayed */
  full: Scalars['Boolean']['output'];
  /** How long the check took */
  ms: Scalars['Int']['output'];
  ok: Scalars['Boolean']['output'];
  /** Transactions among the entries read */
  transactionsChecked: Scalars['Int']['output'];
  unbalancedTransactions: Array<Scalars['ID']['output']>;
};

/** The ledger as it stood after an entry: digests of its entries and balances, signed by the alliance */
export type LedgerCheckpoint = {
  __typename?: 'LedgerCheckpoint';
  createdAt: Scalars['DateTime']['output'];
  digest: Scalars['String']['output'];
  /** Entries since the checkpoint before */
  entryCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Every entry up to this id is covered */
  throughEntryId: Scalars['ID']['output'];
};

export type LedgerDrift = {
  __typename?: 'LedgerDrift';
  accountId: Scalars['ID']['output'];
  computed: Scalars['Money']['output'];
  kind: Scalars['String']['output'];
  organizationId: Maybe<Scalars['ID']['output']>;
  stored: Scalars['Money']['output'];
};

/** One movement of one account: positive adds to its balance */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  accountKind: LedgerAccountKind;
  amount: Scalars['Money']['output'];
  /** The member’s order number of that order: how people name it */
  clientOrderNo: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  memo: Maybe<Scalars['String']['output']>;
  orderId: Maybe<Scalars['ID']['output']>;
  /** Empty for the alliance’s own accounts */
  organizationId: Maybe<Scalars['ID']['output']>;
  organizationName: Maybe<Scalars['String']['output']>;
  reference: Maybe<Scalars['String']['output']>;
  transactionId: Scalars['ID']['output'];
  type: LedgerTransactionType;
};

export type LedgerEntryPage = {
  __typename?: 'LedgerEntryPage';
  items: Array<LedgerEntry>;
  totalCount: Scalars['Int']['output'];
  /** true: totalCount stopped at 1,000 and is a lower bound (the apps say “more than 1,000”); counting on would read the whole history */
  totalCountCapped: Maybe<Scalars['Boolean']['output']>;
};

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

/** A member’s spending, orders, delivery latency and wallet */
export type MemberDashboard = {
  __typename?: 'MemberDashboard';
  /** Card orders: the server’s time from order to codes */
  cardLatency: LatencyFigure;
  /** One point a day of the range, for trend charts */
  daily: Array<DailyFigures>;
  /** Orders that failed (nothing charged) */
  failedOrders: CountFigure;
  /** Best sellers by value (热销) */
  hotSkus: Array<SkuRanking>;
  /** Orders delivered */
  orders: CountFigure;
  range: DashboardRange;
  /** Paid for delivered orders, less refunds */
  spend: MoneyFigure;
  /** Direct top-ups: from order to the supplier’s completion */
  topupLatency: LatencyFigure;
  /** The wallet now */
  wallet: WalletBalances;
};


/** A member’s spending, orders, delivery latency and wallet */
export type MemberDashboardHotSkusArgs = {
  limit: InputMaybe<Scalars['Int']['input']>;
};

/** A member scored from supplier ratings and dispute history */
export type MemberScorecard = {
  __typename?: 'MemberScorecard';
  computedAt: Maybe<Scalars['DateTime']['output']>;
  dimensions: Array<ScoreDimensionValue>;
  organizationId: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  total: Scalars['Float']['output'];
};

export type MemberScorecardPage = {
  __typename?: 'MemberScorecardPage';
  items: Array<MemberScorecard>;
  totalCount: Scalars['Int']['output'];
};

/** An amount in the range, the same in the period compared with, and the change */
export type MoneyFigure = {
  __typename?: 'MoneyFigure';
  /** (value − previous) / previous; empty when previous is 0 */
  changeRatio: Maybe<Scalars['Float']['output']>;
  previous: Scalars['Money']['output'];
  value: Scalars['Money']['output'];
};

/** A monthly statement (对账单) of a member’s wallet and hold, or a supplier’s payable; months are Asia/Shanghai */
export type MonthlyStatement = {
  __typename?: 'MonthlyStatement';
  accounts: Array<StatementAccount>;
  endsAt: Scalars['DateTime']['output'];
  month: Scalars['String']['output'];
  organizationId: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts an invitation: sets the name and password and signs in. The token works once. Alliance staff (when two-step sign-in is required) get TWO_FACTOR_SETUP_REQUIRED with extensions.setupToken instead, the account made. Errors: NOT_FOUND, INVITATION_EXPIRED, VALIDATION_FAILED, CONFLICT */
  acceptInvitation: AuthPayload;
  /** The member accepts the resolution: CLOSED */
  acceptTicketResolution: Ticket;
  /** Adds a group robot (企业微信, 钉钉 with 加签, 飞书 with 签名校验). Errors: VALIDATION_FAILED (a URL not on the vendor’s robot host) */
  addChatRobot: ChatRobot;
  /** Appeals a candidacy within 7 days, citing evidence rows of it. Errors: APPEAL_WINDOW_CLOSED, INVALID_TRANSITION, NOT_FOUND, VALIDATION_FAILED */
  appealEvaluation: EvaluationAppeal;
  /** Applies the reviewed import as a new calendar version; CONFLICT if the calendar changed since the preview (expectedVersion) */
  applySlaHolidayImport: SlaCalendar;
  /** The alliance’s L3 ruling on an escalated ticket: against the supplier (it pays: REISSUE, REFUND or COMPENSATION) or the member (REJECTED) */
  arbitrateTicket: Ticket;
  /** Withdraws the offer's pending settlement-price change before it applies */
  cancelOfferPriceChange: Offer;
  cancelPriceChange: PriceChange;
  cancelTopupRequest: TopupRequest;
  cancelWithdrawal: Withdrawal;
  /** A new version of one setting, in force from the next order on every instance; VALIDATION_FAILED (fields value, reason) or CONFLICT (changed since expectedVersion) */
  changeAllianceSetting: AllianceSetting;
  /** PAUSE, RESUME or DELIST (suppliers their own; admins any) */
  changeOfferStatus: Offer;
  /** Ends every session, this one included: sign in again with the new password */
  changePassword: Scalars['Boolean']['output'];
  claimTopupTask: TopupTask;
  /** Confirms the secret with a first code: two-step sign-in is on and the person is signed in. Errors: INVALID_TWO_FACTOR_CODE, UNAUTHENTICATED (setup token expired) */
  completeRequiredTwoFactorSetup: TwoFactorEnrolment;
  /** Done, with the operator’s reference: the order is delivered and the supplier paid */
  completeTopupTask: TopupTask;
  /** Finance confirms the money arrived: the wallet is credited (a flagged duplicate needs acknowledgeDuplicate) */
  confirmTopupRequest: TopupRequest;
  createApiKey: CreatedApiKey;
  /** Admins: verifies the events since the last checkpoint and signs a new one now (a job does it every AUDIT_CHECKPOINT_MINUTES) */
  createAuditCheckpoint: AuditCheckpointResult;
  createBrand: Brand;
  /** Docks the supplier’s own system: endpoint, key id and secret (sealed at rest, never answered) */
  createDockConnector: DockConnector;
  /** Admins: signs a checkpoint of every balance now (a job does it hourly); null when the last checkpoint does not hold */
  createLedgerCheckpoint: Maybe<LedgerCheckpoint>;
  /** Needs an approved, unexpired product authorisation for the SKU’s brand; waits for review */
  createOffer: Offer;
  /** Starts a payment into the wallet: a QR code or a gateway page; the wallet is credited on the gateway’s verified notify */
  createPayment: Payment;
  createSku: Sku;
  createSlaCalendar: SlaCalendar;
  /** Private and loopback URLs are refused */
  createWebhookEndpoint: CreatedWebhookEndpoint;
  /** GRANT keeps the supplier; REJECT returns the candidate for a decision. Errors: INVALID_TRANSITION, NOT_FOUND */
  decideAppeal: EvaluationAppeal;
  /** KEEP (any time before a decision) or ELIMINATE (after the 7-day appeal window, or once an appeal was rejected): delists offers, freezes unsold codes, settles the payable. Errors: APPEAL_PENDING, INVALID_TRANSITION, NOT_FOUND, VALIDATION_FAILED */
  decideCandidate: EvaluationCandidate;
  /** APPROVE, REJECT (auditors and admins); PASS_PROBATION, SUSPEND, REINSTATE, TERMINATE (admins) */
  decideOrganization: Organization;
  /** Approves (the rating is hidden with the reason, never deleted) or rejects a removal request; recorded in the audit chain */
  decideRatingRemoval: RatingRemovalRequest;
  decideRiskEvent: RiskEvent;
  /** Deletes one of the caller’s own views. Errors: NOT_FOUND */
  deleteSavedView: Scalars['Boolean']['output'];
  /** Records a member’s offline bank transfer; returns the ledger transaction */
  depositToWallet: Scalars['ID']['output'];
  /** Turns two-step sign-in off with the password and a code (alliance staff may not). Errors: INVALID_CREDENTIALS, INVALID_TWO_FACTOR_CODE, FORBIDDEN */
  disableTwoFactor: Scalars['Boolean']['output'];
  disableWebhookEndpoint: WebhookEndpoint;
  /** Docks upstream goods to one of the supplier’s offers (same delivery mode), or undocks it (offerId null) */
  dockGoods: DockedGoods;
  /** Confirms the secret with a code from the app; answers ten one-time recovery codes, shown only now. Errors: INVALID_TWO_FACTOR_CODE */
  enableTwoFactor: Array<Scalars['String']['output']>;
  /** Signs one of the caller’s sessions out: its tokens stop working at once. Errors: NOT_FOUND */
  endSession: Scalars['Boolean']['output'];
  /** To alliance arbitration (L3): its clocks start; the supplier’s resolution clock keeps running end to end */
  escalateTicket: Ticket;
  /** Could not be done: the next source gets it, or the member is refunded */
  failTopupTask: TopupTask;
  /** Imports up to 1,000 codes; larger batches go through the CSV upload */
  importCardBatch: CardBatch;
  /** Invites someone by e-mail with roles: the one-time link is e-mailed to them (and answered here as acceptPath, to pass on by hand). It expires after INVITATION_TTL_HOURS (default 7 days). Errors: CONFLICT (the address has an account or an open invitation), VALIDATION_FAILED */
  inviteUser: CreatedInvitation;
  /** Signs in. With two-step sign-in on, the first answer is TWO_FACTOR_REQUIRED: send again with totpCode (a code from the app, or a recovery code). Alliance staff without it get TWO_FACTOR_SETUP_REQUIRED with extensions.setupToken. Errors: INVALID_CREDENTIALS, INVALID_TWO_FACTOR_CODE, RATE_LIMITED, FORBIDDEN */
  login: AuthPayload;
  /** Ends this sign-in's sessions, or with everywhere: true every session of the user */
  logout: Scalars['Boolean']['output'];
  /** Marks these notifications read, or all of them when ids is empty; returns how many changed */
  markNotificationsRead: Scalars['Int']['output'];
  /** Files a ticket on a delivered order (line). The category sets the tier and starts its SLA clocks */
  openTicket: Ticket;
  /** Passes a flagged probation supplier after all (organisation PROBATION → ACTIVE). Errors: INVALID_TRANSITION, NOT_FOUND */
  passProbation: ProbationWatch;
  /** Finance paid the supplier: the bank transfer’s reference */
  payWithdrawal: Withdrawal;
  /** Buys at the unified price. Card codes come in this answer; a direct top-up (rechargeAccount required) answers PROCESSING and is delivered when its supplier completes it (order.delivered webhook). Errors: SOLD_OUT, INSUFFICIENT_BALANCE, TOPUP_FAILED (extensions.orderId names the saved failed order, nothing charged), RISK_REVIEW (held for an admin, amount reserved), IDEMPOTENCY_CONFLICT, SKU_UNAVAILABLE, QUANTITY_OUT_OF_RANGE, REAL_NAME_REQUIRED, RATE_LIMITED (accepted orders a minute) */
  placeOrder: Order;
  /** A message in the thread (or an internal note). The supplier’s first answer stops the first-response clock; waitForMember pauses the resolution clock */
  postTicketMessage: TicketMessage;
  /** Hold a sellable batch back for a sample check */
  quarantineBatch: CardBatch;
  /** Rates a delivered order within 30 days: a member rates its supplier, a supplier its member (the side follows the caller). Sealed until both rated or 14 days passed. Errors: CONFLICT (rated already), RATING_WINDOW_CLOSED, RATING_CLOSED_REVEALED (the other side’s rating is revealed), INVALID_TRANSITION (not delivered), VALIDATION_FAILED */
  rateOrder: Rating;
  /** Replays every clock of a ticket from its event log and rewrites what the replay says */
  recalculateTicketClocks: Array<SlaClock>;
  /** Recomputes every scorecard now (the job does it hourly) and judges probation suppliers at 20 orders; answers how many scorecards */
  recomputeScorecards: Scalars['Int']['output'];
  /** Compares a day’s orders (Asia/Shanghai) with the upstream’s list; every mismatch is raised in the risk queue */
  reconcileDockConnector: DockReconciliation;
  /** Any invalid sample rejects the batch; all valid makes it sellable */
  recordSampleResult: CardBatch;
  /** Records up to 1000 sample results at once; any invalid rejects the batch, all valid makes it sellable */
  recordSampleResults: CardBatch;
  /** Records a payout to a supplier against what it is owed */
  recordSupplierPayout: Scalars['ID']['output'];
  refreshToken: AuthPayload;
  /** New recovery codes (the old ones stop working), with a current code. Errors: INVALID_TWO_FACTOR_CODE */
  regenerateRecoveryCodes: Array<Scalars['String']['output']>;
  /** Supplier or member self-registration: the organisation starts in APPLIED */
  registerOrganization: AuthPayload;
  rejectTopupRequest: TopupRequest;
  rejectWithdrawal: Withdrawal;
  /** Removes a robot: it posts nothing more, and what it had waiting is dropped */
  removeChatRobot: Scalars['Boolean']['output'];
  /** Reopens a resolved ticket within 7 days: a new cycle with fresh SLA clocks */
  reopenTicket: Ticket;
  /** Sends a delivery again, with the same webhook-id */
  replayWebhookDelivery: WebhookDelivery;
  /** The rated side answers a revealed rating, once (CONFLICT the second time) */
  replyToRating: Rating;
  /** E-mails a one-time link to set a new password (valid PASSWORD_RESET_TTL_MINUTES) if the address has an account. Answers true whether or not it has. Errors: RATE_LIMITED, VALIDATION_FAILED */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** The rated side asks the alliance to remove an abusive revealed rating */
  requestRatingRemoval: RatingRemovalRequest;
  /** A member tells finance about its bank transfer; a reference used before is flagged */
  requestTopup: TopupRequest;
  /** A supplier asks to be paid; more than the available payable is WITHDRAWAL_EXCEEDS_AVAILABLE */
  requestWithdrawal: Withdrawal;
  /** Sets a new password with the e-mailed link (once); every session of the account ends. Errors: RESET_LINK_INVALID, VALIDATION_FAILED */
  resetPassword: Scalars['Boolean']['output'];
  /** REISSUE, REFUND (full or partial), COMPENSATION at the supplier’s cost, or REJECTED with a reason. Errors: SOLD_OUT (no replacement in stock), VALIDATION_FAILED, INVALID_TRANSITION */
  resolveTicket: Ticket;
  /** Sends a FAILED delivery again. Errors: INVALID_TRANSITION (not failed), NOT_FOUND */
  retryNoticeDelivery: NoticeDelivery;
  /** Shows a delivered card order’s codes again to its buyer; recorded in the audit chain. Direct top-ups have no codes (INVALID_TRANSITION) */
  revealOrderCodes: Array<DeliveredCode>;
  /** Shows one sampled code to check against the brand’s system; recorded in the audit chain */
  revealSampleCode: RevealedCode;
  /** A page (up to 1000) of a quarantined batch's sampled codes in plaintext, unrecorded first, to check in bulk; recorded in the audit chain */
  revealSampleCodes: Array<RevealedSample>;
  reviewDocument: QualificationDocument;
  /** Decides an order held for risk review: APPROVE delivers it from the reserved amount, REJECT gives the amount back */
  reviewHeldOrder: Order;
  reviewOffer: Offer;
  revokeApiKey: ApiKey;
  /** Withdraws a pending invitation: its link stops working */
  revokeInvitation: Invitation;
  /** Freezes an evaluation run now (the job runs one each quarter) */
  runEvaluationNow: EvaluationRun;
  /** Reconciles a channel’s day now (the job does yesterday’s every morning); runs again replace the day’s lines */
  runReconciliation: ReconciliationRun;
  saveBankAccount: BankAccount;
  /** Adds or edits a channel; keys are encrypted at rest and never read back */
  savePaymentChannel: PaymentChannel;
  /** Saves a new view, or replaces one of the caller’s own. Errors: VALIDATION_FAILED, NOT_FOUND (not the caller’s) */
  saveView: SavedView;
  /** Members are notified at once; the price applies at effectiveAt */
  scheduleUnifiedPrice: PriceChange;
  /** Changes the caller’s own preferences; enabled null returns to the organisation’s default. Errors: VALIDATION_FAILED */
  setMyNoticePreferences: Array<NoticePreference>;
  /** Sets the organisation’s defaults (and quiet hours, when given). Errors: VALIDATION_FAILED */
  setOrganizationNoticeSettings: OrganizationNoticeSettings;
  setSettlementPolicy: SettlementPolicy;
  setSkuStatus: Sku;
  /** Opts in (or out): resolve new tickets of a category at once, up to dailyLimit a day, at the supplier’s cost */
  setTicketAutoRule: TicketAutoRule;
  /** Disables a user (its sessions end at once) or enables it again. The last owner cannot be disabled, nor can you disable yourself */
  setUserDisabled: TeamMember;
  /** Gives a user other roles (those of the organisation’s kind); the last owner keeps the owner role */
  setUserRoles: TeamMember;
  /** Alliance staff at their first sign-in: a secret to scan, with the setupToken from TWO_FACTOR_SETUP_REQUIRED */
  startRequiredTwoFactorSetup: TwoFactorSetup;
  /** Starts turning two-step sign-in on: a secret to scan, confirmed by enableTwoFactor */
  startTwoFactorSetup: TwoFactorSetup;
  submitDocument: QualificationDocument;
  /** APPLIED → UNDER_REVIEW; MISSING_DOCUMENTS lists what is still needed */
  submitForReview: Organization;
  /** Lists the upstream’s goods (changes since the last sync, or all with full) and makes docked offers follow them */
  syncDockConnector: DockSyncResult;
  /** Sends the robot a test message now (its lastSentAt or lastError shows how it went) */
  testChatRobot: Scalars['Boolean']['output'];
  /** A signed ping: whether the upstream answers and accepts the signature, and how fast */
  testDockConnector: DockTestResult;
  updateChatRobot: ChatRobot;
  updateDockConnector: DockConnector;
  updateOffer: Offer;
  /** Company details, while the application is APPLIED */
  updateOrganizationProfile: Organization;
  /** Whole percentages adding up to 100; audited; totals follow at once. Errors: VALIDATION_FAILED */
  updateScoreWeights: ScoreWeights;
  updateSku: Sku;
  /** Replaces the hours and the dated exceptions: a new version (running clocks keep the one they started on) */
  updateSlaCalendar: SlaCalendar;
  /** A new version of a tier’s targets and calendar: new clocks use it, running clocks keep theirs */
  updateSlaPolicy: SlaPolicy;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAcceptTicketResolutionArgs = {
  ticketId: Scalars['ID']['input'];
};


export type MutationAddChatRobotArgs = {
  input: AddChatRobotInput;
};


export type MutationAppealEvaluationArgs = {
  input: AppealEvaluationInput;
};


export type MutationApplySlaHolidayImportArgs = {
  calendarId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  years: InputMaybe<Array<Scalars['Int']['input']>>;
};


export type MutationArbitrateTicketArgs = {
  input: ArbitrateTicketInput;
};


export type MutationCancelOfferPriceChangeArgs = {
  offerId: Scalars['ID']['input'];
};


export type MutationCancelPriceChangeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelTopupRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelWithdrawalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeAllianceSettingArgs = {
  input: ChangeAllianceSettingInput;
};


export type MutationChangeOfferStatusArgs = {
  action: OfferAction;
  id: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationClaimTopupTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteRequiredTwoFactorSetupArgs = {
  code: Scalars['String']['input'];
  setupToken: Scalars['String']['input'];
};


export type MutationCompleteTopupTaskArgs = {
  id: Scalars['ID']['input'];
  reference: Scalars['String']['input'];
};


export type MutationConfirmTopupRequestArgs = {
  acknowledgeDuplicate: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateBrandArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreateDockConnectorArgs = {
  input: DockConnectorInput;
};


export type MutationCreateOfferArgs = {
  input: CreateOfferInput;
};


export type MutationCreatePaymentArgs = {
  input: CreatePaymentInput;
};


export type MutationCreateSkuArgs = {
  input: CreateSkuInput;
};


export type MutationCreateSlaCalendarArgs = {
  input: SlaCalendarInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDecideAppealArgs = {
  input: DecideAppealInput;
};


export type MutationDecideCandidateArgs = {
  input: DecideCandidateInput;
};


export type MutationDecideOrganizationArgs = {
  input: DecideOrganizationInput;
};


export type MutationDecideRatingRemovalArgs = {
  input: DecideRatingRemovalInput;
};


export type MutationDecideRiskEventArgs = {
  decision: RiskEventStatus;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationDeleteSavedViewArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDepositToWalletArgs = {
  amount: Scalars['Money']['input'];
  organizationId: Scalars['ID']['input'];
  reference: Scalars['String']['input'];
};


export type MutationDisableTwoFactorArgs = {
  code: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationDisableWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDockGoodsArgs = {
  connectorId: Scalars['ID']['input'];
  goodsId: Scalars['String']['input'];
  offerId: InputMaybe<Scalars['ID']['input']>;
};


export type MutationEnableTwoFactorArgs = {
  code: Scalars['String']['input'];
};


export type MutationEndSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEscalateTicketArgs = {
  reason: Scalars['String']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationFailTopupTaskArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationImportCardBatchArgs = {
  input: ImportCardBatchInput;
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  totpCode: InputMaybe<Scalars['String']['input']>;
};


export type MutationLogoutArgs = {
  everywhere?: Scalars['Boolean']['input'];
  refreshToken: InputMaybe<Scalars['String']['input']>;
};


export type MutationMarkNotificationsReadArgs = {
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationOpenTicketArgs = {
  input: OpenTicketInput;
};


export type MutationPassProbationArgs = {
  organizationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationPayWithdrawalArgs = {
  id: Scalars['ID']['input'];
  transferReference: Scalars['String']['input'];
};


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


export type MutationPostTicketMessageArgs = {
  input: PostTicketMessageInput;
};


export type MutationQuarantineBatchArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRateOrderArgs = {
  input: RateOrderInput;
};


export type MutationRecalculateTicketClocksArgs = {
  ticketId: Scalars['ID']['input'];
};


export type MutationReconcileDockConnectorArgs = {
  day: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRecordSampleResultArgs = {
  codeId: Scalars['ID']['input'];
  result: SampleResult;
};


export type MutationRecordSampleResultsArgs = {
  batchId: Scalars['ID']['input'];
  results: Array<SampleResultInput>;
};


export type MutationRecordSupplierPayoutArgs = {
  amount: Scalars['Money']['input'];
  organizationId: Scalars['ID']['input'];
  reference: Scalars['String']['input'];
};


export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegenerateRecoveryCodesArgs = {
  code: Scalars['String']['input'];
};


export type MutationRegisterOrganizationArgs = {
  input: RegisterOrganizationInput;
};


export type MutationRejectTopupRequestArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectWithdrawalArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveChatRobotArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReopenTicketArgs = {
  reason: Scalars['String']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationReplayWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReplyToRatingArgs = {
  body: Scalars['String']['input'];
  ratingId: Scalars['ID']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationRequestRatingRemovalArgs = {
  ratingId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRequestTopupArgs = {
  input: RequestTopupInput;
};


export type MutationRequestWithdrawalArgs = {
  input: RequestWithdrawalInput;
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationResolveTicketArgs = {
  input: ResolveTicketInput;
};


export type MutationRetryNoticeDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevealOrderCodesArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationRevealSampleCodeArgs = {
  codeId: Scalars['ID']['input'];
};


export type MutationRevealSampleCodesArgs = {
  batchId: Scalars['ID']['input'];
  page: InputMaybe<PageInput>;
};


export type MutationReviewDocumentArgs = {
  input: ReviewDocumentInput;
};


export type MutationReviewHeldOrderArgs = {
  decision: ReviewDecision;
  note: Scalars['String']['input'];
  orderId: Scalars['ID']['input'];
};


export type MutationReviewOfferArgs = {
  decision: ReviewDecision;
  id: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRunReconciliationArgs = {
  channelId: Scalars['ID']['input'];
  day: Scalars['String']['input'];
};


export type MutationSaveBankAccountArgs = {
  input: SaveBankAccountInput;
};


export type MutationSavePaymentChannelArgs = {
  input: SavePaymentChannelInput;
};


export type MutationSaveViewArgs = {
  input: SaveViewInput;
};


export type MutationScheduleUnifiedPriceArgs = {
  input: SchedulePriceInput;
};


export type MutationSetMyNoticePreferencesArgs = {
  changes: Array<NoticePreferenceInput>;
};


export type MutationSetOrganizationNoticeSettingsArgs = {
  defaults: InputMaybe<Array<NoticePreferenceInput>>;
  quietHours: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationSetSettlementPolicyArgs = {
  input: SetSettlementPolicyInput;
};


export type MutationSetSkuStatusArgs = {
  id: Scalars['ID']['input'];
  status: SkuStatus;
};


export type MutationSetTicketAutoRuleArgs = {
  input: TicketAutoRuleInput;
};


export type MutationSetUserDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSetUserRolesArgs = {
  roles: Array<Role>;
  userId: Scalars['ID']['input'];
};


export type MutationStartRequiredTwoFactorSetupArgs = {
  setupToken: Scalars['String']['input'];
};


export type MutationSubmitDocumentArgs = {
  input: SubmitDocumentInput;
};


export type MutationSyncDockConnectorArgs = {
  full?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationTestChatRobotArgs = {
  id: Scalars['ID']['input'];
};


export type MutationTestDockConnectorArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateChatRobotArgs = {
  id: Scalars['ID']['input'];
  input: UpdateChatRobotInput;
};


export type MutationUpdateDockConnectorArgs = {
  id: Scalars['ID']['input'];
  input: DockConnectorInput;
};


export type MutationUpdateOfferArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOfferInput;
};


export type MutationUpdateOrganizationProfileArgs = {
  input: UpdateOrganizationProfileInput;
};


export type MutationUpdateScoreWeightsArgs = {
  input: ScoreWeightsInput;
};


export type MutationUpdateSkuArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSkuInput;
};


export type MutationUpdateSlaCalendarArgs = {
  id: Scalars['ID']['input'];
  input: SlaCalendarInput;
};


export type MutationUpdateSlaPolicyArgs = {
  input: UpdateSlaPolicyInput;
};

export type NoticeChannel =
  | 'EMAIL'
  | 'IN_APP'
  | 'ROBOT';

/** One e-mail or robot message of a notice, as the alliance’s admin sees it */
export type NoticeDelivery = {
  __typename?: 'NoticeDelivery';
  attempts: Scalars['Int']['output'];
  channel: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: NotificationType;
  lastError: Maybe<Scalars['String']['output']>;
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  organizationId: Maybe<Scalars['ID']['output']>;
  /** The e-mail address, or the robot */
  recipient: Scalars['String']['output'];
  sentAt: Maybe<Scalars['DateTime']['output']>;
  status: NoticeDeliveryStatus;
};

export type NoticeDeliveryPage = {
  __typename?: 'NoticeDeliveryPage';
  items: Array<NoticeDelivery>;
  totalCount: Scalars['Int']['output'];
};

export type NoticeDeliveryStatus =
  | 'EXPIRED'
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

/** Whether a kind of notice reaches the inbox and e-mail; *Own: set here rather than inherited (from the organisation, or the default) */
export type NoticePreference = {
  __typename?: 'NoticePreference';
  email: Scalars['Boolean']['output'];
  emailOwn: Scalars['Boolean']['output'];
  inApp: Scalars['Boolean']['output'];
  inAppOwn: Scalars['Boolean']['output'];
  kind: NotificationType;
};

export type NoticePreferenceInput = {
  /** IN_APP or EMAIL (robots choose their kinds themselves) */
  channel: NoticeChannel;
  /** null returns to the inherited value */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  kind: NotificationType;
};

/** Rendered by the apps through i18n: notifications.<type> with params */
export type Notification = {
  __typename?: 'Notification';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  params: Scalars['JSON']['output'];
  readAt: Maybe<Scalars['DateTime']['output']>;
  type: NotificationType;
};

export type NotificationPage = {
  __typename?: 'NotificationPage';
  items: Array<Notification>;
  totalCount: Scalars['Int']['output'];
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

/** One supplier supplying one SKU (货源); seen by its supplier and alliance staff */
export type Offer = {
  __typename?: 'Offer';
  /** Direct top-ups: open tasks at most (null: no limit) */
  capacity: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  deliveryMode: DeliveryMode;
  faceValue: Scalars['Money']['output'];
  id: Scalars['ID']['output'];
  /** Settlement price under 85 % of face value: flagged for review */
  lowPriceFlag: Scalars['Boolean']['output'];
  lowStockThreshold: Scalars['Int']['output'];
  pauseReason: Maybe<OfferPauseReason>;
  /** The settlement-price change waiting for its effective time (the supplier may cancel it) */
  pendingPriceChange: Maybe<OfferPriceChange>;
  /** What can be done next, from the lifecycle table */
  possibleActions: Array<OfferAction>;
  /** Hours between scheduling a settlement-price change and its effect (the alliance setting); sooner needs a reason */
  priceNoticeHours: Scalars['Int']['output'];
  reviewNote: Maybe<Scalars['String']['output']>;
  reviewedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the supplier is paid per unit */
  settlementPrice: Scalars['Money']['output'];
  skuCode: Scalars['String']['output'];
  skuId: Scalars['ID']['output'];
  skuName: Scalars['String']['output'];
  status: OfferStatus;
  /** Card offers: sellable codes (0 for direct top-ups, which have no codes) */
  stockAvailable: Scalars['Int']['output'];
  supplier: OfferSupplier;
  unifiedPrice: Scalars['Money']['output'];
};

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

export type OfferPage = {
  __typename?: 'OfferPage';
  items: Array<Offer>;
  totalCount: Scalars['Int']['output'];
};

export type OfferPauseReason =
  | 'ADMIN'
  | 'AUTHORIZATION_EXPIRED'
  | 'SUPPLIER';

/** A settlement-price change of an offer: scheduled with notice, then applied or cancelled */
export type OfferPriceChange = {
  __typename?: 'OfferPriceChange';
  createdAt: Scalars['DateTime']['output'];
  effectiveAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  newPrice: Scalars['Money']['output'];
  /** Less than the alliance's notice: counts as unannounced in price stability */
  noticeShortened: Scalars['Boolean']['output'];
  oldPrice: Scalars['Money']['output'];
  /** Why the notice was shortened */
  reason: Maybe<Scalars['String']['output']>;
  status: PriceChangeStatus;
};

export type OfferStatus =
  | 'DELISTED'
  | 'LIVE'
  | 'PAUSED'
  | 'PENDING_REVIEW'
  | 'REJECTED';

/** An offer’s sellable stock; low when at or below its threshold (card offers) */
export type OfferStockLevel = {
  __typename?: 'OfferStockLevel';
  deliveryMode: DeliveryMode;
  lowStock: Scalars['Boolean']['output'];
  lowStockThreshold: Scalars['Int']['output'];
  offerId: Scalars['ID']['output'];
  skuCode: Scalars['String']['output'];
  skuId: Scalars['ID']['output'];
  skuName: Scalars['String']['output'];
  status: OfferStatus;
  stockAvailable: Scalars['Int']['output'];
};

export type OfferSupplier = {
  __typename?: 'OfferSupplier';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

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

export type Order = {
  __typename?: 'Order';
  /** Every offer routing tried (alliance staff; empty for others) */
  attempts: Array<OrderAttempt>;
  /** The merchant’s own order number: the idempotency key */
  clientOrderNo: Scalars['String']['output'];
  /** Only in the placeOrder answer that delivered them */
  codes: Maybe<Array<DeliveredCode>>;
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** Why it failed (an error code) */
  failureCode: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Milliseconds from placing to delivery: the server’s work for card codes, the supplier’s time for direct top-ups */
  latencyMs: Maybe<Scalars['Float']['output']>;
  memberId: Scalars['ID']['output'];
  placedAt: Scalars['DateTime']['output'];
  quantity: Scalars['Int']['output'];
  /** Whether the caller may still rate this order and until when, with both ratings as the caller may see them */
  rating: OrderRating;
  rechargeAccount: Maybe<Scalars['String']['output']>;
  skuId: Scalars['ID']['output'];
  status: OrderStatus;
  /** A direct top-up’s way through the suppliers’ queues (empty for card orders) */
  topupProgress: Array<OrderTopupProgress>;
  total: Scalars['Money']['output'];
  unitPrice: Scalars['Money']['output'];
};

/** One offer routing considered: where it stood, why, and what came of it */
export type OrderAttempt = {
  __typename?: 'OrderAttempt';
  at: Scalars['DateTime']['output'];
  offerId: Scalars['ID']['output'];
  outcome: AttemptOutcome;
  /** Its place in the routing order (1 first); empty when it could not sell at all */
  position: Maybe<Scalars['Int']['output']>;
  /** The routing rule and its inputs for this offer */
  reason: Maybe<Scalars['JSON']['output']>;
};

export type OrderPage = {
  __typename?: 'OrderPage';
  items: Array<Order>;
  totalCount: Scalars['Int']['output'];
  /** true: totalCount stopped at 1,000 and is a lower bound (the apps say “more than 1,000”); counting on would read the whole history */
  totalCountCapped: Maybe<Scalars['Boolean']['output']>;
};

/** Whether the caller may still rate an order, until when, and both sides’ ratings as the caller may see them */
export type OrderRating = {
  __typename?: 'OrderRating';
  canRate: Scalars['Boolean']['output'];
  mine: Maybe<Rating>;
  /** 30 days after delivery */
  rateUntil: Maybe<Scalars['DateTime']['output']>;
  /** Why not: NOT_DELIVERED, WINDOW_CLOSED, ALREADY_RATED, NOT_A_PARTY, OTHER_REVEALED */
  reason: Maybe<Scalars['String']['output']>;
  /** The side the caller rates from; null when it is not a party */
  side: Maybe<RatingSide>;
  theirs: Maybe<Rating>;
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

/** A supplier that delivered some of the caller’s orders */
export type OrderSupplier = {
  __typename?: 'OrderSupplier';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A direct top-up order in a supplier’s queue (one per source tried) */
export type OrderTopupProgress = {
  __typename?: 'OrderTopupProgress';
  claimedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  deadlineAt: Scalars['DateTime']['output'];
  failureReason: Maybe<Scalars['String']['output']>;
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** The operator’s reference, once done */
  reference: Maybe<Scalars['String']['output']>;
  status: TopupTaskStatus;
};

export type Organization = {
  __typename?: 'Organization';
  /** Alliance staff: wallet and hold (members) or payable (suppliers) */
  balances: OrganizationBalances;
  channelType: Maybe<ChannelType>;
  contactName: Scalars['String']['output'];
  contactPhone: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  /** Required documents not yet submitted (pending or approved, unexpired) */
  missingDocuments: Array<DocumentType>;
  name: Scalars['String']['output'];
  /** Alliance staff: a supplier’s listed offers and their stock (empty for members) */
  offerStock: Array<OfferStockLevel>;
  /** Lifecycle actions possible from the current status */
  possibleActions: Array<OrganizationAction>;
  /** Members: the legal representative’s ID is approved and unexpired */
  realNameVerified: Scalars['Boolean']['output'];
  /** Alliance staff: a member’s latest orders (empty for suppliers) */
  recentOrders: Array<Order>;
  /** Alliance staff: a supplier’s latest order lines (empty for members) */
  recentSales: Array<Sale>;
  status: OrganizationStatus;
  /** Why the last lifecycle decision was taken */
  statusReason: Maybe<Scalars['String']['output']>;
  /** Required documents not yet approved and unexpired: approving the organisation waits for these (pending ones need their review first) */
  unapprovedDocuments: Array<DocumentType>;
  /** 统一社会信用代码 */
  unifiedSocialCreditCode: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Alliance staff: the organisation’s users and their last sign-in */
  users: Array<TeamMember>;
};


export type OrganizationRecentOrdersArgs = {
  limit: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationRecentSalesArgs = {
  limit: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationAction =
  | 'APPROVE'
  | 'ELIMINATE'
  | 'PASS_PROBATION'
  | 'REINSTATE'
  | 'REJECT'
  | 'SUBMIT'
  | 'SUSPEND'
  | 'TERMINATE';

/** A member’s wallet and hold, or what the alliance owes a supplier */
export type OrganizationBalances = {
  __typename?: 'OrganizationBalances';
  hold: Scalars['Money']['output'];
  payable: Scalars['Money']['output'];
  wallet: Scalars['Money']['output'];
};

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

export type OrganizationNoticeSettings = {
  __typename?: 'OrganizationNoticeSettings';
  /** What the organisation’s people hear unless they choose otherwise */
  defaults: Array<NoticePreference>;
  /** E-mail and robots hold ordinary notices and warnings outside the business calendar (breaches still go out at once) */
  quietHours: Scalars['Boolean']['output'];
};

export type OrganizationPage = {
  __typename?: 'OrganizationPage';
  items: Array<Organization>;
  totalCount: Scalars['Int']['output'];
};

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

export type PasswordResetLink = {
  __typename?: 'PasswordResetLink';
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
};

/** What a supplier is owed and may withdraw now */
export type PayableSummary = {
  __typename?: 'PayableSummary';
  available: Scalars['Money']['output'];
  /** The payable account’s balance */
  balance: Scalars['Money']['output'];
  cycle: SettlementCycle;
  /** Requested and not yet paid or rejected */
  pending: Scalars['Money']['output'];
  /** Money booked before this instant is settled */
  settledBefore: Scalars['DateTime']['output'];
  supplierId: Scalars['ID']['output'];
  /** Booked since settledBefore: not withdrawable yet */
  unsettled: Scalars['Money']['output'];
  withdrawalFeeFixed: Scalars['Money']['output'];
  withdrawalFeeRateBp: Scalars['Int']['output'];
};

/** A payment through an online channel: an order of its own */
export type Payment = {
  __typename?: 'Payment';
  amount: Scalars['Money']['output'];
  channelId: Scalars['ID']['output'];
  channelKind: PaymentChannelKind;
  channelName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  failure: Maybe<Scalars['String']['output']>;
  /** The channel’s fee, borne by the alliance */
  fee: Scalars['Money']['output'];
  id: Scalars['ID']['output'];
  /** Paid by a notify that came after the payment had expired */
  late: Scalars['Boolean']['output'];
  memberId: Scalars['ID']['output'];
  /** The notifies received for it and what became of each */
  notifies: Array<PaymentNotify>;
  /** Our order number at the channel (out_trade_no) */
  outTradeNo: Scalars['String']['output'];
  paidAt: Maybe<Scalars['DateTime']['output']>;
  /** A gateway page to open */
  payUrl: Maybe<Scalars['String']['output']>;
  /** What to show as a QR code */
  qrCode: Maybe<Scalars['String']['output']>;
  status: PaymentStatus;
  /** The channel’s trade number */
  tradeNo: Maybe<Scalars['String']['output']>;
};

/** An online payment channel’s settings (alliance staff); its keys are never shown, only which are set */
export type PaymentChannel = {
  __typename?: 'PaymentChannel';
  enabled: Scalars['Boolean']['output'];
  feeFixed: Scalars['Money']['output'];
  /** Fee rate in basis points (60 = 0.60 %) */
  feeRateBp: Scalars['Int']['output'];
  gatewayUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: PaymentChannelKind;
  /** 易支付 pid, Alipay app_id, WeChat Pay mchid */
  merchantId: Scalars['String']['output'];
  mode: PaymentMode;
  name: Scalars['String']['output'];
  /** Where the gateway must send notifies */
  notifyUrl: Scalars['String']['output'];
  /** Names of the keys set (EPAY: key | merchantPrivateKey, platformPublicKey; ALIPAY: appPrivateKey, alipayPublicKey; WECHAT_PAY: merchantPrivateKey, platformPublicKey, apiV3Key) */
  secretsSet: Array<Scalars['String']['output']>;
  /** Non-secret settings: EPAY {version, payType}, ALIPAY {sellerId}, WECHAT_PAY {appid, merchantSerial, platformKeyId} */
  settings: Scalars['JSON']['output'];
  updatedAt: Scalars['DateTime']['output'];
  windowMinutes: Scalars['Int']['output'];
};

export type PaymentChannelKind =
  | 'ALIPAY'
  | 'EPAY'
  | 'WECHAT_PAY';

/** An online channel a member may pay through */
export type PaymentChannelOption = {
  __typename?: 'PaymentChannelOption';
  id: Scalars['ID']['output'];
  kind: PaymentChannelKind;
  mode: PaymentMode;
  name: Scalars['String']['output'];
  windowMinutes: Scalars['Int']['output'];
};

export type PaymentFilterInput = {
  /** Only payments credited by a late notify */
  late?: InputMaybe<Scalars['Boolean']['input']>;
  memberId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<PaymentStatus>;
};

export type PaymentMode =
  | 'PAGE'
  | 'QR';

/** A notify the api received for a payment and what became of it */
export type PaymentNotify = {
  __typename?: 'PaymentNotify';
  amount: Maybe<Scalars['Money']['output']>;
  id: Scalars['ID']['output'];
  outcome: NotifyOutcome;
  receivedAt: Scalars['DateTime']['output'];
  tradeNo: Maybe<Scalars['String']['output']>;
};

export type PaymentPage = {
  __typename?: 'PaymentPage';
  items: Array<Payment>;
  totalCount: Scalars['Int']['output'];
};

export type PaymentStatus =
  | 'CREATED'
  | 'EXPIRED'
  | 'FAILED'
  | 'PAID';

/** Every payable line behind a withdrawal: opening + movements − carriedForward = withdrawn; withdrawn − fee = net */
export type PayoutStatement = {
  __typename?: 'PayoutStatement';
  available: Scalars['Money']['output'];
  carriedForward: Scalars['Money']['output'];
  fee: Scalars['Money']['output'];
  lines: Array<LedgerEntry>;
  movements: Scalars['Money']['output'];
  net: Scalars['Money']['output'];
  opening: Scalars['Money']['output'];
  periodEnd: Scalars['DateTime']['output'];
  periodStart: Maybe<Scalars['DateTime']['output']>;
  totalsByType: Array<PayoutTypeTotal>;
  withdrawal: Withdrawal;
  withdrawn: Scalars['Money']['output'];
};

export type PayoutTypeTotal = {
  __typename?: 'PayoutTypeTotal';
  count: Scalars['Int']['output'];
  total: Scalars['Money']['output'];
  type: LedgerTransactionType;
};

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

export type PriceChange = {
  __typename?: 'PriceChange';
  appliedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  effectiveAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  newPrice: Scalars['Money']['output'];
  /** Scheduled with less than the standard notice, by an admin, with a reason */
  noticeShortened: Scalars['Boolean']['output'];
  oldPrice: Scalars['Money']['output'];
  reason: Scalars['String']['output'];
  skuId: Scalars['ID']['output'];
  status: PriceChangeStatus;
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

export type ProbationMeasureResult = {
  __typename?: 'ProbationMeasureResult';
  measure: ProbationMeasure;
  passing: Scalars['Boolean']['output'];
  threshold: Scalars['Float']['output'];
  /** FULFILMENT_SUCCESS: rate 0–1; FIRST_RESPONSE: slowest seconds; PRICE_MOVEMENT: largest 7-day move in basis points */
  value: Maybe<Scalars['Float']['output']>;
};

export type ProbationStatus =
  | 'FLAGGED'
  | 'PASSED'
  | 'WATCHING';

/** A probation supplier’s first orders against the bar (试单) */
export type ProbationWatch = {
  __typename?: 'ProbationWatch';
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  decisionReason: Maybe<Scalars['String']['output']>;
  failing: Array<ProbationMeasure>;
  measures: Array<ProbationMeasureResult>;
  /** Orders watched so far (n of target) */
  orders: Scalars['Int']['output'];
  organizationId: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  startedAt: Scalars['DateTime']['output'];
  status: ProbationStatus;
  target: Scalars['Int']['output'];
};

/** One link of the audit chain about the code (or batch): its content’s facts and its hashes */
export type ProvenanceEvent = {
  __typename?: 'ProvenanceEvent';
  /** SHA-256(prevHash ‖ canonical JSON of this event) */
  hash: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  payload: Scalars['JSON']['output'];
  /** SHA-256 of the previous link, as this one stores it */
  prevHash: Scalars['String']['output'];
  seq: Scalars['Int']['output'];
  subjectId: Maybe<Scalars['String']['output']>;
  subjectType: Maybe<Scalars['String']['output']>;
  type: Scalars['String']['output'];
  /** Who acted, committed: SHA-256(salt ‖ actor and organisation), part of what is hashed; null for events chained before commitments (their actor is hashed in the clear) */
  who: Maybe<Scalars['String']['output']>;
};

export type ProvenanceTicket = {
  __typename?: 'ProvenanceTicket';
  category: TicketCategory;
  id: Scalars['ID']['output'];
  number: Scalars['String']['output'];
  openedAt: Scalars['DateTime']['output'];
  status: TicketStatus;
};

/** The slice of the chain recomputed: each hash from its content and its link to the event before it */
export type ProvenanceVerification = {
  __typename?: 'ProvenanceVerification';
  checked: Scalars['Int']['output'];
  firstBrokenSeq: Maybe<Scalars['Int']['output']>;
  ok: Scalars['Boolean']['output'];
};

export type QualificationDocument = {
  __typename?: 'QualificationDocument';
  brand: Maybe<Brand>;
  createdAt: Scalars['DateTime']['output'];
  /** Days from today to validTo; negative once past */
  expiresInDays: Scalars['Int']['output'];
  file: StoredFile;
  id: Scalars['ID']['output'];
  issuer: Scalars['String']['output'];
  number: Scalars['String']['output'];
  organizationId: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  /** Registered capital stated on a business licence (fen) */
  registeredCapital: Maybe<Scalars['Money']['output']>;
  replacesId: Maybe<Scalars['ID']['output']>;
  reviewNote: Maybe<Scalars['String']['output']>;
  reviewedAt: Maybe<Scalars['DateTime']['output']>;
  reviewerEmail: Maybe<Scalars['String']['output']>;
  status: DocumentStatus;
  /** A newer submission of the same document replaced this one */
  superseded: Scalars['Boolean']['output'];
  type: DocumentType;
  /** YYYY-MM-DD */
  validFrom: Scalars['String']['output'];
  /** YYYY-MM-DD, valid through that day (Asia/Shanghai) */
  validTo: Scalars['String']['output'];
  verificationMethod: Maybe<VerificationMethod>;
};

export type Query = {
  __typename?: 'Query';
  /** The alliance’s dashboard for a range of days, with the change against the same days whole weeks earlier */
  adminDashboard: AdminDashboard;
  /** Every alliance setting: meaning (by key), value in force, default, who changed it when, history */
  allianceSettings: Array<AllianceSetting>;
  apiKeys: Array<ApiKey>;
  /** Evaluation appeals, newest first */
  appeals: EvaluationAppealPage;
  /** Alliance staff only: the signed checkpoints, newest first */
  auditCheckpoints: AuditCheckpointPage;
  /** Alliance staff only: newest first */
  auditEvents: AuditEventPage;
  /** The alliance’s Ed25519 public key that signs the audit log’s checkpoints (published: pin it) */
  auditLogKey: AuditLogKey;
  /** The alliance’s receiving accounts (members: the active ones) */
  bankAccounts: Array<BankAccount>;
  /** The life of the supplier’s own batch: import, samples, codes by status, sales, tickets, its chain events */
  batchProvenance: BatchProvenance;
  brands: Array<Brand>;
  cardBatch: CardBatch;
  /** The supplier’s batches, or all for alliance staff; quarantined ones oldest first */
  cardBatches: CardBatchPage;
  /** The alliance catalog at unified prices */
  catalog: SkuPage;
  /** The organisation’s work-chat group robots */
  chatRobots: Array<ChatRobot>;
  /** A bought code’s life from the audit chain (supplier, batch, import, sample, sale, delivery, tickets), for its buyer. Another member’s code: NOT_FOUND */
  codeProvenance: CodeProvenance;
  /** The code’s slice of the chain to check without trusting the server (format mengyuan-provenance/1): its events, the newest signed checkpoint and each event’s Merkle inclusion proof; with knownSize (a checkpoint you kept) the proof it is a prefix of this one. Check it with the alliance’s auditLogKey in the portal or with `mengyuan-verify` */
  codeProvenanceBundle: Scalars['JSON']['output'];
  /** Newest first; kept 30 days */
  dockCalls: DockCallPage;
  dockConnectors: Array<DockConnector>;
  /** A connector’s measured health over the last `days` days (1–30, default 1) */
  dockHealth: DockHealth;
  dockedGoods: Array<DockedGoods>;
  /** The caller’s organisation’s documents, or any organisation’s for alliance staff */
  documents: Array<QualificationDocument>;
  /** A run with every frozen score and its candidates. Errors: NOT_FOUND */
  evaluationRun: EvaluationRun;
  /** Quarterly evaluation runs, newest first */
  evaluationRuns: EvaluationRunPage;
  /** An invitation by its token, before accepting. Errors: NOT_FOUND (unknown, used or withdrawn), INVITATION_EXPIRED */
  invitation: InvitationPreview;
  /** The organisation’s invitations, newest first (at most 200) */
  invitations: Array<Invitation>;
  /** The newest signed checkpoint of the audit log, for anyone signed in to check against and keep */
  latestAuditCheckpoint: Maybe<AuditCheckpoint>;
  /** From the last signed balance checkpoint onward (that checkpoint checked first): every transaction since sums to zero and every wallet’s balance is the checkpoint’s plus what moved since. full: every entry from the first, and every checkpoint replayed against the entries it covers */
  ledgerCheck: LedgerCheck;
  /** Ledger entries of the caller’s accounts (alliance staff: all), newest first */
  ledgerEntries: LedgerEntryPage;
  me: User;
  /** The calling member’s dashboard for a range of days, with week-on-week change */
  memberDashboard: MemberDashboard;
  /** Members scored from supplier ratings and dispute history, best first */
  memberScorecards: MemberScorecardPage;
  /** The monthly statement (对账单) of the caller’s organisation, or of any member or supplier for alliance staff (organizationId). month: YYYY-MM */
  monthlyStatement: MonthlyStatement;
  /** The latest evaluation candidacy of the caller (null when never named), with evidence rows to cite */
  myEvaluationCandidacy: Maybe<EvaluationCandidate>;
  /** Where the caller hears each kind of notice (inbox, e-mail) */
  myNoticePreferences: Array<NoticePreference>;
  /** The caller’s own scorecard with evidence and trend */
  myScorecard: SupplierScorecard;
  /** The caller’s signed-in sessions, most recently active first */
  mySessions: Array<UserSession>;
  /** E-mail and robot messages, newest first (status FAILED: what could not be delivered) */
  noticeDeliveries: NoticeDeliveryPage;
  /** The signed-in person’s inbox, newest first */
  notifications: NotificationPage;
  offer: Offer;
  /** The supplier’s own offers, or all for alliance staff (the review queue: status PENDING_REVIEW) */
  offers: OfferPage;
  order: Order;
  /** Both ratings of an order, for its member, its supplier and alliance staff */
  orderRatings: Array<Rating>;
  /** The suppliers that delivered the member’s orders (alliance staff: every supplier with a sale), by name: the choices of the orders search’s supplierId */
  orderSuppliers: Array<OrderSupplier>;
  /** The member’s orders, or all for alliance staff; newest first. `search` finds them by number, SKU, supplier, status and days */
  orders: OrderPage;
  /** Own organisation, or any for alliance staff; any API key may read its own */
  organization: Organization;
  /** The organisation’s quiet hours and the defaults its people hear (owners, the alliance’s admin) */
  organizationNoticeSettings: OrganizationNoticeSettings;
  /** Alliance staff only */
  organizations: OrganizationPage;
  /** A reset link before it is used. Errors: RESET_LINK_INVALID (unknown, used or expired) */
  passwordResetLink: PasswordResetLink;
  /** What a supplier is owed and may withdraw (its own; alliance staff name the supplier) */
  payableSummary: PayableSummary;
  payment: Payment;
  /** The online channels a member may pay through */
  paymentChannelOptions: Array<PaymentChannelOption>;
  /** Every channel’s settings (never its keys) */
  paymentChannels: Array<PaymentChannel>;
  /** Online payments: a member’s own; alliance staff all */
  payments: PaymentPage;
  /** Every payable line behind a withdrawal, summing to it to the fen */
  payoutStatement: PayoutStatement;
  /** Probation suppliers: flagged ones first, then those being watched, with progress (n/20) and each measure */
  probationWatchList: Array<ProbationWatch>;
  rating: Rating;
  /** Removal requests (pending: oldest first) */
  ratingRemovalRequests: RatingRemovalRequestPage;
  /** Averages per dimension and count of the ratings an organisation received that count. A member’s: for suppliers and the alliance; one’s own: for itself */
  ratingSummary: RatingSummary;
  /** Ratings the caller’s organisation gave, newest first */
  ratingsGiven: RatingPage;
  /** Ratings the caller’s organisation received, newest first (alliance staff: all, or one organisation’s) */
  ratingsReceived: RatingPage;
  /** Reconciliation runs, newest day first */
  reconciliationRuns: ReconciliationRunPage;
  reviewQueue: ReviewQueue;
  /** The risk queue (风控), newest first */
  riskEvents: RiskEventPage;
  /** Every offer routing considered for an order, in the order tried, with the score inputs of the decision. Errors: NOT_FOUND */
  routingDecisions: Array<RoutingDecision>;
  /** The whole ranking routing made for an order at its moment: every candidate offer with its score, probation cap, weight, position and why; and the offers that could not sell (null: never routed). Errors: NOT_FOUND */
  routingRanking: Maybe<RoutingRanking>;
  /** How routing orders candidates now (alliance settings: changed in the console) */
  routingSettings: RoutingSettings;
  /** The supplier’s delivered order lines, newest first; `search` finds them by order number, SKU, status and days */
  sales: SalePage;
  sampleCodes: Array<SampleCode>;
  /** The caller’s saved views of a list and those its teammates shared */
  savedViews: Array<SavedView>;
  scoreWeights: ScoreWeights;
  /** One supplier’s (or member’s) scorecard with dimensions, evidence and trend. Errors: NOT_FOUND */
  scorecard: SupplierScorecard;
  /** The settlement cycle and withdrawal fee: a supplier’s own, or the alliance’s default (no supplierId) */
  settlementPolicy: SettlementPolicy;
  /** The member’s active API keys as shop dock credentials (keys without ORDERS_WRITE can list goods but not buy) */
  shopDockCredentials: Array<ShopDockCredential>;
  sku: Sku;
  /** SLA breaches, newest first: all for alliance staff, a supplier’s own otherwise */
  slaBreaches: SlaBreachPage;
  /** Working calendars: 7×24, or business hours with holidays and make-up working days (调休) */
  slaCalendars: Array<SlaCalendar>;
  /** What importing the State Council’s holidays (the chinese-days data package; a year it does not have yet gets the statutory days, provisional) would change in a business-hours calendar: review it, then apply. years: default this year and next */
  slaHolidayImportPreview: HolidayImportPreview;
  /** The targets in force per tier (the highest version of each) */
  slaPolicies: Array<SlaPolicy>;
  /** Every version of a tier’s targets, newest first */
  slaPolicyHistory: Array<SlaPolicy>;
  /** The calling supplier’s dashboard for a range of days, with week-on-week change */
  supplierDashboard: SupplierDashboard;
  /** An eliminated supplier’s holdback (the caller’s own; alliance staff: any supplier’s, organizationId); null when it has none */
  supplierHoldback: Maybe<SupplierHoldback>;
  /** Supplier scorecards ranked by total. Alliance staff: every supplier with evidence. Members: suppliers with a live offer, values only (no private evidence). */
  supplierScorecards: SupplierScorecardPage;
  /** The users of the caller’s organisation, with their last sign-in */
  teamMembers: Array<TeamMember>;
  /** Active SKUs with fewer than 2 live offers (the backup-source rule) */
  thinlySourcedSkus: Array<Sku>;
  ticket: Ticket;
  /** The supplier’s auto-resolution rules */
  ticketAutoRules: Array<TicketAutoRule>;
  /** Tickets the caller may see: a member’s own, a supplier’s (its tiers), all for alliance staff */
  tickets: TicketPage;
  /** The caller’s to-do list (待办): work to do, the nearest deadline first, each with where it is done */
  todos: Array<Todo>;
  /** Top-up requests: a member’s own; alliance staff all (PENDING: the queue, oldest first) */
  topupRequests: TopupRequestPage;
  /** Open tasks first, by deadline */
  topupTasks: TopupTaskPage;
  twoFactorStatus: TwoFactorStatus;
  unreadNotificationCount: Scalars['Int']['output'];
  /** Alliance staff only: walks the chain from the last signed checkpoint onward (that checkpoint checked first), or whole with every checkpoint (full) */
  verifyAuditChain: AuditChainVerification;
  /** Recomputes the batch’s slice of the hash chain */
  verifyBatchProvenance: ProvenanceVerification;
  /** Recomputes the code’s slice of the hash chain: ok, or the first event that does not hold */
  verifyProvenance: ProvenanceVerification;
  /** A member’s wallet, or a supplier’s payable (what the alliance owes it). API keys need the WALLET_READ scope */
  wallet: Wallet;
  /** Newest first */
  webhookDeliveries: WebhookDeliveryPage;
  webhookEndpoints: Array<WebhookEndpoint>;
  /** Withdrawals: a supplier’s own; alliance staff all (REQUESTED: the queue, oldest first) */
  withdrawals: WithdrawalPage;
};


export type QueryAdminDashboardArgs = {
  range: InputMaybe<DashboardRangeInput>;
};


export type QueryAppealsArgs = {
  filter: InputMaybe<AppealFilterInput>;
  page: InputMaybe<PageInput>;
};


export type QueryAuditCheckpointsArgs = {
  page: InputMaybe<PageInput>;
};


export type QueryAuditEventsArgs = {
  filter: InputMaybe<AuditEventFilter>;
  page: InputMaybe<PageInput>;
};


export type QueryBatchProvenanceArgs = {
  batchId: Scalars['ID']['input'];
};


export type QueryCardBatchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCardBatchesArgs = {
  offerId: InputMaybe<Scalars['ID']['input']>;
  page: InputMaybe<PageInput>;
  status: InputMaybe<BatchStatus>;
};


export type QueryCatalogArgs = {
  filter: InputMaybe<CatalogFilter>;
  page: InputMaybe<PageInput>;
};


export type QueryCodeProvenanceArgs = {
  codeId: Scalars['ID']['input'];
};


export type QueryCodeProvenanceBundleArgs = {
  codeId: Scalars['ID']['input'];
  knownSize: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDockCallsArgs = {
  connectorId: Scalars['ID']['input'];
  page: InputMaybe<PageInput>;
};


export type QueryDockHealthArgs = {
  connectorId: Scalars['ID']['input'];
  days?: Scalars['Int']['input'];
};


export type QueryDockedGoodsArgs = {
  connectorId: Scalars['ID']['input'];
};


export type QueryDocumentsArgs = {
  includeSuperseded?: Scalars['Boolean']['input'];
  organizationId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryEvaluationRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEvaluationRunsArgs = {
  page: InputMaybe<PageInput>;
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryLedgerCheckArgs = {
  full?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryLedgerEntriesArgs = {
  page: InputMaybe<PageInput>;
  search: InputMaybe<LedgerSearchInput>;
};


export type QueryMemberDashboardArgs = {
  range: InputMaybe<DashboardRangeInput>;
};


export type QueryMemberScorecardsArgs = {
  page: InputMaybe<PageInput>;
  search: InputMaybe<Scalars['String']['input']>;
};


export type QueryMonthlyStatementArgs = {
  month: Scalars['String']['input'];
  organizationId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNoticeDeliveriesArgs = {
  page: InputMaybe<PageInput>;
  status: InputMaybe<NoticeDeliveryStatus>;
};


export type QueryNotificationsArgs = {
  page: InputMaybe<PageInput>;
  unreadOnly?: Scalars['Boolean']['input'];
};


export type QueryOfferArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOffersArgs = {
  filter: InputMaybe<OfferFilter>;
  page: InputMaybe<PageInput>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrderRatingsArgs = {
  orderId: Scalars['ID']['input'];
};


export type QueryOrdersArgs = {
  memberId: InputMaybe<Scalars['ID']['input']>;
  page: InputMaybe<PageInput>;
  search: InputMaybe<OrderSearchInput>;
  status: InputMaybe<OrderStatus>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  filter: InputMaybe<OrganizationFilter>;
  page: InputMaybe<PageInput>;
};


export type QueryPasswordResetLinkArgs = {
  token: Scalars['String']['input'];
};


export type QueryPayableSummaryArgs = {
  supplierId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPaymentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPaymentsArgs = {
  filter: InputMaybe<PaymentFilterInput>;
  page: InputMaybe<PageInput>;
};


export type QueryPayoutStatementArgs = {
  withdrawalId: Scalars['ID']['input'];
};


export type QueryProbationWatchListArgs = {
  includePassed?: Scalars['Boolean']['input'];
};


export type QueryRatingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRatingRemovalRequestsArgs = {
  filter: InputMaybe<RatingRemovalFilterInput>;
  page: InputMaybe<PageInput>;
};


export type QueryRatingSummaryArgs = {
  organizationId: Scalars['ID']['input'];
};


export type QueryRatingsGivenArgs = {
  filter: InputMaybe<RatingFilterInput>;
  page: InputMaybe<PageInput>;
};


export type QueryRatingsReceivedArgs = {
  filter: InputMaybe<RatingFilterInput>;
  page: InputMaybe<PageInput>;
};


export type QueryReconciliationRunsArgs = {
  filter: InputMaybe<ReconciliationFilterInput>;
  page: InputMaybe<PageInput>;
};


export type QueryRiskEventsArgs = {
  page: InputMaybe<PageInput>;
  status: InputMaybe<RiskEventStatus>;
};


export type QueryRoutingDecisionsArgs = {
  orderId: Scalars['ID']['input'];
};


export type QueryRoutingRankingArgs = {
  orderId: Scalars['ID']['input'];
};


export type QuerySalesArgs = {
  page: InputMaybe<PageInput>;
  search: InputMaybe<SaleSearchInput>;
};


export type QuerySampleCodesArgs = {
  batchId: Scalars['ID']['input'];
};


export type QuerySavedViewsArgs = {
  listKey: Scalars['String']['input'];
};


export type QueryScorecardArgs = {
  organizationId: Scalars['ID']['input'];
};


export type QuerySettlementPolicyArgs = {
  supplierId: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySkuArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySlaBreachesArgs = {
  filter: InputMaybe<SlaBreachFilterInput>;
  page: InputMaybe<PageInput>;
};


export type QuerySlaHolidayImportPreviewArgs = {
  calendarId: Scalars['ID']['input'];
  years: InputMaybe<Array<Scalars['Int']['input']>>;
};


export type QuerySlaPolicyHistoryArgs = {
  tier: TicketTier;
};


export type QuerySupplierDashboardArgs = {
  range: InputMaybe<DashboardRangeInput>;
};


export type QuerySupplierHoldbackArgs = {
  organizationId: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySupplierScorecardsArgs = {
  filter: InputMaybe<ScorecardFilterInput>;
  page: InputMaybe<PageInput>;
};


export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketsArgs = {
  filter: InputMaybe<TicketFilterInput>;
  page: InputMaybe<PageInput>;
  sort?: TicketSort;
};


export type QueryTopupRequestsArgs = {
  filter: InputMaybe<TopupRequestFilterInput>;
  page: InputMaybe<PageInput>;
};


export type QueryTopupTasksArgs = {
  page: InputMaybe<PageInput>;
  status: InputMaybe<TopupTaskStatus>;
};


export type QueryVerifyAuditChainArgs = {
  full?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryVerifyBatchProvenanceArgs = {
  batchId: Scalars['ID']['input'];
};


export type QueryVerifyProvenanceArgs = {
  codeId: Scalars['ID']['input'];
};


export type QueryWalletArgs = {
  page: InputMaybe<PageInput>;
};


export type QueryWebhookDeliveriesArgs = {
  endpointId: InputMaybe<Scalars['ID']['input']>;
  page: InputMaybe<PageInput>;
};


export type QueryWithdrawalsArgs = {
  filter: InputMaybe<WithdrawalFilterInput>;
  page: InputMaybe<PageInput>;
};

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

/** A share between 0 and 1; empty when nothing was counted */
export type RateFigure = {
  __typename?: 'RateFigure';
  /** value − previous, in percentage points */
  changePoints: Maybe<Scalars['Float']['output']>;
  denominator: Scalars['Int']['output'];
  numerator: Scalars['Int']['output'];
  previous: Maybe<Scalars['Float']['output']>;
  value: Maybe<Scalars['Float']['output']>;
};

export type RateOrderInput = {
  /** At most 500 characters */
  comment?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
  scores: RatingScoresInput;
};

/** One side’s rating of an order (互评). Scores and comment are null for whoever may not see them yet (sealed: only the rater) */
export type Rating = {
  __typename?: 'Rating';
  /** The caller is the rated side and has not replied yet */
  canReply: Scalars['Boolean']['output'];
  /** The caller is the rated side and no removal request is waiting */
  canRequestRemoval: Scalars['Boolean']['output'];
  /** The member’s order number */
  clientOrderNo: Scalars['String']['output'];
  comment: Maybe<Scalars['String']['output']>;
  /** Whether the caller sees the scores and comment */
  contentVisible: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Why it does not count: MEMBER_CAUSED_REFUND, RULING_AGAINST_RATER */
  excludedReason: Maybe<Scalars['String']['output']>;
  hiddenAt: Maybe<Scalars['DateTime']['output']>;
  /** The alliance’s note on the removal */
  hiddenNote: Maybe<Scalars['String']['output']>;
  /** REMOVED_ABUSIVE once the alliance removed it */
  hiddenReason: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  orderId: Scalars['ID']['output'];
  ratedId: Scalars['ID']['output'];
  ratedName: Scalars['String']['output'];
  raterId: Scalars['ID']['output'];
  raterName: Scalars['String']['output'];
  /** A removal request waits for the alliance */
  removalPending: Scalars['Boolean']['output'];
  repliedAt: Maybe<Scalars['DateTime']['output']>;
  reply: Maybe<Scalars['String']['output']>;
  /** Filed within 48 h after an L3 ruling against the rater: possible retaliation */
  retaliationFlag: Scalars['Boolean']['output'];
  revealedAt: Maybe<Scalars['DateTime']['output']>;
  /** When it reveals by itself (14 days after the order’s first rating) unless the other side rates first */
  revealsAt: Scalars['DateTime']['output'];
  scores: Maybe<RatingScores>;
  side: RatingSide;
  skuName: Scalars['String']['output'];
  status: RatingStatus;
};

export type RatingFilterInput = {
  /** Alliance staff: the organisation rated */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<RatingStatus>;
};

export type RatingPage = {
  __typename?: 'RatingPage';
  items: Array<Rating>;
  totalCount: Scalars['Int']['output'];
};

export type RatingRemovalFilterInput = {
  status?: InputMaybe<RatingRemovalStatus>;
};

export type RatingRemovalRequest = {
  __typename?: 'RatingRemovalRequest';
  createdAt: Scalars['DateTime']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  decisionNote: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  rating: Rating;
  ratingId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  requestedByOrganizationId: Scalars['ID']['output'];
  status: RatingRemovalStatus;
};

export type RatingRemovalRequestPage = {
  __typename?: 'RatingRemovalRequestPage';
  items: Array<RatingRemovalRequest>;
  totalCount: Scalars['Int']['output'];
};

export type RatingRemovalStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** 1–5 per dimension; a side scores only its own dimensions (member→supplier: authenticity, afterSales, speed, overall; supplier→member: conduct, fairness, overall) */
export type RatingScores = {
  __typename?: 'RatingScores';
  afterSales: Maybe<Scalars['Int']['output']>;
  authenticity: Maybe<Scalars['Int']['output']>;
  conduct: Maybe<Scalars['Int']['output']>;
  fairness: Maybe<Scalars['Int']['output']>;
  overall: Maybe<Scalars['Int']['output']>;
  speed: Maybe<Scalars['Int']['output']>;
};

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

/** Ratings an organisation received that count (revealed, not removed, not excluded) */
export type RatingSummary = {
  __typename?: 'RatingSummary';
  afterSales: Maybe<Scalars['Float']['output']>;
  authenticity: Maybe<Scalars['Float']['output']>;
  conduct: Maybe<Scalars['Float']['output']>;
  count: Scalars['Int']['output'];
  /** Revealed but excluded (contradicted by facts) */
  excludedCount: Scalars['Int']['output'];
  fairness: Maybe<Scalars['Float']['output']>;
  organizationId: Scalars['ID']['output'];
  overall: Maybe<Scalars['Float']['output']>;
  speed: Maybe<Scalars['Float']['output']>;
};

export type ReconciliationFilterInput = {
  channelId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  day?: InputMaybe<Scalars['String']['input']>;
  withDifferences?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ReconciliationLine = {
  __typename?: 'ReconciliationLine';
  channelAmount: Maybe<Scalars['Money']['output']>;
  channelFee: Maybe<Scalars['Money']['output']>;
  id: Scalars['ID']['output'];
  ledgerAmount: Maybe<Scalars['Money']['output']>;
  ledgerFee: Maybe<Scalars['Money']['output']>;
  outTradeNo: Maybe<Scalars['String']['output']>;
  paymentId: Maybe<Scalars['ID']['output']>;
  status: ReconciliationStatus;
  tradeNo: Maybe<Scalars['String']['output']>;
};

export type ReconciliationLinePage = {
  __typename?: 'ReconciliationLinePage';
  items: Array<ReconciliationLine>;
  totalCount: Scalars['Int']['output'];
};

/** One channel’s statement of one day compared with the ledger */
export type ReconciliationRun = {
  __typename?: 'ReconciliationRun';
  channelId: Scalars['ID']['output'];
  channelKind: Scalars['String']['output'];
  channelName: Scalars['String']['output'];
  channelTotal: Scalars['Money']['output'];
  /** YYYY-MM-DD, Asia/Shanghai */
  day: Scalars['String']['output'];
  differences: Scalars['Int']['output'];
  error: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  ledgerTotal: Scalars['Money']['output'];
  lines: ReconciliationLinePage;
  matched: Scalars['Int']['output'];
  ranAt: Scalars['DateTime']['output'];
  /** OK, DIFFERENCES or FAILED (the statement could not be read) */
  status: Scalars['String']['output'];
};


/** One channel’s statement of one day compared with the ledger */
export type ReconciliationRunLinesArgs = {
  page: InputMaybe<PageInput>;
  status: InputMaybe<ReconciliationStatus>;
};

export type ReconciliationRunPage = {
  __typename?: 'ReconciliationRunPage';
  items: Array<ReconciliationRun>;
  totalCount: Scalars['Int']['output'];
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

/** A code the ticket names, as the supplier and the alliance need to recognise it (never the whole secret) */
export type ReportedCode = {
  __typename?: 'ReportedCode';
  cardNumber: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The secret’s last 4 characters */
  secretTail: Maybe<Scalars['String']['output']>;
  /** SOLD, or REPLACED / VOIDED after a resolution */
  status: CodeStatus;
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

export type RevealedCode = {
  __typename?: 'RevealedCode';
  cardNumber: Maybe<Scalars['String']['output']>;
  secret: Maybe<Scalars['String']['output']>;
};

/** A sampled code in plaintext, for an auditor checking it against the brand’s system */
export type RevealedSample = {
  __typename?: 'RevealedSample';
  cardNumber: Maybe<Scalars['String']['output']>;
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Already recorded result, if any */
  result: Maybe<SampleResult>;
  secret: Maybe<Scalars['String']['output']>;
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

/** What waits for the alliance, oldest first */
export type ReviewQueue = {
  __typename?: 'ReviewQueue';
  documents: Array<QualificationDocument>;
  organizations: Array<Organization>;
};

export type RiskEvent = {
  __typename?: 'RiskEvent';
  createdAt: Scalars['DateTime']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  decisionNote: Maybe<Scalars['String']['output']>;
  details: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  organizationId: Maybe<Scalars['ID']['output']>;
  status: RiskEventStatus;
  subjectId: Scalars['String']['output'];
  subjectType: Scalars['String']['output'];
  type: RiskEventType;
};

export type RiskEventPage = {
  __typename?: 'RiskEventPage';
  items: Array<RiskEvent>;
  totalCount: Scalars['Int']['output'];
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

/** One offer routing considered for an order, and why (score inputs included) */
export type RoutingDecision = {
  __typename?: 'RoutingDecision';
  at: Scalars['DateTime']['output'];
  fulfilmentRate: Maybe<Scalars['Float']['output']>;
  offerId: Scalars['ID']['output'];
  /** SERVED, SOLD_OUT, FAILED, UNAVAILABLE, … */
  outcome: Scalars['String']['output'];
  /** 1 was tried first; null when it could not serve at all */
  position: Maybe<Scalars['Int']['output']>;
  /** Every input of the decision as recorded */
  reason: Maybe<Scalars['JSON']['output']>;
  /** The rule that ordered the candidates */
  rule: Maybe<Scalars['String']['output']>;
  /** The supplier’s score routing used */
  score: Maybe<Scalars['Float']['output']>;
  supplierId: Maybe<Scalars['ID']['output']>;
  supplierName: Maybe<Scalars['String']['output']>;
};

/** The whole ranking routing made for an order at its moment (issue 18 §6) */
export type RoutingRanking = {
  __typename?: 'RoutingRanking';
  /** The order’s moment (when it was placed) */
  at: Scalars['DateTime']['output'];
  entries: Array<RoutingRankingEntry>;
  orderId: Scalars['ID']['output'];
  rule: RoutingRule;
  /** When the scores were read from the scorecards (null: none yet) */
  scoresAsOf: Maybe<Scalars['DateTime']['output']>;
};

/** One offer of an order’s routing ranking as recorded at the order’s moment */
export type RoutingRankingEntry = {
  __typename?: 'RoutingRankingEntry';
  /** Moved behind every regular supplier by the probation cap this time */
  capped: Scalars['Boolean']['output'];
  fulfilmentRate: Maybe<Scalars['Float']['output']>;
  offerId: Scalars['ID']['output'];
  offerStatus: Maybe<OfferStatus>;
  /** The outcome of its attempt (null: not tried, an earlier one served) */
  outcome: Maybe<Scalars['String']['output']>;
  /** 1 was tried first; null when it could not sell at all */
  position: Maybe<Scalars['Int']['output']>;
  probation: Scalars['Boolean']['output'];
  /** Probation: the share of orders it may be tried first for */
  probationShare: Maybe<Scalars['Float']['output']>;
  /** The score routing ranked it by: the scorecard’s total when read (scoresAsOf), or the alliance mean when unscored */
  score: Maybe<Scalars['Float']['output']>;
  /** False: no scorecard then, the alliance mean stood in */
  scored: Maybe<Scalars['Boolean']['output']>;
  supplierId: Scalars['ID']['output'];
  supplierName: Maybe<Scalars['String']['output']>;
  supplierStatus: OrganizationStatus;
  /** WEIGHTED: the chance it had of its place */
  weight: Maybe<Scalars['Float']['output']>;
  /** Why it stood here, against the one before it */
  why: RankingReason;
};

export type RoutingRule =
  | 'STRICT'
  | 'WEIGHTED';

/** How routing orders candidates (config: ROUTING_RULE, ROUTING_SCORE_EXPONENT, ROUTING_SCORE_FLOOR, ROUTING_PROBATION_SHARE) */
export type RoutingSettings = {
  __typename?: 'RoutingSettings';
  exponent: Scalars['Float']['output'];
  floor: Scalars['Float']['output'];
  probationShare: Scalars['Float']['output'];
  rule: RoutingRule;
};

export type RulingAgainst =
  | 'MEMBER'
  | 'SUPPLIER';

/** One order line a supplier delivered */
export type Sale = {
  __typename?: 'Sale';
  /** The member’s order number: how people name the order */
  clientOrderNo: Scalars['String']['output'];
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  orderId: Scalars['ID']['output'];
  placedAt: Scalars['DateTime']['output'];
  quantity: Scalars['Int']['output'];
  /** Whether the supplier may still rate the member of this order and until when, with both ratings as it may see them */
  rating: OrderRating;
  skuCode: Scalars['String']['output'];
  skuId: Scalars['ID']['output'];
  skuName: Scalars['String']['output'];
  status: OrderStatus;
  /** Settlement per unit: what the supplier is paid */
  unitSettlement: Scalars['Money']['output'];
};

export type SalePage = {
  __typename?: 'SalePage';
  items: Array<Sale>;
  totalCount: Scalars['Int']['output'];
  /** true: totalCount stopped at 1,000 and is a lower bound (the apps say “more than 1,000”); counting on would read the whole history */
  totalCountCapped: Maybe<Scalars['Boolean']['output']>;
};

/** Find a supplier’s sales (its order lines) */
export type SaleSearchInput = {
  from?: InputMaybe<Scalars['String']['input']>;
  /** The order number, or at least its first 4 characters */
  orderNo?: InputMaybe<Scalars['String']['input']>;
  skuId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<OrderStatus>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** A sampled code of a quarantined batch; its plaintext only through revealSampleCode */
export type SampleCode = {
  __typename?: 'SampleCode';
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  result: Maybe<SampleResult>;
  status: CodeStatus;
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

/** A named set of a list’s filters and sort: the caller’s own, or shared by a teammate */
export type SavedView = {
  __typename?: 'SavedView';
  id: Scalars['ID']['output'];
  listKey: Scalars['String']['output'];
  /** The caller saved it (and may change or delete it) */
  mine: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Seen by everyone of the organisation */
  shared: Scalars['Boolean']['output'];
  /** The list’s URL parameters as the app saved them */
  state: Scalars['JSON']['output'];
  updatedAt: Scalars['DateTime']['output'];
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

/** A dimension from its versioned formula: numerator/denominator, normalised, and shrunk toward the alliance mean */
export type ScoreDimensionValue = {
  __typename?: 'ScoreDimensionValue';
  /** All observations (null when private) */
  denominator: Maybe<Scalars['Float']['output']>;
  dimension: ScoreDimension;
  /** Empty when private */
  evidence: Array<ScoreEvidence>;
  /** The formula that made it, e.g. authenticity.clean-deliveries */
  formulaId: Scalars['String']['output'];
  formulaVersion: Scalars['Int']['output'];
  /** 100·numerator/denominator; null with no observations or when private */
  normalised: Maybe<Scalars['Float']['output']>;
  /** Good observations (null for members viewing a supplier: private) */
  numerator: Maybe<Scalars['Float']['output']>;
  /** The alliance mean C it is shrunk toward */
  prior: Scalars['Float']['output'];
  /** m: how many observations the prior is worth */
  priorWeight: Scalars['Float']['output'];
  /** The value the total uses, 0–100: (den·normalised + m·C)/(den + m) */
  value: Scalars['Float']['output'];
};

/** One counted fact behind a dimension. Rows of an evaluation run have an id an appeal can cite. */
export type ScoreEvidence = {
  __typename?: 'ScoreEvidence';
  dimension: ScoreDimension;
  /** Evaluation runs only */
  id: Maybe<Scalars['ID']['output']>;
  /** What was counted: DELIVERED_ORDERS, UPHELD_INVALID_CODE_TICKETS, SLA_FIRST_RESPONSE_MET, … */
  measure: Scalars['String']['output'];
  /** -1 where a rate or mean has nothing to be computed from */
  value: Scalars['Float']['output'];
};

export type ScoreTrendDimension = {
  __typename?: 'ScoreTrendDimension';
  dimension: ScoreDimension;
  value: Scalars['Float']['output'];
};

/** One snapshot of a scorecard (daily recompute or a quarterly run) */
export type ScoreTrendPoint = {
  __typename?: 'ScoreTrendPoint';
  at: Scalars['DateTime']['output'];
  /** YYYY-MM-DD, Asia/Shanghai */
  day: Scalars['String']['output'];
  dimensions: Array<ScoreTrendDimension>;
  /** Set when the snapshot was frozen by an evaluation run */
  evaluationRunId: Maybe<Scalars['ID']['output']>;
  total: Scalars['Float']['output'];
};

/** Percent weights of the five dimensions; whole numbers adding up to 100 (default 20 each) */
export type ScoreWeights = {
  __typename?: 'ScoreWeights';
  afterSales: Scalars['Int']['output'];
  authenticity: Scalars['Int']['output'];
  compliance: Scalars['Int']['output'];
  priceStability: Scalars['Int']['output'];
  reputation: Scalars['Int']['output'];
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

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

export type SettlementPolicy = {
  __typename?: 'SettlementPolicy';
  cycle: SettlementCycle;
  /** False when the alliance’s default applies */
  own: Scalars['Boolean']['output'];
  withdrawalFeeFixed: Scalars['Money']['output'];
  withdrawalFeeRateBp: Scalars['Int']['output'];
};

/** How a member’s own shop software (dujiao-next, acg-faka) docks to the alliance as its upstream with one of the member’s API keys (docs/downstream-protocols.md) */
export type ShopDockCredential = {
  __typename?: 'ShopDockCredential';
  /** acg-faka: the shared store’s domain (it appends /shared/...) */
  acgDomain: Scalars['String']['output'];
  apiKeyId: Scalars['ID']['output'];
  /** dujiao-next: the upstream site URL (it appends /api/v1/upstream) */
  dujiaoBaseUrl: Scalars['String']['output'];
  /** The key’s public id `mk_<prefix>`: dujiao-next’s API Key, acg-faka’s app_id */
  keyId: Scalars['String']['output'];
  name: Scalars['String']['output'];
  scopes: Array<Scalars['String']['output']>;
  /** The signing secret (dujiao-next’s API Secret, acg-faka’s app_key): derived from the key, revoked with it */
  secret: Scalars['String']['output'];
};

/** An active SKU with fewer than 2 live offers */
export type SingleSourceSku = {
  __typename?: 'SingleSourceSku';
  code: Scalars['String']['output'];
  liveOffers: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  skuId: Scalars['ID']['output'];
};

/** An alliance standard product, at its unified price */
export type Sku = {
  __typename?: 'Sku';
  brand: Brand;
  category: Category;
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveryMode: DeliveryMode;
  /** 面值 */
  faceValue: Scalars['Money']['output'];
  id: Scalars['ID']['output'];
  /** Live offers (sources) for this SKU */
  liveOfferCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** When the first of them applies */
  nextSourcePriceChangeAt: Maybe<Scalars['DateTime']['output']>;
  /** Scheduled, applied and cancelled changes, newest first */
  priceHistory: Array<PriceChange>;
  /** Unified price movement over the last 7 days, in basis points */
  priceMovement7dBp: Scalars['Int']['output'];
  /** Moved more than ±5 % in 7 days */
  priceMovementFlagged: Scalars['Boolean']['output'];
  /** Settlement-price changes announced by this SKU's suppliers, not yet applied (which supplier and what price are not shown) */
  sourcePriceChangesScheduled: Scalars['Int']['output'];
  status: SkuStatus;
  /** Sellable codes across live offers */
  stockAvailable: Scalars['Int']['output'];
  stockState: StockState;
  /** 统一供货价: what members pay */
  unifiedPrice: Scalars['Money']['output'];
};

export type SkuPage = {
  __typename?: 'SkuPage';
  items: Array<Sku>;
  totalCount: Scalars['Int']['output'];
};

/** A SKU among the best sellers of the range (热销) */
export type SkuRanking = {
  __typename?: 'SkuRanking';
  code: Scalars['String']['output'];
  gmv: Scalars['Money']['output'];
  name: Scalars['String']['output'];
  orders: Scalars['Int']['output'];
  quantity: Scalars['Int']['output'];
  skuId: Scalars['ID']['output'];
};

export type SkuStatus =
  | 'ACTIVE'
  | 'DELISTED';

/** SLA clocks that stopped in the range (ticket answered or resolved): the share within target, by metric, all tiers */
export type SlaAttainment = {
  __typename?: 'SlaAttainment';
  /** First responses within target */
  firstResponse: RateFigure;
  /** Resolutions within target */
  resolution: RateFigure;
};

export type SlaBreach = {
  __typename?: 'SlaBreach';
  breachedAt: Scalars['DateTime']['output'];
  category: TicketCategory;
  clockId: Scalars['ID']['output'];
  dueAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  level: TicketTier;
  metric: SlaMetric;
  supplierId: Scalars['ID']['output'];
  supplierName: Scalars['String']['output'];
  ticketId: Scalars['ID']['output'];
  ticketNumber: Scalars['String']['output'];
};

export type SlaBreachFilterInput = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  level?: InputMaybe<TicketTier>;
  /** Alliance staff only (a supplier sees its own) */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  ticketId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type SlaBreachPage = {
  __typename?: 'SlaBreachPage';
  items: Array<SlaBreach>;
  totalCount: Scalars['Int']['output'];
};

export type SlaCalendar = {
  __typename?: 'SlaCalendar';
  /** HH:mm */
  closes: Scalars['String']['output'];
  coverage: CalendarCoverage;
  exceptions: Array<CalendarException>;
  /** null: holidays entered by hand */
  holidaySource: Maybe<HolidaySource>;
  id: Scalars['ID']['output'];
  kind: CalendarKind;
  name: Scalars['String']['output'];
  /** HH:mm */
  opens: Scalars['String']['output'];
  timezone: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** ISO weekdays: 1 Monday … 7 Sunday */
  workdays: Array<Scalars['Int']['output']>;
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

/** One SLA clock of a ticket: a countdown to dueAt while RUNNING (shown paused while PAUSED) */
export type SlaClock = {
  __typename?: 'SlaClock';
  breachedAt: Maybe<Scalars['DateTime']['output']>;
  calendarId: Scalars['ID']['output'];
  calendarVersion: Scalars['Int']['output'];
  cycle: Scalars['Int']['output'];
  /** When a running clock reaches its target; null while paused or stopped */
  dueAt: Maybe<Scalars['DateTime']['output']>;
  /** Business seconds counted so far (as of the answer) */
  elapsedSeconds: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Whose clock: L1/L2 the supplier, L3 the alliance */
  level: TicketTier;
  /** Stopped within the target */
  met: Maybe<Scalars['Boolean']['output']>;
  metric: SlaMetric;
  paused: Scalars['Boolean']['output'];
  policyVersion: Scalars['Int']['output'];
  /** Business seconds left (negative once past the target) */
  remainingSeconds: Scalars['Int']['output'];
  runningSince: Maybe<Scalars['DateTime']['output']>;
  startedAt: Scalars['DateTime']['output'];
  state: SlaClockState;
  stoppedAt: Maybe<Scalars['DateTime']['output']>;
  targetSeconds: Scalars['Int']['output'];
  warnedAt: Maybe<Scalars['DateTime']['output']>;
};

export type SlaClockState =
  | 'PAUSED'
  | 'RUNNING'
  | 'STOPPED';

export type SlaMetric =
  | 'FIRST_RESPONSE'
  | 'RESOLUTION';

/** Targets of a tier; every edit is a new version (running clocks keep theirs) */
export type SlaPolicy = {
  __typename?: 'SlaPolicy';
  calendarId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  firstResponseSeconds: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  resolutionSeconds: Scalars['Int']['output'];
  tier: TicketTier;
  version: Scalars['Int']['output'];
};

/** One account over the month: opening + Σ movements = closing, to the fen */
export type StatementAccount = {
  __typename?: 'StatementAccount';
  closingBalance: Scalars['Money']['output'];
  kind: LedgerAccountKind;
  lineCount: Scalars['Int']['output'];
  /** The month’s movements, oldest first */
  lines: Array<LedgerEntry>;
  /** closing − opening: the sum of the month’s movements */
  netMovement: Scalars['Money']['output'];
  openingBalance: Scalars['Money']['output'];
  totalsByType: Array<StatementTypeTotal>;
};


/** One account over the month: opening + Σ movements = closing, to the fen */
export type StatementAccountLinesArgs = {
  page: InputMaybe<PageInput>;
};

export type StatementLine = {
  __typename?: 'StatementLine';
  /** Positive adds to the balance */
  amount: Scalars['Money']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Why the transaction was posted, when its type alone does not say: a HOLD with 'direct top-up in progress' reserves a direct top-up, a HOLD without one a risk-held order */
  memo: Maybe<Scalars['String']['output']>;
  orderId: Maybe<Scalars['ID']['output']>;
  reference: Maybe<Scalars['String']['output']>;
  transactionId: Scalars['ID']['output'];
  type: LedgerTransactionType;
};

export type StatementTypeTotal = {
  __typename?: 'StatementTypeTotal';
  count: Scalars['Int']['output'];
  total: Scalars['Money']['output'];
  type: LedgerTransactionType;
};

export type StockState =
  | 'IN_STOCK'
  | 'LOW'
  | 'OUT_OF_STOCK';

export type StoredFile = {
  __typename?: 'StoredFile';
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  originalName: Scalars['String']['output'];
  sha256: Scalars['String']['output'];
  size: Scalars['Int']['output'];
  /** GET with the same credentials (Authorization or X-Api-Key) */
  url: Scalars['String']['output'];
};

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

export type Subscription = {
  __typename?: 'Subscription';
  /** The signed-in person’s new notifications (the bell) */
  notificationReceived: Notification;
  /** An order’s status as it changes (delivered, refunded …): the member’s own, any for alliance staff */
  orderUpdated: Order;
  /** New messages of a ticket’s thread the subscriber may read (internal notes only for their side and the alliance) */
  ticketMessageAdded: TicketMessage;
  /** A ticket as it changes (status, clocks, breach, resolution, new message), as the subscriber may see it. With ticketId: that ticket, and with `since` (a version) its current state first when newer. Without: every ticket the subscriber sees (the queue), with `changedSince` the ones changed since then first */
  ticketUpdated: Ticket;
};


export type SubscriptionOrderUpdatedArgs = {
  orderId: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionTicketMessageAddedArgs = {
  ticketId: Scalars['ID']['input'];
};


export type SubscriptionTicketUpdatedArgs = {
  changedSince: InputMaybe<Scalars['DateTime']['input']>;
  since: InputMaybe<Scalars['Int']['input']>;
  ticketId: InputMaybe<Scalars['ID']['input']>;
};

/** A supplier’s sales, fulfilment, stock and top-up queue */
export type SupplierDashboard = {
  __typename?: 'SupplierDashboard';
  /** Card orders: the server’s time from order to codes */
  cardLatency: LatencyFigure;
  /** One point a day of the range, for trend charts */
  daily: Array<DailyFigures>;
  /** Delivered ÷ (delivered + direct top-ups it failed or let expire) */
  fulfilmentSuccess: RateFigure;
  /** Best sellers by value (热销) */
  hotSkus: Array<SkuRanking>;
  /** Orders this supplier delivered */
  orders: CountFigure;
  range: DashboardRange;
  /** Members’ price of what this supplier delivered */
  sales: MoneyFigure;
  /** What the alliance owes for it (settlement prices) */
  settlement: MoneyFigure;
  /** Listed offers and their stock, lowest first (now) */
  stock: Array<OfferStockLevel>;
  /** Direct top-ups: from order to the supplier’s completion */
  topupLatency: LatencyFigure;
  /** Open direct top-up tasks (now) */
  topupQueue: TopupQueueSummary;
};


/** A supplier’s sales, fulfilment, stock and top-up queue */
export type SupplierDashboardHotSkusArgs = {
  limit: InputMaybe<Scalars['Int']['input']>;
};

/** An eliminated supplier’s reserve for its complaint window: upheld complaints are charged to it, the rest is released when the window closes */
export type SupplierHoldback = {
  __typename?: 'SupplierHoldback';
  /** Charged to it for complaints upheld since */
  charged: Scalars['Money']['output'];
  /** Held back from the payable at elimination */
  held: Scalars['Money']['output'];
  heldAt: Scalars['DateTime']['output'];
  /** Still held: held − charged − released */
  left: Scalars['Money']['output'];
  organizationId: Scalars['ID']['output'];
  /** The refund rate (basis points, last 90 days) that sized it */
  refundRateBp: Scalars['Int']['output'];
  /** When the complaint window closes */
  releaseAt: Scalars['DateTime']['output'];
  /** Paid out when the window closed (null: not yet) */
  released: Maybe<Scalars['Money']['output']>;
  releasedAt: Maybe<Scalars['DateTime']['output']>;
};

/** A supplier’s five-dimension scorecard (五维评估) */
export type SupplierScorecard = {
  __typename?: 'SupplierScorecard';
  /** Null until the first recompute */
  computedAt: Maybe<Scalars['DateTime']['output']>;
  dimensions: Array<ScoreDimensionValue>;
  /** Delivered over delivered plus supplier failures (90 days); routing’s tie-break */
  fulfilmentRate: Maybe<Scalars['Float']['output']>;
  organizationId: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  organizationStatus: OrganizationStatus;
  /** Position among suppliers by total (1 is best) */
  rank: Maybe<Scalars['Int']['output']>;
  /** How many suppliers are ranked: rank is "of" this many */
  rankOf: Maybe<Scalars['Int']['output']>;
  /** Weighted total 0–100 */
  total: Scalars['Float']['output'];
  /** Score history, oldest first */
  trend: Array<ScoreTrendPoint>;
  weights: ScoreWeights;
  /** First Shanghai day (YYYY-MM-DD) the live scorecard reads: a rolling 90 days up to the day it was computed */
  windowFrom: Maybe<Scalars['String']['output']>;
  /** Last Shanghai day (YYYY-MM-DD) it reads (the day it was computed) */
  windowTo: Maybe<Scalars['String']['output']>;
};


/** A supplier’s five-dimension scorecard (五维评估) */
export type SupplierScorecardTrendArgs = {
  days?: Scalars['Int']['input'];
};

export type SupplierScorecardPage = {
  __typename?: 'SupplierScorecardPage';
  items: Array<SupplierScorecard>;
  totalCount: Scalars['Int']['output'];
};

/** A supplier’s share of the delivered orders routing gave out */
export type SupplierShare = {
  __typename?: 'SupplierShare';
  gmv: Scalars['Money']['output'];
  name: Scalars['String']['output'];
  orders: Scalars['Int']['output'];
  share: Scalars['Float']['output'];
  supplierId: Scalars['ID']['output'];
};

/** A user of the organisation as its owner manages it */
export type TeamMember = {
  __typename?: 'TeamMember';
  createdAt: Scalars['DateTime']['output'];
  disabled: Scalars['Boolean']['output'];
  disabledAt: Maybe<Scalars['DateTime']['output']>;
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The last successful sign-in */
  lastSignInAt: Maybe<Scalars['DateTime']['output']>;
  roles: Array<Role>;
};

/** An after-sales ticket (售后工单) on an order line */
export type Ticket = {
  __typename?: 'Ticket';
  /** What the caller may do now (from the lifecycle table) */
  allowedActions: Array<TicketAction>;
  /** A clock of the current cycle has breached */
  breached: Scalars['Boolean']['output'];
  category: TicketCategory;
  clientOrderNo: Scalars['String']['output'];
  /** The current cycle’s clocks */
  clocks: Array<SlaClock>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** The codes concerned */
  codeIds: Array<Scalars['ID']['output']>;
  /** 1, and one more per reopen */
  cycle: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  escalatedAt: Maybe<Scalars['DateTime']['output']>;
  firstRespondedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Who has it now (L3 once escalated) */
  level: TicketTier;
  memberId: Scalars['ID']['output'];
  memberName: Scalars['String']['output'];
  /** The thread, oldest first (internal notes only for their author’s side and the alliance) */
  messages: TicketMessagePage;
  /** The soonest due instant of a running clock: the queue’s urgency */
  nextDueAt: Maybe<Scalars['DateTime']['output']>;
  /** TK000123 */
  number: Scalars['String']['output'];
  openedAt: Scalars['DateTime']['output'];
  orderId: Scalars['ID']['output'];
  orderLineId: Scalars['ID']['output'];
  /** Units on the order line */
  quantity: Scalars['Int']['output'];
  /** A resolved ticket may be reopened until then */
  reopenableUntil: Maybe<Scalars['DateTime']['output']>;
  reopenedAt: Maybe<Scalars['DateTime']['output']>;
  /** The codes the member reported (card number and the secret’s last 4), in the order named */
  reportedCodes: Array<ReportedCode>;
  /** The latest resolution */
  resolution: Maybe<TicketResolution>;
  /** Every resolution, every cycle */
  resolutions: Array<TicketResolution>;
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  skuCode: Scalars['String']['output'];
  skuId: Scalars['ID']['output'];
  skuName: Scalars['String']['output'];
  status: TicketStatus;
  supplierId: Scalars['ID']['output'];
  supplierName: Scalars['String']['output'];
  /** The supplier tier the category sets */
  tier: TicketTier;
  /** What the member paid per unit of the line: a refund gives back at most unitPrice × quantity */
  unitPrice: Scalars['Money']['output'];
  /** The supplier’s settlement per unit, what a refund charges back to it pro rata (suppliers and the alliance; null for members) */
  unitSettlement: Maybe<Scalars['Money']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Moves with every change: live updates carry it, subscriptions resume from it */
  version: Scalars['Int']['output'];
};


/** An after-sales ticket (售后工单) on an order line */
export type TicketMessagesArgs = {
  page: InputMaybe<PageInput>;
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

export type TicketAttachment = {
  __typename?: 'TicketAttachment';
  fileId: Scalars['ID']['output'];
  /** GET with the caller’s credentials */
  url: Scalars['String']['output'];
};

export type TicketAuthorKind =
  | 'ALLIANCE'
  | 'MEMBER'
  | 'SUPPLIER'
  | 'SYSTEM';

export type TicketAutoRule = {
  __typename?: 'TicketAutoRule';
  category: TicketCategory;
  dailyLimit: Scalars['Int']['output'];
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  resolution: ResolutionKind;
  updatedAt: Scalars['DateTime']['output'];
};

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

export type TicketMessage = {
  __typename?: 'TicketMessage';
  attachments: Array<TicketAttachment>;
  authorKind: TicketAuthorKind;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** An internal note: never shown to the member */
  internal: Scalars['Boolean']['output'];
  /** The author is the caller’s own organisation */
  mine: Scalars['Boolean']['output'];
  ticketId: Scalars['ID']['output'];
};

export type TicketMessagePage = {
  __typename?: 'TicketMessagePage';
  items: Array<TicketMessage>;
  totalCount: Scalars['Int']['output'];
};

export type TicketPage = {
  __typename?: 'TicketPage';
  items: Array<Ticket>;
  totalCount: Scalars['Int']['output'];
};

export type TicketResolution = {
  __typename?: 'TicketResolution';
  /** An L3 ruling: the side it went against */
  against: Maybe<RulingAgainst>;
  /** Fen to the member (REFUND, COMPENSATION) */
  amount: Scalars['Money']['output'];
  /** Made by the supplier’s auto-resolution rule */
  auto: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  cycle: Scalars['Int']['output'];
  fault: Fault;
  /** REISSUE: the replacement came from a backup offer */
  fromBackupOffer: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: ResolutionKind;
  reason: Maybe<Scalars['String']['output']>;
  replacedCodeIds: Array<Scalars['ID']['output']>;
  /** REISSUE: the new codes (the member reveals them with revealOrderCodes) */
  replacementCodeIds: Array<Scalars['ID']['output']>;
  /** The complaint held */
  upheld: Scalars['Boolean']['output'];
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

/** A count for one service tier (L1 客服, L2 技术, L3 联盟仲裁), with the period compared with */
export type TierCount = {
  __typename?: 'TierCount';
  count: Scalars['Int']['output'];
  previous: Scalars['Int']['output'];
  tier: TicketTier;
};

/** A piece of work (待办) with where it is done; rendered through i18n todos.<kind> with params */
export type Todo = {
  __typename?: 'Todo';
  dueAt: Maybe<Scalars['DateTime']['output']>;
  kind: TodoKind;
  /** A path of the viewer’s app where it is done */
  link: Scalars['String']['output'];
  params: Scalars['JSON']['output'];
  severity: TodoSeverity;
  subjectId: Scalars['ID']['output'];
};

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

export type TopupQueueSummary = {
  __typename?: 'TopupQueueSummary';
  claimed: Scalars['Int']['output'];
  /** The open task due first */
  nearestDeadlineAt: Maybe<Scalars['DateTime']['output']>;
  queued: Scalars['Int']['output'];
};

/** A member’s top-up by bank transfer, confirmed or rejected by alliance finance */
export type TopupRequest = {
  __typename?: 'TopupRequest';
  amount: Scalars['Money']['output'];
  bankAccountId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** Other requests with the same transfer reference */
  duplicateCount: Scalars['Int']['output'];
  /** Set when an earlier request used the same transfer reference */
  duplicateOfId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  ledgerTransactionId: Maybe<Scalars['ID']['output']>;
  memberId: Scalars['ID']['output'];
  memberName: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** TU000123 on screens */
  number: Scalars['String']['output'];
  /** The receipt (GET /files/{id}) */
  receiptFileId: Maybe<Scalars['ID']['output']>;
  rejectReason: Maybe<Scalars['String']['output']>;
  status: TopupRequestStatus;
  transferReference: Scalars['String']['output'];
};

export type TopupRequestFilterInput = {
  /** Only requests whose transfer reference was used before */
  duplicatesOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Alliance staff: one member */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<TopupRequestStatus>;
};

export type TopupRequestPage = {
  __typename?: 'TopupRequestPage';
  items: Array<TopupRequest>;
  totalCount: Scalars['Int']['output'];
};

export type TopupRequestStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'PENDING'
  | 'REJECTED';

/** A direct top-up (直充) waiting in the supplier’s queue */
export type TopupTask = {
  __typename?: 'TopupTask';
  claimedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** After it the task fails over to the next source */
  deadlineAt: Scalars['DateTime']['output'];
  failureReason: Maybe<Scalars['String']['output']>;
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  offerId: Scalars['ID']['output'];
  orderId: Scalars['ID']['output'];
  possibleActions: Array<TopupAction>;
  quantity: Scalars['Int']['output'];
  rechargeAccount: Scalars['String']['output'];
  reference: Maybe<Scalars['String']['output']>;
  /** Moves by claim/complete/fail (and EXPIRED at the deadline); possibleActions lists what can be done now */
  status: TopupTaskStatus;
};

export type TopupTaskPage = {
  __typename?: 'TopupTaskPage';
  items: Array<TopupTask>;
  totalCount: Scalars['Int']['output'];
};

export type TopupTaskStatus =
  | 'CLAIMED'
  | 'COMPLETED'
  | 'EXPIRED'
  | 'FAILED'
  | 'QUEUED';

/** Two-step sign-in set up at sign-in: the recovery codes (shown once) and the session */
export type TwoFactorEnrolment = {
  __typename?: 'TwoFactorEnrolment';
  recoveryCodes: Array<Scalars['String']['output']>;
  session: AuthPayload;
};

/** A new TOTP secret: show otpauthUri as a QR code (or the secret to type in), then confirm with a first code */
export type TwoFactorSetup = {
  __typename?: 'TwoFactorSetup';
  otpauthUri: Scalars['String']['output'];
  secret: Scalars['String']['output'];
};

export type TwoFactorStatus = {
  __typename?: 'TwoFactorStatus';
  enabled: Scalars['Boolean']['output'];
  enabledAt: Maybe<Scalars['DateTime']['output']>;
  recoveryCodesLeft: Scalars['Int']['output'];
  /** This person may not turn it off (alliance staff) */
  required: Scalars['Boolean']['output'];
};

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

export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Where this person’s work is: the page the apps open after sign-in */
  landing: Landing;
  organization: Organization;
  roles: Array<Role>;
  /** Two-step sign-in (TOTP) is on */
  twoFactorEnabled: Scalars['Boolean']['output'];
};

/** One signed-in session (a device or browser), as its owner sees it */
export type UserSession = {
  __typename?: 'UserSession';
  /** The session making this request */
  current: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  ip: Maybe<Scalars['String']['output']>;
  /** Last sign-in or token refresh */
  lastActiveAt: Scalars['DateTime']['output'];
  startedAt: Scalars['DateTime']['output'];
  userAgent: Maybe<Scalars['String']['output']>;
};

export type VerificationMethod =
  | 'NECIPS_LOOKUP'
  | 'OFFICIAL_HOTLINE'
  | 'OFFICIAL_SITE'
  | 'OTHER';

/** A member’s prepaid wallet, or a supplier’s payable */
export type Wallet = {
  __typename?: 'Wallet';
  balance: Scalars['Money']['output'];
  statement: Array<StatementLine>;
  statementCount: Scalars['Int']['output'];
};

export type WalletBalances = {
  __typename?: 'WalletBalances';
  /** Reserved: orders held for review and top-ups in progress */
  hold: Scalars['Money']['output'];
  /** What the member can spend */
  wallet: Scalars['Money']['output'];
};

export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  attemptedAt: Scalars['DateTime']['output'];
  durationMs: Scalars['Int']['output'];
  error: Maybe<Scalars['String']['output']>;
  statusCode: Maybe<Scalars['Int']['output']>;
};

export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attemptLog: Array<WebhookAttempt>;
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  endpointId: Scalars['ID']['output'];
  eventType: Scalars['String']['output'];
  /** The webhook-id header */
  id: Scalars['ID']['output'];
  lastError: Maybe<Scalars['String']['output']>;
  lastStatusCode: Maybe<Scalars['Int']['output']>;
  payload: Scalars['JSON']['output'];
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryPage = {
  __typename?: 'WebhookDeliveryPage';
  items: Array<WebhookDelivery>;
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  events: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  url: Scalars['String']['output'];
};

/** A supplier’s withdrawal of its payable, paid by alliance finance */
export type Withdrawal = {
  __typename?: 'Withdrawal';
  /** Taken from the payable */
  amount: Scalars['Money']['output'];
  createdAt: Scalars['DateTime']['output'];
  cycle: SettlementCycle;
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  fee: Scalars['Money']['output'];
  id: Scalars['ID']['output'];
  /** Transferred: amount − fee */
  net: Scalars['Money']['output'];
  /** WD000123 on screens */
  number: Scalars['String']['output'];
  payeeAccountName: Scalars['String']['output'];
  payeeAccountNo: Scalars['String']['output'];
  payeeBank: Scalars['String']['output'];
  rejectReason: Maybe<Scalars['String']['output']>;
  settledBefore: Scalars['DateTime']['output'];
  status: WithdrawalStatus;
  supplierId: Scalars['ID']['output'];
  supplierName: Scalars['String']['output'];
  transferReference: Maybe<Scalars['String']['output']>;
};

export type WithdrawalFilterInput = {
  status?: InputMaybe<WithdrawalStatus>;
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};

export type WithdrawalPage = {
  __typename?: 'WithdrawalPage';
  items: Array<Withdrawal>;
  totalCount: Scalars['Int']['output'];
};

export type WithdrawalStatus =
  | 'CANCELLED'
  | 'PAID'
  | 'REJECTED'
  | 'REQUESTED';

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type PasswordResetLinkQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type PasswordResetLinkQuery = { __typename?: 'Query', passwordResetLink: { __typename?: 'PasswordResetLink', email: string, expiresAt: string } };

export type ResetPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: boolean };

export type TwoFactorSetupFieldsFragment = { __typename?: 'TwoFactorSetup', secret: string, otpauthUri: string };

export type StartRequiredTwoFactorSetupMutationVariables = Exact<{
  setupToken: Scalars['String']['input'];
}>;


export type StartRequiredTwoFactorSetupMutation = { __typename?: 'Mutation', startRequiredTwoFactorSetup: { __typename?: 'TwoFactorSetup', secret: string, otpauthUri: string } };

export type CompleteRequiredTwoFactorSetupMutationVariables = Exact<{
  setupToken: Scalars['String']['input'];
  code: Scalars['String']['input'];
}>;


export type CompleteRequiredTwoFactorSetupMutation = { __typename?: 'Mutation', completeRequiredTwoFactorSetup: { __typename?: 'TwoFactorEnrolment', recoveryCodes: Array<string>, session: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { __typename?: 'User', id: string, email: string, displayName: string, roles: Array<Role>, createdAt: string, landing: Landing, twoFactorEnabled: boolean, organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, channelType: ChannelType | null, status: OrganizationStatus, unifiedSocialCreditCode: string, contactName: string, contactPhone: string, createdAt: string, updatedAt: string } } } } };

export type TwoFactorStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type TwoFactorStatusQuery = { __typename?: 'Query', twoFactorStatus: { __typename?: 'TwoFactorStatus', enabled: boolean, required: boolean, enabledAt: string | null, recoveryCodesLeft: number } };

export type StartTwoFactorSetupMutationVariables = Exact<{ [key: string]: never; }>;


export type StartTwoFactorSetupMutation = { __typename?: 'Mutation', startTwoFactorSetup: { __typename?: 'TwoFactorSetup', secret: string, otpauthUri: string } };

export type EnableTwoFactorMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type EnableTwoFactorMutation = { __typename?: 'Mutation', enableTwoFactor: Array<string> };

export type DisableTwoFactorMutationVariables = Exact<{
  password: Scalars['String']['input'];
  code: Scalars['String']['input'];
}>;


export type DisableTwoFactorMutation = { __typename?: 'Mutation', disableTwoFactor: boolean };

export type RegenerateRecoveryCodesMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type RegenerateRecoveryCodesMutation = { __typename?: 'Mutation', regenerateRecoveryCodes: Array<string> };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { __typename?: 'Query', mySessions: Array<{ __typename?: 'UserSession', id: string, current: boolean, startedAt: string, lastActiveAt: string, ip: string | null, userAgent: string | null }> };

export type EndSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EndSessionMutation = { __typename?: 'Mutation', endSession: boolean };

export type OrganizationsQueryVariables = Exact<{
  filter: InputMaybe<OrganizationFilter>;
  page: InputMaybe<PageInput>;
}>;


export type OrganizationsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationPage', totalCount: number, items: Array<{ __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, channelType: ChannelType | null, status: OrganizationStatus, unifiedSocialCreditCode: string, contactName: string, contactPhone: string, createdAt: string, updatedAt: string }> } };

export type OrganizationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, channelType: ChannelType | null, status: OrganizationStatus, unifiedSocialCreditCode: string, contactName: string, contactPhone: string, createdAt: string, updatedAt: string } };

export type AuditEventsQueryVariables = Exact<{
  filter: InputMaybe<AuditEventFilter>;
  page: InputMaybe<PageInput>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventPage', totalCount: number, items: Array<{ __typename?: 'AuditEvent', seq: number, type: string, actorUserId: string | null, actorEmail: string | null, organizationId: string | null, organizationName: string | null, subjectType: string | null, subjectId: string | null, subjectLabel: string | null, payload: unknown, occurredAt: string, prevHash: string, hash: string }> } };

export type VerifyAuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditChainQuery = { __typename?: 'Query', verifyAuditChain: { __typename?: 'AuditChainVerification', ok: boolean, checked: number, firstBrokenSeq: number | null, full: boolean, fromCheckpoint: number | null, brokenCheckpoint: number | null, checkpointsChecked: number, headSeq: number, ms: number } };

export type VerifyAuditChainModeQueryVariables = Exact<{
  full: Scalars['Boolean']['input'];
}>;


export type VerifyAuditChainModeQuery = { __typename?: 'Query', verifyAuditChain: { __typename?: 'AuditChainVerification', ok: boolean, checked: number, firstBrokenSeq: number | null, full: boolean, fromCheckpoint: number | null, brokenCheckpoint: number | null, checkpointsChecked: number, headSeq: number, ms: number } };

export type AuditCheckpointFieldsFragment = { __typename?: 'AuditCheckpoint', treeSize: number, rootHash: string, headHash: string, note: string, createdAt: string };

export type AuditCheckpointsQueryVariables = Exact<{
  page: InputMaybe<PageInput>;
}>;


export type AuditCheckpointsQuery = { __typename?: 'Query', auditCheckpoints: { __typename?: 'AuditCheckpointPage', totalCount: number, items: Array<{ __typename?: 'AuditCheckpoint', treeSize: number, rootHash: string, headHash: string, note: string, createdAt: string }> } };

export type CreateAuditCheckpointMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateAuditCheckpointMutation = { __typename?: 'Mutation', createAuditCheckpoint: { __typename?: 'AuditCheckpointResult', checkpoint: { __typename?: 'AuditCheckpoint', treeSize: number, rootHash: string, headHash: string, note: string, createdAt: string } | null, refusedBecause: { __typename?: 'AuditChainVerification', ok: boolean, firstBrokenSeq: number | null, brokenCheckpoint: number | null } | null } };

export type CreateLedgerCheckpointMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateLedgerCheckpointMutation = { __typename?: 'Mutation', createLedgerCheckpoint: { __typename?: 'LedgerCheckpoint', id: string, throughEntryId: string, entryCount: number, digest: string, createdAt: string } | null };

export type ApiKeyFieldsFragment = { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } };

export type ShopDockCredentialsQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopDockCredentialsQuery = { __typename?: 'Query', shopDockCredentials: Array<{ __typename?: 'ShopDockCredential', apiKeyId: string, name: string, keyId: string, secret: string, scopes: Array<string>, dujiaoBaseUrl: string, acgDomain: string }> };

export type OrganizationFieldsFragment = { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, channelType: ChannelType | null, status: OrganizationStatus, unifiedSocialCreditCode: string, contactName: string, contactPhone: string, createdAt: string, updatedAt: string };

export type UserFieldsFragment = { __typename?: 'User', id: string, email: string, displayName: string, roles: Array<Role>, createdAt: string, landing: Landing, twoFactorEnabled: boolean, organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, channelType: ChannelType | null, status: OrganizationStatus, unifiedSocialCreditCode: string, contactName: string, contactPhone: string, createdAt: string, updatedAt: string } };

export type AuthPayloadFieldsFragment = { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { __typename?: 'User', id: string, email: string, displayName: string, roles: Array<Role>, createdAt: string, landing: Landing, twoFactorEnabled: boolean, organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, channelType: ChannelType | null, status: OrganizationStatus, unifiedSocialCreditCode: string, contactName: string, contactPhone: string, createdAt: string, updatedAt: string } } };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { __typename?: 'User', id: string, email: string, displayName: string, roles: Array<Role>, createdAt: string, landing: Landing, twoFactorEnabled: boolean, organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, channelType: ChannelType | null, status: OrganizationStatus, unifiedSocialCreditCode: string, contactName: string, contactPhone: string, createdAt: string, updatedAt: string } } } };

export type LoginWithCodeMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  totpCode: Scalars['String']['input'];
}>;


export type LoginWithCodeMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { __typename?: 'User', id: string, email: string, displayName: string, roles: Array<Role>, createdAt: string, landing: Landing, twoFactorEnabled: boolean, organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, channelType: ChannelType | null, status: OrganizationStatus, unifiedSocialCreditCode: string, contactName: string, contactPhone: string, createdAt: string, updatedAt: string } } } };

export type RegisterOrganizationMutationVariables = Exact<{
  input: RegisterOrganizationInput;
}>;


export type RegisterOrganizationMutation = { __typename?: 'Mutation', registerOrganization: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { __typename?: 'User', id: string, email: string, displayName: string, roles: Array<Role>, createdAt: string, landing: Landing, twoFactorEnabled: boolean, organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, channelType: ChannelType | null, status: OrganizationStatus, unifiedSocialCreditCode: string, contactName: string, contactPhone: string, createdAt: string, updatedAt: string } } } };

export type RefreshTokenMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshTokenMutation = { __typename?: 'Mutation', refreshToken: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { __typename?: 'User', id: string, email: string, displayName: string, roles: Array<Role>, createdAt: string, landing: Landing, twoFactorEnabled: boolean, organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, channelType: ChannelType | null, status: OrganizationStatus, unifiedSocialCreditCode: string, contactName: string, contactPhone: string, createdAt: string, updatedAt: string } } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: InputMaybe<Scalars['String']['input']>;
  everywhere: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email: string, displayName: string, roles: Array<Role>, createdAt: string, landing: Landing, twoFactorEnabled: boolean, organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, channelType: ChannelType | null, status: OrganizationStatus, unifiedSocialCreditCode: string, contactName: string, contactPhone: string, createdAt: string, updatedAt: string } } };

export type SkuFieldsFragment = { __typename?: 'Sku', id: string, code: string, name: string, category: Category, faceValue: string, deliveryMode: DeliveryMode, unifiedPrice: string, status: SkuStatus, liveOfferCount: number, stockAvailable: number, stockState: StockState, priceMovement7dBp: number, priceMovementFlagged: boolean, sourcePriceChangesScheduled: number, nextSourcePriceChangeAt: string | null, createdAt: string, brand: { __typename?: 'Brand', id: string, name: string } };

export type PriceChangeFieldsFragment = { __typename?: 'PriceChange', id: string, skuId: string, oldPrice: string, newPrice: string, effectiveAt: string, reason: string, noticeShortened: boolean, status: PriceChangeStatus, appliedAt: string | null, createdAt: string };

export type OfferFieldsFragment = { __typename?: 'Offer', id: string, skuId: string, skuCode: string, skuName: string, faceValue: string, unifiedPrice: string, settlementPrice: string, status: OfferStatus, pauseReason: OfferPauseReason | null, lowPriceFlag: boolean, reviewNote: string | null, reviewedAt: string | null, deliveryMode: DeliveryMode, stockAvailable: number, lowStockThreshold: number, capacity: number | null, possibleActions: Array<OfferAction>, priceNoticeHours: number, createdAt: string, supplier: { __typename?: 'OfferSupplier', id: string, name: string }, pendingPriceChange: { __typename?: 'OfferPriceChange', id: string, oldPrice: string, newPrice: string, effectiveAt: string, reason: string | null, noticeShortened: boolean, status: PriceChangeStatus, createdAt: string } | null };

export type OfferPriceChangeFieldsFragment = { __typename?: 'OfferPriceChange', id: string, oldPrice: string, newPrice: string, effectiveAt: string, reason: string | null, noticeShortened: boolean, status: PriceChangeStatus, createdAt: string };

export type CatalogQueryVariables = Exact<{
  filter: InputMaybe<CatalogFilter>;
  page: InputMaybe<PageInput>;
}>;


export type CatalogQuery = { __typename?: 'Query', catalog: { __typename?: 'SkuPage', totalCount: number, items: Array<{ __typename?: 'Sku', id: string, code: string, name: string, category: Category, faceValue: string, deliveryMode: DeliveryMode, unifiedPrice: string, status: SkuStatus, liveOfferCount: number, stockAvailable: number, stockState: StockState, priceMovement7dBp: number, priceMovementFlagged: boolean, sourcePriceChangesScheduled: number, nextSourcePriceChangeAt: string | null, createdAt: string, brand: { __typename?: 'Brand', id: string, name: string } }> } };

export type SkuDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SkuDetailQuery = { __typename?: 'Query', sku: { __typename?: 'Sku', id: string, code: string, name: string, category: Category, faceValue: string, deliveryMode: DeliveryMode, unifiedPrice: string, status: SkuStatus, liveOfferCount: number, stockAvailable: number, stockState: StockState, priceMovement7dBp: number, priceMovementFlagged: boolean, sourcePriceChangesScheduled: number, nextSourcePriceChangeAt: string | null, createdAt: string, priceHistory: Array<{ __typename?: 'PriceChange', id: string, skuId: string, oldPrice: string, newPrice: string, effectiveAt: string, reason: string, noticeShortened: boolean, status: PriceChangeStatus, appliedAt: string | null, createdAt: string }>, brand: { __typename?: 'Brand', id: string, name: string } } };

export type ThinlySourcedSkusQueryVariables = Exact<{ [key: string]: never; }>;


export type ThinlySourcedSkusQuery = { __typename?: 'Query', thinlySourcedSkus: Array<{ __typename?: 'Sku', id: string, code: string, name: string, category: Category, faceValue: string, deliveryMode: DeliveryMode, unifiedPrice: string, status: SkuStatus, liveOfferCount: number, stockAvailable: number, stockState: StockState, priceMovement7dBp: number, priceMovementFlagged: boolean, sourcePriceChangesScheduled: number, nextSourcePriceChangeAt: string | null, createdAt: string, brand: { __typename?: 'Brand', id: string, name: string } }> };

export type CreateSkuMutationVariables = Exact<{
  input: CreateSkuInput;
}>;


export type CreateSkuMutation = { __typename?: 'Mutation', createSku: { __typename?: 'Sku', id: string, code: string, name: string, category: Category, faceValue: string, deliveryMode: DeliveryMode, unifiedPrice: string, status: SkuStatus, liveOfferCount: number, stockAvailable: number, stockState: StockState, priceMovement7dBp: number, priceMovementFlagged: boolean, sourcePriceChangesScheduled: number, nextSourcePriceChangeAt: string | null, createdAt: string, brand: { __typename?: 'Brand', id: string, name: string } } };

export type UpdateSkuMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateSkuInput;
}>;


export type UpdateSkuMutation = { __typename?: 'Mutation', updateSku: { __typename?: 'Sku', id: string, code: string, name: string, category: Category, faceValue: string, deliveryMode: DeliveryMode, unifiedPrice: string, status: SkuStatus, liveOfferCount: number, stockAvailable: number, stockState: StockState, priceMovement7dBp: number, priceMovementFlagged: boolean, sourcePriceChangesScheduled: number, nextSourcePriceChangeAt: string | null, createdAt: string, brand: { __typename?: 'Brand', id: string, name: string } } };

export type SetSkuStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: SkuStatus;
}>;


export type SetSkuStatusMutation = { __typename?: 'Mutation', setSkuStatus: { __typename?: 'Sku', id: string, code: string, name: string, category: Category, faceValue: string, deliveryMode: DeliveryMode, unifiedPrice: string, status: SkuStatus, liveOfferCount: number, stockAvailable: number, stockState: StockState, priceMovement7dBp: number, priceMovementFlagged: boolean, sourcePriceChangesScheduled: number, nextSourcePriceChangeAt: string | null, createdAt: string, brand: { __typename?: 'Brand', id: string, name: string } } };

export type ScheduleUnifiedPriceMutationVariables = Exact<{
  input: SchedulePriceInput;
}>;


export type ScheduleUnifiedPriceMutation = { __typename?: 'Mutation', scheduleUnifiedPrice: { __typename?: 'PriceChange', id: string, skuId: string, oldPrice: string, newPrice: string, effectiveAt: string, reason: string, noticeShortened: boolean, status: PriceChangeStatus, appliedAt: string | null, createdAt: string } };

export type CancelPriceChangeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelPriceChangeMutation = { __typename?: 'Mutation', cancelPriceChange: { __typename?: 'PriceChange', id: string, skuId: string, oldPrice: string, newPrice: string, effectiveAt: string, reason: string, noticeShortened: boolean, status: PriceChangeStatus, appliedAt: string | null, createdAt: string } };

export type OffersQueryVariables = Exact<{
  filter: InputMaybe<OfferFilter>;
  page: InputMaybe<PageInput>;
}>;


export type OffersQuery = { __typename?: 'Query', offers: { __typename?: 'OfferPage', totalCount: number, items: Array<{ __typename?: 'Offer', id: string, skuId: string, skuCode: string, skuName: string, faceValue: string, unifiedPrice: string, settlementPrice: string, status: OfferStatus, pauseReason: OfferPauseReason | null, lowPriceFlag: boolean, reviewNote: string | null, reviewedAt: string | null, deliveryMode: DeliveryMode, stockAvailable: number, lowStockThreshold: number, capacity: number | null, possibleActions: Array<OfferAction>, priceNoticeHours: number, createdAt: string, supplier: { __typename?: 'OfferSupplier', id: string, name: string }, pendingPriceChange: { __typename?: 'OfferPriceChange', id: string, oldPrice: string, newPrice: string, effectiveAt: string, reason: string | null, noticeShortened: boolean, status: PriceChangeStatus, createdAt: string } | null }> } };

export type OfferQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfferQuery = { __typename?: 'Query', offer: { __typename?: 'Offer', id: string, skuId: string, skuCode: string, skuName: string, faceValue: string, unifiedPrice: string, settlementPrice: string, status: OfferStatus, pauseReason: OfferPauseReason | null, lowPriceFlag: boolean, reviewNote: string | null, reviewedAt: string | null, deliveryMode: DeliveryMode, stockAvailable: number, lowStockThreshold: number, capacity: number | null, possibleActions: Array<OfferAction>, priceNoticeHours: number, createdAt: string, supplier: { __typename?: 'OfferSupplier', id: string, name: string }, pendingPriceChange: { __typename?: 'OfferPriceChange', id: string, oldPrice: string, newPrice: string, effectiveAt: string, reason: string | null, noticeShortened: boolean, status: PriceChangeStatus, createdAt: string } | null } };

export type CreateOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type CreateOfferMutation = { __typename?: 'Mutation', createOffer: { __typename?: 'Offer', id: string, skuId: string, skuCode: string, skuName: string, faceValue: string, unifiedPrice: string, settlementPrice: string, status: OfferStatus, pauseReason: OfferPauseReason | null, lowPriceFlag: boolean, reviewNote: string | null, reviewedAt: string | null, deliveryMode: DeliveryMode, stockAvailable: number, lowStockThreshold: number, capacity: number | null, possibleActions: Array<OfferAction>, priceNoticeHours: number, createdAt: string, supplier: { __typename?: 'OfferSupplier', id: string, name: string }, pendingPriceChange: { __typename?: 'OfferPriceChange', id: string, oldPrice: string, newPrice: string, effectiveAt: string, reason: string | null, noticeShortened: boolean, status: PriceChangeStatus, createdAt: string } | null } };

export type UpdateOfferMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateOfferInput;
}>;


export type UpdateOfferMutation = { __typename?: 'Mutation', updateOffer: { __typename?: 'Offer', id: string, skuId: string, skuCode: string, skuName: string, faceValue: string, unifiedPrice: string, settlementPrice: string, status: OfferStatus, pauseReason: OfferPauseReason | null, lowPriceFlag: boolean, reviewNote: string | null, reviewedAt: string | null, deliveryMode: DeliveryMode, stockAvailable: number, lowStockThreshold: number, capacity: number | null, possibleActions: Array<OfferAction>, priceNoticeHours: number, createdAt: string, supplier: { __typename?: 'OfferSupplier', id: string, name: string }, pendingPriceChange: { __typename?: 'OfferPriceChange', id: string, oldPrice: string, newPrice: string, effectiveAt: string, reason: string | null, noticeShortened: boolean, status: PriceChangeStatus, createdAt: string } | null } };

export type CancelOfferPriceChangeMutationVariables = Exact<{
  offerId: Scalars['ID']['input'];
}>;


export type CancelOfferPriceChangeMutation = { __typename?: 'Mutation', cancelOfferPriceChange: { __typename?: 'Offer', id: string, skuId: string, skuCode: string, skuName: string, faceValue: string, unifiedPrice: string, settlementPrice: string, status: OfferStatus, pauseReason: OfferPauseReason | null, lowPriceFlag: boolean, reviewNote: string | null, reviewedAt: string | null, deliveryMode: DeliveryMode, stockAvailable: number, lowStockThreshold: number, capacity: number | null, possibleActions: Array<OfferAction>, priceNoticeHours: number, createdAt: string, supplier: { __typename?: 'OfferSupplier', id: string, name: string }, pendingPriceChange: { __typename?: 'OfferPriceChange', id: string, oldPrice: string, newPrice: string, effectiveAt: string, reason: string | null, noticeShortened: boolean, status: PriceChangeStatus, createdAt: string } | null } };

export type ChangeOfferStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  action: OfferAction;
}>;


export type ChangeOfferStatusMutation = { __typename?: 'Mutation', changeOfferStatus: { __typename?: 'Offer', id: string, skuId: string, skuCode: string, skuName: string, faceValue: string, unifiedPrice: string, settlementPrice: string, status: OfferStatus, pauseReason: OfferPauseReason | null, lowPriceFlag: boolean, reviewNote: string | null, reviewedAt: string | null, deliveryMode: DeliveryMode, stockAvailable: number, lowStockThreshold: number, capacity: number | null, possibleActions: Array<OfferAction>, priceNoticeHours: number, createdAt: string, supplier: { __typename?: 'OfferSupplier', id: string, name: string }, pendingPriceChange: { __typename?: 'OfferPriceChange', id: string, oldPrice: string, newPrice: string, effectiveAt: string, reason: string | null, noticeShortened: boolean, status: PriceChangeStatus, createdAt: string } | null } };

export type ReviewOfferMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  decision: ReviewDecision;
  note: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewOfferMutation = { __typename?: 'Mutation', reviewOffer: { __typename?: 'Offer', id: string, skuId: string, skuCode: string, skuName: string, faceValue: string, unifiedPrice: string, settlementPrice: string, status: OfferStatus, pauseReason: OfferPauseReason | null, lowPriceFlag: boolean, reviewNote: string | null, reviewedAt: string | null, deliveryMode: DeliveryMode, stockAvailable: number, lowStockThreshold: number, capacity: number | null, possibleActions: Array<OfferAction>, priceNoticeHours: number, createdAt: string, supplier: { __typename?: 'OfferSupplier', id: string, name: string }, pendingPriceChange: { __typename?: 'OfferPriceChange', id: string, oldPrice: string, newPrice: string, effectiveAt: string, reason: string | null, noticeShortened: boolean, status: PriceChangeStatus, createdAt: string } | null } };

export type MoneyFigureFieldsFragment = { __typename?: 'MoneyFigure', value: string, previous: string, changeRatio: number | null };

export type CountFigureFieldsFragment = { __typename?: 'CountFigure', value: number, previous: number, changeRatio: number | null };

export type RateFigureFieldsFragment = { __typename?: 'RateFigure', value: number | null, previous: number | null, numerator: number, denominator: number, changePoints: number | null };

export type LatencyFigureFieldsFragment = { __typename?: 'LatencyFigure', count: number, p50Ms: number | null, p99Ms: number | null, meanMs: number | null, previousCount: number, previousP50Ms: number | null, previousP99Ms: number | null };

export type DailyFiguresFieldsFragment = { __typename?: 'DailyFigures', day: string, orders: number, failed: number, gmv: string, settlement: string, refunded: string };

export type SkuRankingFieldsFragment = { __typename?: 'SkuRanking', skuId: string, code: string, name: string, orders: number, quantity: number, gmv: string };

export type DashboardRangeFieldsFragment = { __typename?: 'DashboardRange', from: string, to: string, previousFrom: string, previousTo: string };

export type AdminDashboardQueryVariables = Exact<{
  range: InputMaybe<DashboardRangeInput>;
  hotSkuLimit: InputMaybe<Scalars['Int']['input']>;
}>;


export type AdminDashboardQuery = { __typename?: 'Query', adminDashboard: { __typename?: 'AdminDashboard', riskEventsWaiting: number, range: { __typename?: 'DashboardRange', from: string, to: string, previousFrom: string, previousTo: string }, gmv: { __typename?: 'MoneyFigure', value: string, previous: string, changeRatio: number | null }, orders: { __typename?: 'CountFigure', value: number, previous: number, changeRatio: number | null }, failedOrders: { __typename?: 'CountFigure', value: number, previous: number, changeRatio: number | null }, fulfilmentSuccess: { __typename?: 'RateFigure', value: number | null, previous: number | null, numerator: number, denominator: number, changePoints: number | null }, failoverRate: { __typename?: 'RateFigure', value: number | null, previous: number | null, numerator: number, denominator: number, changePoints: number | null }, refunds: { __typename?: 'MoneyFigure', value: string, previous: string, changeRatio: number | null }, cardLatency: { __typename?: 'LatencyFigure', count: number, p50Ms: number | null, p99Ms: number | null, meanMs: number | null, previousCount: number, previousP50Ms: number | null, previousP99Ms: number | null }, topupLatency: { __typename?: 'LatencyFigure', count: number, p50Ms: number | null, p99Ms: number | null, meanMs: number | null, previousCount: number, previousP50Ms: number | null, previousP99Ms: number | null }, daily: Array<{ __typename?: 'DailyFigures', day: string, orders: number, failed: number, gmv: string, settlement: string, refunded: string }>, hotSkus: Array<{ __typename?: 'SkuRanking', skuId: string, code: string, name: string, orders: number, quantity: number, gmv: string }>, routingShare: Array<{ __typename?: 'SupplierShare', supplierId: string, name: string, orders: number, gmv: string, share: number }>, singleSourceSkus: Array<{ __typename?: 'SingleSourceSku', skuId: string, code: string, name: string, liveOffers: number }>, slaAttainment: { __typename?: 'SlaAttainment', firstResponse: { __typename?: 'RateFigure', value: number | null, previous: number | null, numerator: number, denominator: number, changePoints: number | null }, resolution: { __typename?: 'RateFigure', value: number | null, previous: number | null, numerator: number, denominator: number, changePoints: number | null } }, ticketsResolvedWithoutPerson: { __typename?: 'RateFigure', value: number | null, previous: number | null, numerator: number, denominator: number, changePoints: number | null }, slaBreachesByTier: Array<{ __typename?: 'TierCount', tier: TicketTier, count: number, previous: number }>, ticketsByCategory: Array<{ __typename?: 'CategoryCount', category: TicketCategory, count: number, previous: number }> } };

export type SupplierDashboardQueryVariables = Exact<{
  range: InputMaybe<DashboardRangeInput>;
}>;


export type SupplierDashboardQuery = { __typename?: 'Query', supplierDashboard: { __typename?: 'SupplierDashboard', range: { __typename?: 'DashboardRange', from: string, to: string, previousFrom: string, previousTo: string }, sales: { __typename?: 'MoneyFigure', value: string, previous: string, changeRatio: number | null }, settlement: { __typename?: 'MoneyFigure', value: string, previous: string, changeRatio: number | null }, orders: { __typename?: 'CountFigure', value: number, previous: number, changeRatio: number | null }, fulfilmentSuccess: { __typename?: 'RateFigure', value: number | null, previous: number | null, numerator: number, denominator: number, changePoints: number | null }, cardLatency: { __typename?: 'LatencyFigure', count: number, p50Ms: number | null, p99Ms: number | null, meanMs: number | null, previousCount: number, previousP50Ms: number | null, previousP99Ms: number | null }, topupLatency: { __typename?: 'LatencyFigure', count: number, p50Ms: number | null, p99Ms: number | null, meanMs: number | null, previousCount: number, previousP50Ms: number | null, previousP99Ms: number | null }, daily: Array<{ __typename?: 'DailyFigures', day: string, orders: number, failed: number, gmv: string, settlement: string, refunded: string }>, hotSkus: Array<{ __typename?: 'SkuRanking', skuId: string, code: string, name: string, orders: number, quantity: number, gmv: string }>, stock: Array<{ __typename?: 'OfferStockLevel', offerId: string, skuId: string, skuCode: string, skuName: string, deliveryMode: DeliveryMode, status: OfferStatus, stockAvailable: number, lowStockThreshold: number, lowStock: boolean }>, topupQueue: { __typename?: 'TopupQueueSummary', queued: number, claimed: number, nearestDeadlineAt: string | null } } };

export type MemberDashboardQueryVariables = Exact<{
  range: InputMaybe<DashboardRangeInput>;
}>;


export type MemberDashboardQuery = { __typename?: 'Query', memberDashboard: { __typename?: 'MemberDashboard', range: { __typename?: 'DashboardRange', from: string, to: string, previousFrom: string, previousTo: string }, spend: { __typename?: 'MoneyFigure', value: string, previous: string, changeRatio: number | null }, orders: { __typename?: 'CountFigure', value: number, previous: number, changeRatio: number | null }, failedOrders: { __typename?: 'CountFigure', value: number, previous: number, changeRatio: number | null }, cardLatency: { __typename?: 'LatencyFigure', count: number, p50Ms: number | null, p99Ms: number | null, meanMs: number | null, previousCount: number, previousP50Ms: number | null, previousP99Ms: number | null }, topupLatency: { __typename?: 'LatencyFigure', count: number, p50Ms: number | null, p99Ms: number | null, meanMs: number | null, previousCount: number, previousP50Ms: number | null, previousP99Ms: number | null }, daily: Array<{ __typename?: 'DailyFigures', day: string, orders: number, failed: number, gmv: string, settlement: string, refunded: string }>, hotSkus: Array<{ __typename?: 'SkuRanking', skuId: string, code: string, name: string, orders: number, quantity: number, gmv: string }>, wallet: { __typename?: 'WalletBalances', wallet: string, hold: string } } };

export type SearchOrdersQueryVariables = Exact<{
  search: InputMaybe<OrderSearchInput>;
  page: InputMaybe<PageInput>;
}>;


export type SearchOrdersQuery = { __typename?: 'Query', orders: { __typename?: 'OrderPage', totalCount: number, totalCountCapped: boolean | null, items: Array<{ __typename?: 'Order', id: string, memberId: string, clientOrderNo: string, skuId: string, quantity: number, unitPrice: string, total: string, status: OrderStatus, failureCode: string | null, rechargeAccount: string | null, placedAt: string, deliveredAt: string | null, latencyMs: number | null }> } };

export type SearchSalesQueryVariables = Exact<{
  search: InputMaybe<SaleSearchInput>;
  page: InputMaybe<PageInput>;
}>;


export type SearchSalesQuery = { __typename?: 'Query', sales: { __typename?: 'SalePage', totalCount: number, totalCountCapped: boolean | null, items: Array<{ __typename?: 'Sale', id: string, orderId: string, clientOrderNo: string, skuId: string, skuCode: string, skuName: string, quantity: number, unitSettlement: string, status: OrderStatus, placedAt: string, deliveredAt: string | null }> } };

export type LedgerEntryFieldsFragment = { __typename?: 'LedgerEntry', id: string, transactionId: string, type: LedgerTransactionType, accountKind: LedgerAccountKind, organizationId: string | null, organizationName: string | null, amount: string, reference: string | null, orderId: string | null, clientOrderNo: string | null, memo: string | null, createdAt: string };

export type LedgerEntriesQueryVariables = Exact<{
  search: InputMaybe<LedgerSearchInput>;
  page: InputMaybe<PageInput>;
}>;


export type LedgerEntriesQuery = { __typename?: 'Query', ledgerEntries: { __typename?: 'LedgerEntryPage', totalCount: number, totalCountCapped: boolean | null, items: Array<{ __typename?: 'LedgerEntry', id: string, transactionId: string, type: LedgerTransactionType, accountKind: LedgerAccountKind, organizationId: string | null, organizationName: string | null, amount: string, reference: string | null, orderId: string | null, clientOrderNo: string | null, memo: string | null, createdAt: string }> } };

export type MonthlyStatementQueryVariables = Exact<{
  month: Scalars['String']['input'];
  organizationId: InputMaybe<Scalars['ID']['input']>;
  page: InputMaybe<PageInput>;
}>;


export type MonthlyStatementQuery = { __typename?: 'Query', monthlyStatement: { __typename?: 'MonthlyStatement', organizationId: string, organizationName: string, month: string, startsAt: string, endsAt: string, accounts: Array<{ __typename?: 'StatementAccount', kind: LedgerAccountKind, openingBalance: string, closingBalance: string, netMovement: string, lineCount: number, totalsByType: Array<{ __typename?: 'StatementTypeTotal', type: LedgerTransactionType, count: number, total: string }>, lines: Array<{ __typename?: 'LedgerEntry', id: string, transactionId: string, type: LedgerTransactionType, accountKind: LedgerAccountKind, organizationId: string | null, organizationName: string | null, amount: string, reference: string | null, orderId: string | null, clientOrderNo: string | null, memo: string | null, createdAt: string }> }> } };

export type TeamMemberFieldsFragment = { __typename?: 'TeamMember', id: string, email: string, displayName: string, roles: Array<Role>, disabled: boolean, disabledAt: string | null, lastSignInAt: string | null, createdAt: string };

export type InvitationFieldsFragment = { __typename?: 'Invitation', id: string, email: string, roles: Array<Role>, status: InvitationStatus, createdAt: string, expiresAt: string, acceptedAt: string | null, revokedAt: string | null };

export type TeamMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamMembersQuery = { __typename?: 'Query', teamMembers: Array<{ __typename?: 'TeamMember', id: string, email: string, displayName: string, roles: Array<Role>, disabled: boolean, disabledAt: string | null, lastSignInAt: string | null, createdAt: string }> };

export type InvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationsQuery = { __typename?: 'Query', invitations: Array<{ __typename?: 'Invitation', id: string, email: string, roles: Array<Role>, status: InvitationStatus, createdAt: string, expiresAt: string, acceptedAt: string | null, revokedAt: string | null }> };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { __typename?: 'Mutation', inviteUser: { __typename?: 'CreatedInvitation', token: string, acceptPath: string, invitation: { __typename?: 'Invitation', id: string, email: string, roles: Array<Role>, status: InvitationStatus, createdAt: string, expiresAt: string, acceptedAt: string | null, revokedAt: string | null } } };

export type RevokeInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation: { __typename?: 'Invitation', id: string, email: string, roles: Array<Role>, status: InvitationStatus, createdAt: string, expiresAt: string, acceptedAt: string | null, revokedAt: string | null } };

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { __typename?: 'Query', invitation: { __typename?: 'InvitationPreview', organizationName: string, organizationKind: OrganizationKind, email: string, roles: Array<Role>, expiresAt: string } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { __typename?: 'User', id: string, email: string, displayName: string, roles: Array<Role>, createdAt: string, landing: Landing, twoFactorEnabled: boolean, organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, channelType: ChannelType | null, status: OrganizationStatus, unifiedSocialCreditCode: string, contactName: string, contactPhone: string, createdAt: string, updatedAt: string } } } };

export type SetUserDisabledMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  disabled: Scalars['Boolean']['input'];
}>;


export type SetUserDisabledMutation = { __typename?: 'Mutation', setUserDisabled: { __typename?: 'TeamMember', id: string, email: string, displayName: string, roles: Array<Role>, disabled: boolean, disabledAt: string | null, lastSignInAt: string | null, createdAt: string } };

export type SetUserRolesMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  roles: Array<Role> | Role;
}>;


export type SetUserRolesMutation = { __typename?: 'Mutation', setUserRoles: { __typename?: 'TeamMember', id: string, email: string, displayName: string, roles: Array<Role>, disabled: boolean, disabledAt: string | null, lastSignInAt: string | null, createdAt: string } };

export type OrganizationDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationDetailQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, channelType: ChannelType | null, status: OrganizationStatus, unifiedSocialCreditCode: string, contactName: string, contactPhone: string, createdAt: string, updatedAt: string, users: Array<{ __typename?: 'TeamMember', id: string, email: string, displayName: string, roles: Array<Role>, disabled: boolean, disabledAt: string | null, lastSignInAt: string | null, createdAt: string }>, balances: { __typename?: 'OrganizationBalances', wallet: string, hold: string, payable: string }, offerStock: Array<{ __typename?: 'OfferStockLevel', offerId: string, skuCode: string, skuName: string, status: OfferStatus, stockAvailable: number, lowStockThreshold: number, lowStock: boolean }>, recentOrders: Array<{ __typename?: 'Order', id: string, memberId: string, clientOrderNo: string, skuId: string, quantity: number, unitPrice: string, total: string, status: OrderStatus, failureCode: string | null, rechargeAccount: string | null, placedAt: string, deliveredAt: string | null, latencyMs: number | null }>, recentSales: Array<{ __typename?: 'Sale', id: string, orderId: string, skuId: string, skuCode: string, skuName: string, quantity: number, unitSettlement: string, status: OrderStatus, placedAt: string }> } };

export type OrderSuppliersQueryVariables = Exact<{ [key: string]: never; }>;


export type OrderSuppliersQuery = { __typename?: 'Query', orderSuppliers: Array<{ __typename?: 'OrderSupplier', id: string, name: string }> };

export type DockConnectorFieldsFragment = { __typename?: 'DockConnector', id: string, supplierId: string, name: string, protocol: DockProtocol, endpoint: string, keyId: string, timeoutMs: number, concurrency: number, markupBp: number, rounding: DockRounding, excludedGoods: Array<string>, status: DockConnectorStatus, breaker: string, syncedThrough: string | null, lastSyncAt: string | null, lastTestAt: string | null, lastTestOk: boolean | null, createdAt: string };

export type DockConnectorsQueryVariables = Exact<{ [key: string]: never; }>;


export type DockConnectorsQuery = { __typename?: 'Query', dockConnectors: Array<{ __typename?: 'DockConnector', id: string, supplierId: string, name: string, protocol: DockProtocol, endpoint: string, keyId: string, timeoutMs: number, concurrency: number, markupBp: number, rounding: DockRounding, excludedGoods: Array<string>, status: DockConnectorStatus, breaker: string, syncedThrough: string | null, lastSyncAt: string | null, lastTestAt: string | null, lastTestOk: boolean | null, createdAt: string }> };

export type DockHealthQueryVariables = Exact<{
  connectorId: Scalars['ID']['input'];
}>;


export type DockHealthQuery = { __typename?: 'Query', day: { __typename?: 'DockHealth', days: number, calls: number, okRate: number | null, p50Ms: number | null, p95Ms: number | null, p99Ms: number | null }, week: { __typename?: 'DockHealth', days: number, calls: number, okRate: number | null, p50Ms: number | null, p95Ms: number | null, p99Ms: number | null }, month: { __typename?: 'DockHealth', days: number, calls: number, okRate: number | null, p50Ms: number | null, p95Ms: number | null, p99Ms: number | null } };

export type DockHealthFieldsFragment = { __typename?: 'DockHealth', days: number, calls: number, okRate: number | null, p50Ms: number | null, p95Ms: number | null, p99Ms: number | null };

export type CreateDockConnectorMutationVariables = Exact<{
  input: DockConnectorInput;
}>;


export type CreateDockConnectorMutation = { __typename?: 'Mutation', createDockConnector: { __typename?: 'DockConnector', id: string, supplierId: string, name: string, protocol: DockProtocol, endpoint: string, keyId: string, timeoutMs: number, concurrency: number, markupBp: number, rounding: DockRounding, excludedGoods: Array<string>, status: DockConnectorStatus, breaker: string, syncedThrough: string | null, lastSyncAt: string | null, lastTestAt: string | null, lastTestOk: boolean | null, createdAt: string } };

export type UpdateDockConnectorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: DockConnectorInput;
}>;


export type UpdateDockConnectorMutation = { __typename?: 'Mutation', updateDockConnector: { __typename?: 'DockConnector', id: string, supplierId: string, name: string, protocol: DockProtocol, endpoint: string, keyId: string, timeoutMs: number, concurrency: number, markupBp: number, rounding: DockRounding, excludedGoods: Array<string>, status: DockConnectorStatus, breaker: string, syncedThrough: string | null, lastSyncAt: string | null, lastTestAt: string | null, lastTestOk: boolean | null, createdAt: string } };

export type TestDockConnectorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TestDockConnectorMutation = { __typename?: 'Mutation', testDockConnector: { __typename?: 'DockTestResult', ok: boolean, latencyMs: number, supplier: string | null, code: string | null, error: string | null } };

export type SyncDockConnectorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  full: Scalars['Boolean']['input'];
}>;


export type SyncDockConnectorMutation = { __typename?: 'Mutation', syncDockConnector: { __typename?: 'DockSyncResult', full: boolean, seen: number, excluded: number, repriced: number, paused: number, resumed: number, error: string | null, drift: Array<{ __typename?: 'DockDrift', goodsId: string, reason: string }> } };

export type DockedGoodsQueryVariables = Exact<{
  connectorId: Scalars['ID']['input'];
}>;


export type DockedGoodsQuery = { __typename?: 'Query', dockedGoods: Array<{ __typename?: 'DockedGoods', goodsId: string, name: string, kind: string, faceValue: string, price: string, stock: number | null, status: string, offerId: string | null, targetPrice: string, offerPrice: string | null, offerStatus: OfferStatus | null, drift: boolean, syncedAt: string }> };

export type DockGoodsMutationVariables = Exact<{
  connectorId: Scalars['ID']['input'];
  goodsId: Scalars['String']['input'];
  offerId: InputMaybe<Scalars['ID']['input']>;
}>;


export type DockGoodsMutation = { __typename?: 'Mutation', dockGoods: { __typename?: 'DockedGoods', goodsId: string, offerId: string | null, targetPrice: string, offerPrice: string | null, offerStatus: OfferStatus | null, drift: boolean } };

export type DockCallsQueryVariables = Exact<{
  connectorId: Scalars['ID']['input'];
  page: InputMaybe<PageInput>;
}>;


export type DockCallsQuery = { __typename?: 'Query', dockCalls: { __typename?: 'DockCallPage', totalCount: number, items: Array<{ __typename?: 'DockCall', id: string, direction: string, method: string, path: string, status: number | null, ok: boolean, latencyMs: number, error: string | null, request: unknown | null, response: unknown | null, at: string }> } };

export type ReconcileDockConnectorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  day: Scalars['String']['input'];
}>;


export type ReconcileDockConnectorMutation = { __typename?: 'Mutation', reconcileDockConnector: { __typename?: 'DockReconciliation', day: string, compared: number, error: string | null, mismatches: Array<{ __typename?: 'DockMismatch', orderId: string, kind: string, ours: string | null, theirs: string | null, detail: string | null }> } };

export type CardBatchFieldsFragment = { __typename?: 'CardBatch', id: string, offerId: string, supplierId: string, skuCode: string, skuName: string, source: string, status: BatchStatus, processed: number, accepted: number, quarantineReason: string | null, sampleSize: number, sampleValid: number, sampleInvalid: number, failure: string | null, createdAt: string, completedAt: string | null, refused: { __typename?: 'CardBatchRefusals', invalid: number, duplicateInBatch: number, duplicateExisting: number, duplicateOtherSupplier: number } };

export type CardBatchesQueryVariables = Exact<{
  offerId: InputMaybe<Scalars['ID']['input']>;
  status: InputMaybe<BatchStatus>;
  page: InputMaybe<PageInput>;
}>;


export type CardBatchesQuery = { __typename?: 'Query', cardBatches: { __typename?: 'CardBatchPage', totalCount: number, items: Array<{ __typename?: 'CardBatch', id: string, offerId: string, supplierId: string, skuCode: string, skuName: string, source: string, status: BatchStatus, processed: number, accepted: number, quarantineReason: string | null, sampleSize: number, sampleValid: number, sampleInvalid: number, failure: string | null, createdAt: string, completedAt: string | null, refused: { __typename?: 'CardBatchRefusals', invalid: number, duplicateInBatch: number, duplicateExisting: number, duplicateOtherSupplier: number } }> } };

export type CardBatchQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CardBatchQuery = { __typename?: 'Query', cardBatch: { __typename?: 'CardBatch', id: string, offerId: string, supplierId: string, skuCode: string, skuName: string, source: string, status: BatchStatus, processed: number, accepted: number, quarantineReason: string | null, sampleSize: number, sampleValid: number, sampleInvalid: number, failure: string | null, createdAt: string, completedAt: string | null, refused: { __typename?: 'CardBatchRefusals', invalid: number, duplicateInBatch: number, duplicateExisting: number, duplicateOtherSupplier: number } } };

export type ImportCardBatchMutationVariables = Exact<{
  input: ImportCardBatchInput;
}>;


export type ImportCardBatchMutation = { __typename?: 'Mutation', importCardBatch: { __typename?: 'CardBatch', id: string, offerId: string, supplierId: string, skuCode: string, skuName: string, source: string, status: BatchStatus, processed: number, accepted: number, quarantineReason: string | null, sampleSize: number, sampleValid: number, sampleInvalid: number, failure: string | null, createdAt: string, completedAt: string | null, refused: { __typename?: 'CardBatchRefusals', invalid: number, duplicateInBatch: number, duplicateExisting: number, duplicateOtherSupplier: number } } };

export type QuarantineBatchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type QuarantineBatchMutation = { __typename?: 'Mutation', quarantineBatch: { __typename?: 'CardBatch', id: string, offerId: string, supplierId: string, skuCode: string, skuName: string, source: string, status: BatchStatus, processed: number, accepted: number, quarantineReason: string | null, sampleSize: number, sampleValid: number, sampleInvalid: number, failure: string | null, createdAt: string, completedAt: string | null, refused: { __typename?: 'CardBatchRefusals', invalid: number, duplicateInBatch: number, duplicateExisting: number, duplicateOtherSupplier: number } } };

export type SampleCodesQueryVariables = Exact<{
  batchId: Scalars['ID']['input'];
}>;


export type SampleCodesQuery = { __typename?: 'Query', sampleCodes: Array<{ __typename?: 'SampleCode', id: string, status: CodeStatus, result: SampleResult | null, expiresAt: string | null }> };

export type RevealSampleCodeMutationVariables = Exact<{
  codeId: Scalars['ID']['input'];
}>;


export type RevealSampleCodeMutation = { __typename?: 'Mutation', revealSampleCode: { __typename?: 'RevealedCode', cardNumber: string | null, secret: string | null } };

export type RecordSampleResultMutationVariables = Exact<{
  codeId: Scalars['ID']['input'];
  result: SampleResult;
}>;


export type RecordSampleResultMutation = { __typename?: 'Mutation', recordSampleResult: { __typename?: 'CardBatch', id: string, offerId: string, supplierId: string, skuCode: string, skuName: string, source: string, status: BatchStatus, processed: number, accepted: number, quarantineReason: string | null, sampleSize: number, sampleValid: number, sampleInvalid: number, failure: string | null, createdAt: string, completedAt: string | null, refused: { __typename?: 'CardBatchRefusals', invalid: number, duplicateInBatch: number, duplicateExisting: number, duplicateOtherSupplier: number } } };

export type RevealSampleCodesMutationVariables = Exact<{
  batchId: Scalars['ID']['input'];
  page: InputMaybe<PageInput>;
}>;


export type RevealSampleCodesMutation = { __typename?: 'Mutation', revealSampleCodes: Array<{ __typename?: 'RevealedSample', id: string, cardNumber: string | null, secret: string | null, expiresAt: string | null, result: SampleResult | null }> };

export type RecordSampleResultsMutationVariables = Exact<{
  batchId: Scalars['ID']['input'];
  results: Array<SampleResultInput> | SampleResultInput;
}>;


export type RecordSampleResultsMutation = { __typename?: 'Mutation', recordSampleResults: { __typename?: 'CardBatch', id: string, offerId: string, supplierId: string, skuCode: string, skuName: string, source: string, status: BatchStatus, processed: number, accepted: number, quarantineReason: string | null, sampleSize: number, sampleValid: number, sampleInvalid: number, failure: string | null, createdAt: string, completedAt: string | null, refused: { __typename?: 'CardBatchRefusals', invalid: number, duplicateInBatch: number, duplicateExisting: number, duplicateOtherSupplier: number } } };

export type RiskEventFieldsFragment = { __typename?: 'RiskEvent', id: string, type: RiskEventType, status: RiskEventStatus, organizationId: string | null, subjectType: string, subjectId: string, details: unknown, decisionNote: string | null, createdAt: string, decidedAt: string | null };

export type RiskEventsQueryVariables = Exact<{
  status: InputMaybe<RiskEventStatus>;
  page: InputMaybe<PageInput>;
}>;


export type RiskEventsQuery = { __typename?: 'Query', riskEvents: { __typename?: 'RiskEventPage', totalCount: number, items: Array<{ __typename?: 'RiskEvent', id: string, type: RiskEventType, status: RiskEventStatus, organizationId: string | null, subjectType: string, subjectId: string, details: unknown, decisionNote: string | null, createdAt: string, decidedAt: string | null }> } };

export type DecideRiskEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  decision: RiskEventStatus;
  note: Scalars['String']['input'];
}>;


export type DecideRiskEventMutation = { __typename?: 'Mutation', decideRiskEvent: { __typename?: 'RiskEvent', id: string, type: RiskEventType, status: RiskEventStatus, organizationId: string | null, subjectType: string, subjectId: string, details: unknown, decisionNote: string | null, createdAt: string, decidedAt: string | null } };

export type TodoFieldsFragment = { __typename?: 'Todo', kind: TodoKind, subjectId: string, params: unknown, dueAt: string | null, severity: TodoSeverity, link: string };

export type TodosQueryVariables = Exact<{ [key: string]: never; }>;


export type TodosQuery = { __typename?: 'Query', todos: Array<{ __typename?: 'Todo', kind: TodoKind, subjectId: string, params: unknown, dueAt: string | null, severity: TodoSeverity, link: string }> };

export type NoticePreferenceFieldsFragment = { __typename?: 'NoticePreference', kind: NotificationType, inApp: boolean, email: boolean, inAppOwn: boolean, emailOwn: boolean };

export type MyNoticePreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNoticePreferencesQuery = { __typename?: 'Query', myNoticePreferences: Array<{ __typename?: 'NoticePreference', kind: NotificationType, inApp: boolean, email: boolean, inAppOwn: boolean, emailOwn: boolean }> };

export type SetMyNoticePreferencesMutationVariables = Exact<{
  changes: Array<NoticePreferenceInput> | NoticePreferenceInput;
}>;


export type SetMyNoticePreferencesMutation = { __typename?: 'Mutation', setMyNoticePreferences: Array<{ __typename?: 'NoticePreference', kind: NotificationType, inApp: boolean, email: boolean, inAppOwn: boolean, emailOwn: boolean }> };

export type OrganizationNoticeSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationNoticeSettingsQuery = { __typename?: 'Query', organizationNoticeSettings: { __typename?: 'OrganizationNoticeSettings', quietHours: boolean, defaults: Array<{ __typename?: 'NoticePreference', kind: NotificationType, inApp: boolean, email: boolean, inAppOwn: boolean, emailOwn: boolean }> } };

export type SetOrganizationNoticeSettingsMutationVariables = Exact<{
  defaults: InputMaybe<Array<NoticePreferenceInput> | NoticePreferenceInput>;
  quietHours: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type SetOrganizationNoticeSettingsMutation = { __typename?: 'Mutation', setOrganizationNoticeSettings: { __typename?: 'OrganizationNoticeSettings', quietHours: boolean, defaults: Array<{ __typename?: 'NoticePreference', kind: NotificationType, inApp: boolean, email: boolean, inAppOwn: boolean, emailOwn: boolean }> } };

export type ChatRobotFieldsFragment = { __typename?: 'ChatRobot', id: string, kind: ChatRobotKind, name: string, urlHint: string, kinds: Array<NotificationType>, enabled: boolean, createdAt: string, lastSentAt: string | null, lastError: string | null };

export type ChatRobotsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChatRobotsQuery = { __typename?: 'Query', chatRobots: Array<{ __typename?: 'ChatRobot', id: string, kind: ChatRobotKind, name: string, urlHint: string, kinds: Array<NotificationType>, enabled: boolean, createdAt: string, lastSentAt: string | null, lastError: string | null }> };

export type AddChatRobotMutationVariables = Exact<{
  input: AddChatRobotInput;
}>;


export type AddChatRobotMutation = { __typename?: 'Mutation', addChatRobot: { __typename?: 'ChatRobot', id: string, kind: ChatRobotKind, name: string, urlHint: string, kinds: Array<NotificationType>, enabled: boolean, createdAt: string, lastSentAt: string | null, lastError: string | null } };

export type UpdateChatRobotMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateChatRobotInput;
}>;


export type UpdateChatRobotMutation = { __typename?: 'Mutation', updateChatRobot: { __typename?: 'ChatRobot', id: string, kind: ChatRobotKind, name: string, urlHint: string, kinds: Array<NotificationType>, enabled: boolean, createdAt: string, lastSentAt: string | null, lastError: string | null } };

export type RemoveChatRobotMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveChatRobotMutation = { __typename?: 'Mutation', removeChatRobot: boolean };

export type TestChatRobotMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TestChatRobotMutation = { __typename?: 'Mutation', testChatRobot: boolean };

export type NoticeDeliveryFieldsFragment = { __typename?: 'NoticeDelivery', id: string, channel: string, kind: NotificationType, status: NoticeDeliveryStatus, recipient: string, organizationId: string | null, attempts: number, lastError: string | null, createdAt: string, nextAttemptAt: string | null, expiresAt: string | null, sentAt: string | null };

export type NoticeDeliveriesQueryVariables = Exact<{
  status: InputMaybe<NoticeDeliveryStatus>;
  page: InputMaybe<PageInput>;
}>;


export type NoticeDeliveriesQuery = { __typename?: 'Query', noticeDeliveries: { __typename?: 'NoticeDeliveryPage', totalCount: number, items: Array<{ __typename?: 'NoticeDelivery', id: string, channel: string, kind: NotificationType, status: NoticeDeliveryStatus, recipient: string, organizationId: string | null, attempts: number, lastError: string | null, createdAt: string, nextAttemptAt: string | null, expiresAt: string | null, sentAt: string | null }> } };

export type RetryNoticeDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryNoticeDeliveryMutation = { __typename?: 'Mutation', retryNoticeDelivery: { __typename?: 'NoticeDelivery', id: string, channel: string, kind: NotificationType, status: NoticeDeliveryStatus, recipient: string, organizationId: string | null, attempts: number, lastError: string | null, createdAt: string, nextAttemptAt: string | null, expiresAt: string | null, sentAt: string | null } };

export type NotificationFieldsFragment = { __typename?: 'Notification', id: string, type: NotificationType, params: unknown, readAt: string | null, createdAt: string };

export type NotificationsQueryVariables = Exact<{
  unreadOnly?: Scalars['Boolean']['input'];
  page: InputMaybe<PageInput>;
}>;


export type NotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationPage', totalCount: number, items: Array<{ __typename?: 'Notification', id: string, type: NotificationType, params: unknown, readAt: string | null, createdAt: string }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename?: 'Query', unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type StoredFileFieldsFragment = { __typename?: 'StoredFile', id: string, sha256: string, size: number, contentType: string, originalName: string, url: string, createdAt: string };

export type QualificationDocumentFieldsFragment = { __typename?: 'QualificationDocument', id: string, organizationId: string, organizationName: string, type: DocumentType, number: string, issuer: string, validFrom: string, validTo: string, expiresInDays: number, registeredCapital: string | null, status: DocumentStatus, superseded: boolean, verificationMethod: VerificationMethod | null, reviewNote: string | null, reviewerEmail: string | null, reviewedAt: string | null, replacesId: string | null, createdAt: string, brand: { __typename?: 'Brand', id: string, name: string } | null, file: { __typename?: 'StoredFile', id: string, sha256: string, size: number, contentType: string, originalName: string, url: string, createdAt: string } };

export type OnboardingOrganizationFieldsFragment = { __typename?: 'Organization', statusReason: string | null, possibleActions: Array<OrganizationAction>, realNameVerified: boolean, missingDocuments: Array<DocumentType>, unapprovedDocuments: Array<DocumentType>, id: string, name: string, kind: OrganizationKind, channelType: ChannelType | null, status: OrganizationStatus, unifiedSocialCreditCode: string, contactName: string, contactPhone: string, createdAt: string, updatedAt: string };

export type BrandsQueryVariables = Exact<{ [key: string]: never; }>;


export type BrandsQuery = { __typename?: 'Query', brands: Array<{ __typename?: 'Brand', id: string, name: string, createdAt: string }> };

export type DocumentsQueryVariables = Exact<{
  organizationId: InputMaybe<Scalars['ID']['input']>;
  includeSuperseded?: Scalars['Boolean']['input'];
}>;


export type DocumentsQuery = { __typename?: 'Query', documents: Array<{ __typename?: 'QualificationDocument', id: string, organizationId: string, organizationName: string, type: DocumentType, number: string, issuer: string, validFrom: string, validTo: string, expiresInDays: number, registeredCapital: string | null, status: DocumentStatus, superseded: boolean, verificationMethod: VerificationMethod | null, reviewNote: string | null, reviewerEmail: string | null, reviewedAt: string | null, replacesId: string | null, createdAt: string, brand: { __typename?: 'Brand', id: string, name: string } | null, file: { __typename?: 'StoredFile', id: string, sha256: string, size: number, contentType: string, originalName: string, url: string, createdAt: string } }> };

export type OnboardingOrganizationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OnboardingOrganizationQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', statusReason: string | null, possibleActions: Array<OrganizationAction>, realNameVerified: boolean, missingDocuments: Array<DocumentType>, unapprovedDocuments: Array<DocumentType>, id: string, name: string, kind: OrganizationKind, channelType: ChannelType | null, status: OrganizationStatus, unifiedSocialCreditCode: string, contactName: string, contactPhone: string, createdAt: string, updatedAt: string } };

export type UpdateOrganizationProfileMutationVariables = Exact<{
  input: UpdateOrganizationProfileInput;
}>;


export type UpdateOrganizationProfileMutation = { __typename?: 'Mutation', updateOrganizationProfile: { __typename?: 'Organization', statusReason: string | null, possibleActions: Array<OrganizationAction>, realNameVerified: boolean, missingDocuments: Array<DocumentType>, unapprovedDocuments: Array<DocumentType>, id: string, name: string, kind: OrganizationKind, channelType: ChannelType | null, status: OrganizationStatus, unifiedSocialCreditCode: string, contactName: string, contactPhone: string, createdAt: string, updatedAt: string } };

export type SubmitDocumentMutationVariables = Exact<{
  input: SubmitDocumentInput;
}>;


export type SubmitDocumentMutation = { __typename?: 'Mutation', submitDocument: { __typename?: 'QualificationDocument', id: string, organizationId: string, organizationName: string, type: DocumentType, number: string, issuer: string, validFrom: string, validTo: string, expiresInDays: number, registeredCapital: string | null, status: DocumentStatus, superseded: boolean, verificationMethod: VerificationMethod | null, reviewNote: string | null, reviewerEmail: string | null, reviewedAt: string | null, replacesId: string | null, createdAt: string, brand: { __typename?: 'Brand', id: string, name: string } | null, file: { __typename?: 'StoredFile', id: string, sha256: string, size: number, contentType: string, originalName: string, url: string, createdAt: string } } };

export type SubmitForReviewMutationVariables = Exact<{ [key: string]: never; }>;


export type SubmitForReviewMutation = { __typename?: 'Mutation', submitForReview: { __typename?: 'Organization', statusReason: string | null, possibleActions: Array<OrganizationAction>, realNameVerified: boolean, missingDocuments: Array<DocumentType>, unapprovedDocuments: Array<DocumentType>, id: string, name: string, kind: OrganizationKind, channelType: ChannelType | null, status: OrganizationStatus, unifiedSocialCreditCode: string, contactName: string, contactPhone: string, createdAt: string, updatedAt: string } };

export type DeliveredCodeFieldsFragment = { __typename?: 'DeliveredCode', id: string, cardNumber: string | null, secret: string | null, expiresAt: string | null, status: CodeStatus };

export type OrderFieldsFragment = { __typename?: 'Order', id: string, memberId: string, clientOrderNo: string, skuId: string, quantity: number, unitPrice: string, total: string, status: OrderStatus, failureCode: string | null, rechargeAccount: string | null, placedAt: string, deliveredAt: string | null, latencyMs: number | null };

export type StatementLineFieldsFragment = { __typename?: 'StatementLine', id: string, transactionId: string, type: LedgerTransactionType, amount: string, reference: string | null, memo: string | null, orderId: string | null, createdAt: string };

export type OrderTopupProgressFieldsFragment = { __typename?: 'OrderTopupProgress', status: TopupTaskStatus, createdAt: string, deadlineAt: string, claimedAt: string | null, finishedAt: string | null, reference: string | null, failureReason: string | null };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { __typename?: 'Mutation', placeOrder: { __typename?: 'Order', id: string, memberId: string, clientOrderNo: string, skuId: string, quantity: number, unitPrice: string, total: string, status: OrderStatus, failureCode: string | null, rechargeAccount: string | null, placedAt: string, deliveredAt: string | null, latencyMs: number | null, codes: Array<{ __typename?: 'DeliveredCode', id: string, cardNumber: string | null, secret: string | null, expiresAt: string | null, status: CodeStatus }> | null, topupProgress: Array<{ __typename?: 'OrderTopupProgress', status: TopupTaskStatus, createdAt: string, deadlineAt: string, claimedAt: string | null, finishedAt: string | null, reference: string | null, failureReason: string | null }> } };

export type RevealOrderCodesMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type RevealOrderCodesMutation = { __typename?: 'Mutation', revealOrderCodes: Array<{ __typename?: 'DeliveredCode', id: string, cardNumber: string | null, secret: string | null, expiresAt: string | null, status: CodeStatus }> };

export type OrdersQueryVariables = Exact<{
  status: InputMaybe<OrderStatus>;
  memberId: InputMaybe<Scalars['ID']['input']>;
  page: InputMaybe<PageInput>;
}>;


export type OrdersQuery = { __typename?: 'Query', orders: { __typename?: 'OrderPage', totalCount: number, items: Array<{ __typename?: 'Order', id: string, memberId: string, clientOrderNo: string, skuId: string, quantity: number, unitPrice: string, total: string, status: OrderStatus, failureCode: string | null, rechargeAccount: string | null, placedAt: string, deliveredAt: string | null, latencyMs: number | null }> } };

export type OrderDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderDetailQuery = { __typename?: 'Query', order: { __typename?: 'Order', id: string, memberId: string, clientOrderNo: string, skuId: string, quantity: number, unitPrice: string, total: string, status: OrderStatus, failureCode: string | null, rechargeAccount: string | null, placedAt: string, deliveredAt: string | null, latencyMs: number | null, attempts: Array<{ __typename?: 'OrderAttempt', offerId: string, outcome: AttemptOutcome, position: number | null, reason: unknown | null, at: string }>, topupProgress: Array<{ __typename?: 'OrderTopupProgress', status: TopupTaskStatus, createdAt: string, deadlineAt: string, claimedAt: string | null, finishedAt: string | null, reference: string | null, failureReason: string | null }> } };

export type WalletQueryVariables = Exact<{
  page: InputMaybe<PageInput>;
}>;


export type WalletQuery = { __typename?: 'Query', wallet: { __typename?: 'Wallet', balance: string, statementCount: number, statement: Array<{ __typename?: 'StatementLine', id: string, transactionId: string, type: LedgerTransactionType, amount: string, reference: string | null, memo: string | null, orderId: string | null, createdAt: string }> } };

export type WalletBalanceQueryVariables = Exact<{ [key: string]: never; }>;


export type WalletBalanceQuery = { __typename?: 'Query', wallet: { __typename?: 'Wallet', balance: string } };

export type SkuBriefQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SkuBriefQuery = { __typename?: 'Query', sku: { __typename?: 'Sku', id: string, code: string, name: string, category: Category, deliveryMode: DeliveryMode, unifiedPrice: string } };

export type OrganizationOptionsQueryVariables = Exact<{
  filter: InputMaybe<OrganizationFilter>;
  page: InputMaybe<PageInput>;
}>;


export type OrganizationOptionsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationPage', totalCount: number, items: Array<{ __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, status: OrganizationStatus }> } };

export type OfferBriefQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfferBriefQuery = { __typename?: 'Query', offer: { __typename?: 'Offer', id: string, skuCode: string, skuName: string, settlementPrice: string, createdAt: string, supplier: { __typename?: 'OfferSupplier', id: string, name: string } } };

export type DepositToWalletMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  amount: Scalars['Money']['input'];
  reference: Scalars['String']['input'];
}>;


export type DepositToWalletMutation = { __typename?: 'Mutation', depositToWallet: string };

export type RecordSupplierPayoutMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  amount: Scalars['Money']['input'];
  reference: Scalars['String']['input'];
}>;


export type RecordSupplierPayoutMutation = { __typename?: 'Mutation', recordSupplierPayout: string };

export type LedgerCheckQueryVariables = Exact<{ [key: string]: never; }>;


export type LedgerCheckQuery = { __typename?: 'Query', ledgerCheck: { __typename?: 'LedgerCheck', ok: boolean, full: boolean, fromCheckpoint: string | null, entriesChecked: number, brokenCheckpoint: string | null, ms: number, accountsChecked: number, transactionsChecked: number, unbalancedTransactions: Array<string>, drift: Array<{ __typename?: 'LedgerDrift', accountId: string, kind: string, organizationId: string | null, stored: string, computed: string }> } };

export type LedgerCheckModeQueryVariables = Exact<{
  full: Scalars['Boolean']['input'];
}>;


export type LedgerCheckModeQuery = { __typename?: 'Query', ledgerCheck: { __typename?: 'LedgerCheck', ok: boolean, full: boolean, fromCheckpoint: string | null, entriesChecked: number, brokenCheckpoint: string | null, ms: number, accountsChecked: number, transactionsChecked: number, unbalancedTransactions: Array<string>, drift: Array<{ __typename?: 'LedgerDrift', accountId: string, kind: string, organizationId: string | null, stored: string, computed: string }> } };

export type SkuNamesQueryVariables = Exact<{
  filter: InputMaybe<CatalogFilter>;
}>;


export type SkuNamesQuery = { __typename?: 'Query', catalog: { __typename?: 'SkuPage', items: Array<{ __typename?: 'Sku', id: string, code: string, name: string, category: Category, deliveryMode: DeliveryMode }> } };

export type OrderStatusBriefQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderStatusBriefQuery = { __typename?: 'Query', order: { __typename?: 'Order', id: string, status: OrderStatus } };

export type BankAccountFieldsFragment = { __typename?: 'BankAccount', id: string, bankName: string, branch: string | null, accountName: string, accountNo: string, note: string | null, active: boolean };

export type TopupRequestFieldsFragment = { __typename?: 'TopupRequest', id: string, number: string, memberId: string, memberName: string, amount: string, transferReference: string, bankAccountId: string | null, receiptFileId: string | null, note: string | null, status: TopupRequestStatus, duplicateOfId: string | null, duplicateCount: number, rejectReason: string | null, ledgerTransactionId: string | null, createdAt: string, decidedAt: string | null };

export type PaymentFieldsFragment = { __typename?: 'Payment', id: string, outTradeNo: string, channelId: string, channelName: string, channelKind: PaymentChannelKind, memberId: string, amount: string, fee: string, status: PaymentStatus, tradeNo: string | null, qrCode: string | null, payUrl: string | null, late: boolean, failure: string | null, expiresAt: string, paidAt: string | null, createdAt: string };

export type PaymentChannelFieldsFragment = { __typename?: 'PaymentChannel', id: string, kind: PaymentChannelKind, name: string, enabled: boolean, mode: PaymentMode, merchantId: string, gatewayUrl: string, settings: unknown, secretsSet: Array<string>, feeRateBp: number, feeFixed: string, windowMinutes: number, notifyUrl: string, updatedAt: string };

export type WithdrawalFieldsFragment = { __typename?: 'Withdrawal', id: string, number: string, supplierId: string, supplierName: string, amount: string, fee: string, net: string, cycle: SettlementCycle, settledBefore: string, payeeBank: string, payeeAccountName: string, payeeAccountNo: string, status: WithdrawalStatus, transferReference: string | null, rejectReason: string | null, createdAt: string, decidedAt: string | null };

export type PayableSummaryFieldsFragment = { __typename?: 'PayableSummary', supplierId: string, cycle: SettlementCycle, settledBefore: string, balance: string, unsettled: string, pending: string, available: string, withdrawalFeeRateBp: number, withdrawalFeeFixed: string };

export type ReconciliationRunFieldsFragment = { __typename?: 'ReconciliationRun', id: string, channelId: string, channelName: string, channelKind: string, day: string, status: string, matched: number, differences: number, channelTotal: string, ledgerTotal: string, error: string | null, ranAt: string };

export type BankAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type BankAccountsQuery = { __typename?: 'Query', bankAccounts: Array<{ __typename?: 'BankAccount', id: string, bankName: string, branch: string | null, accountName: string, accountNo: string, note: string | null, active: boolean }> };

export type SaveBankAccountMutationVariables = Exact<{
  input: SaveBankAccountInput;
}>;


export type SaveBankAccountMutation = { __typename?: 'Mutation', saveBankAccount: { __typename?: 'BankAccount', id: string, bankName: string, branch: string | null, accountName: string, accountNo: string, note: string | null, active: boolean } };

export type RequestTopupMutationVariables = Exact<{
  input: RequestTopupInput;
}>;


export type RequestTopupMutation = { __typename?: 'Mutation', requestTopup: { __typename?: 'TopupRequest', id: string, number: string, memberId: string, memberName: string, amount: string, transferReference: string, bankAccountId: string | null, receiptFileId: string | null, note: string | null, status: TopupRequestStatus, duplicateOfId: string | null, duplicateCount: number, rejectReason: string | null, ledgerTransactionId: string | null, createdAt: string, decidedAt: string | null } };

export type CancelTopupRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelTopupRequestMutation = { __typename?: 'Mutation', cancelTopupRequest: { __typename?: 'TopupRequest', id: string, number: string, memberId: string, memberName: string, amount: string, transferReference: string, bankAccountId: string | null, receiptFileId: string | null, note: string | null, status: TopupRequestStatus, duplicateOfId: string | null, duplicateCount: number, rejectReason: string | null, ledgerTransactionId: string | null, createdAt: string, decidedAt: string | null } };

export type ConfirmTopupRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  acknowledgeDuplicate: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ConfirmTopupRequestMutation = { __typename?: 'Mutation', confirmTopupRequest: { __typename?: 'TopupRequest', id: string, number: string, memberId: string, memberName: string, amount: string, transferReference: string, bankAccountId: string | null, receiptFileId: string | null, note: string | null, status: TopupRequestStatus, duplicateOfId: string | null, duplicateCount: number, rejectReason: string | null, ledgerTransactionId: string | null, createdAt: string, decidedAt: string | null } };

export type RejectTopupRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectTopupRequestMutation = { __typename?: 'Mutation', rejectTopupRequest: { __typename?: 'TopupRequest', id: string, number: string, memberId: string, memberName: string, amount: string, transferReference: string, bankAccountId: string | null, receiptFileId: string | null, note: string | null, status: TopupRequestStatus, duplicateOfId: string | null, duplicateCount: number, rejectReason: string | null, ledgerTransactionId: string | null, createdAt: string, decidedAt: string | null } };

export type TopupRequestsQueryVariables = Exact<{
  filter: InputMaybe<TopupRequestFilterInput>;
  page: InputMaybe<PageInput>;
}>;


export type TopupRequestsQuery = { __typename?: 'Query', topupRequests: { __typename?: 'TopupRequestPage', totalCount: number, items: Array<{ __typename?: 'TopupRequest', id: string, number: string, memberId: string, memberName: string, amount: string, transferReference: string, bankAccountId: string | null, receiptFileId: string | null, note: string | null, status: TopupRequestStatus, duplicateOfId: string | null, duplicateCount: number, rejectReason: string | null, ledgerTransactionId: string | null, createdAt: string, decidedAt: string | null }> } };

export type PaymentChannelOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentChannelOptionsQuery = { __typename?: 'Query', paymentChannelOptions: Array<{ __typename?: 'PaymentChannelOption', id: string, kind: PaymentChannelKind, name: string, mode: PaymentMode, windowMinutes: number }> };

export type PaymentChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentChannelsQuery = { __typename?: 'Query', paymentChannels: Array<{ __typename?: 'PaymentChannel', id: string, kind: PaymentChannelKind, name: string, enabled: boolean, mode: PaymentMode, merchantId: string, gatewayUrl: string, settings: unknown, secretsSet: Array<string>, feeRateBp: number, feeFixed: string, windowMinutes: number, notifyUrl: string, updatedAt: string }> };

export type SavePaymentChannelMutationVariables = Exact<{
  input: SavePaymentChannelInput;
}>;


export type SavePaymentChannelMutation = { __typename?: 'Mutation', savePaymentChannel: { __typename?: 'PaymentChannel', id: string, kind: PaymentChannelKind, name: string, enabled: boolean, mode: PaymentMode, merchantId: string, gatewayUrl: string, settings: unknown, secretsSet: Array<string>, feeRateBp: number, feeFixed: string, windowMinutes: number, notifyUrl: string, updatedAt: string } };

export type CreatePaymentMutationVariables = Exact<{
  input: CreatePaymentInput;
}>;


export type CreatePaymentMutation = { __typename?: 'Mutation', createPayment: { __typename?: 'Payment', id: string, outTradeNo: string, channelId: string, channelName: string, channelKind: PaymentChannelKind, memberId: string, amount: string, fee: string, status: PaymentStatus, tradeNo: string | null, qrCode: string | null, payUrl: string | null, late: boolean, failure: string | null, expiresAt: string, paidAt: string | null, createdAt: string } };

export type PaymentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PaymentQuery = { __typename?: 'Query', payment: { __typename?: 'Payment', id: string, outTradeNo: string, channelId: string, channelName: string, channelKind: PaymentChannelKind, memberId: string, amount: string, fee: string, status: PaymentStatus, tradeNo: string | null, qrCode: string | null, payUrl: string | null, late: boolean, failure: string | null, expiresAt: string, paidAt: string | null, createdAt: string, notifies: Array<{ __typename?: 'PaymentNotify', id: string, outcome: NotifyOutcome, tradeNo: string | null, amount: string | null, receivedAt: string }> } };

export type PaymentsQueryVariables = Exact<{
  filter: InputMaybe<PaymentFilterInput>;
  page: InputMaybe<PageInput>;
}>;


export type PaymentsQuery = { __typename?: 'Query', payments: { __typename?: 'PaymentPage', totalCount: number, items: Array<{ __typename?: 'Payment', id: string, outTradeNo: string, channelId: string, channelName: string, channelKind: PaymentChannelKind, memberId: string, amount: string, fee: string, status: PaymentStatus, tradeNo: string | null, qrCode: string | null, payUrl: string | null, late: boolean, failure: string | null, expiresAt: string, paidAt: string | null, createdAt: string }> } };

export type PayableSummaryQueryVariables = Exact<{
  supplierId: InputMaybe<Scalars['ID']['input']>;
}>;


export type PayableSummaryQuery = { __typename?: 'Query', payableSummary: { __typename?: 'PayableSummary', supplierId: string, cycle: SettlementCycle, settledBefore: string, balance: string, unsettled: string, pending: string, available: string, withdrawalFeeRateBp: number, withdrawalFeeFixed: string } };

export type SettlementPolicyQueryVariables = Exact<{
  supplierId: InputMaybe<Scalars['ID']['input']>;
}>;


export type SettlementPolicyQuery = { __typename?: 'Query', settlementPolicy: { __typename?: 'SettlementPolicy', cycle: SettlementCycle, withdrawalFeeRateBp: number, withdrawalFeeFixed: string, own: boolean } };

export type SetSettlementPolicyMutationVariables = Exact<{
  input: SetSettlementPolicyInput;
}>;


export type SetSettlementPolicyMutation = { __typename?: 'Mutation', setSettlementPolicy: { __typename?: 'SettlementPolicy', cycle: SettlementCycle, withdrawalFeeRateBp: number, withdrawalFeeFixed: string, own: boolean } };

export type RequestWithdrawalMutationVariables = Exact<{
  input: RequestWithdrawalInput;
}>;


export type RequestWithdrawalMutation = { __typename?: 'Mutation', requestWithdrawal: { __typename?: 'Withdrawal', id: string, number: string, supplierId: string, supplierName: string, amount: string, fee: string, net: string, cycle: SettlementCycle, settledBefore: string, payeeBank: string, payeeAccountName: string, payeeAccountNo: string, status: WithdrawalStatus, transferReference: string | null, rejectReason: string | null, createdAt: string, decidedAt: string | null } };

export type CancelWithdrawalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelWithdrawalMutation = { __typename?: 'Mutation', cancelWithdrawal: { __typename?: 'Withdrawal', id: string, number: string, supplierId: string, supplierName: string, amount: string, fee: string, net: string, cycle: SettlementCycle, settledBefore: string, payeeBank: string, payeeAccountName: string, payeeAccountNo: string, status: WithdrawalStatus, transferReference: string | null, rejectReason: string | null, createdAt: string, decidedAt: string | null } };

export type PayWithdrawalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  transferReference: Scalars['String']['input'];
}>;


export type PayWithdrawalMutation = { __typename?: 'Mutation', payWithdrawal: { __typename?: 'Withdrawal', id: string, number: string, supplierId: string, supplierName: string, amount: string, fee: string, net: string, cycle: SettlementCycle, settledBefore: string, payeeBank: string, payeeAccountName: string, payeeAccountNo: string, status: WithdrawalStatus, transferReference: string | null, rejectReason: string | null, createdAt: string, decidedAt: string | null } };

export type RejectWithdrawalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectWithdrawalMutation = { __typename?: 'Mutation', rejectWithdrawal: { __typename?: 'Withdrawal', id: string, number: string, supplierId: string, supplierName: string, amount: string, fee: string, net: string, cycle: SettlementCycle, settledBefore: string, payeeBank: string, payeeAccountName: string, payeeAccountNo: string, status: WithdrawalStatus, transferReference: string | null, rejectReason: string | null, createdAt: string, decidedAt: string | null } };

export type WithdrawalsQueryVariables = Exact<{
  filter: InputMaybe<WithdrawalFilterInput>;
  page: InputMaybe<PageInput>;
}>;


export type WithdrawalsQuery = { __typename?: 'Query', withdrawals: { __typename?: 'WithdrawalPage', totalCount: number, items: Array<{ __typename?: 'Withdrawal', id: string, number: string, supplierId: string, supplierName: string, amount: string, fee: string, net: string, cycle: SettlementCycle, settledBefore: string, payeeBank: string, payeeAccountName: string, payeeAccountNo: string, status: WithdrawalStatus, transferReference: string | null, rejectReason: string | null, createdAt: string, decidedAt: string | null }> } };

export type PayoutStatementQueryVariables = Exact<{
  withdrawalId: Scalars['ID']['input'];
}>;


export type PayoutStatementQuery = { __typename?: 'Query', payoutStatement: { __typename?: 'PayoutStatement', periodStart: string | null, periodEnd: string, opening: string, movements: string, available: string, withdrawn: string, fee: string, net: string, carriedForward: string, withdrawal: { __typename?: 'Withdrawal', id: string, number: string, supplierId: string, supplierName: string, amount: string, fee: string, net: string, cycle: SettlementCycle, settledBefore: string, payeeBank: string, payeeAccountName: string, payeeAccountNo: string, status: WithdrawalStatus, transferReference: string | null, rejectReason: string | null, createdAt: string, decidedAt: string | null }, totalsByType: Array<{ __typename?: 'PayoutTypeTotal', type: LedgerTransactionType, count: number, total: string }>, lines: Array<{ __typename?: 'LedgerEntry', id: string, transactionId: string, type: LedgerTransactionType, amount: string, reference: string | null, orderId: string | null, clientOrderNo: string | null, memo: string | null, createdAt: string }> } };

export type ReconciliationRunsQueryVariables = Exact<{
  filter: InputMaybe<ReconciliationFilterInput>;
  page: InputMaybe<PageInput>;
}>;


export type ReconciliationRunsQuery = { __typename?: 'Query', reconciliationRuns: { __typename?: 'ReconciliationRunPage', totalCount: number, items: Array<{ __typename?: 'ReconciliationRun', id: string, channelId: string, channelName: string, channelKind: string, day: string, status: string, matched: number, differences: number, channelTotal: string, ledgerTotal: string, error: string | null, ranAt: string }> } };

export type ReconciliationLinesQueryVariables = Exact<{
  filter: InputMaybe<ReconciliationFilterInput>;
  status: InputMaybe<ReconciliationStatus>;
  page: InputMaybe<PageInput>;
}>;


export type ReconciliationLinesQuery = { __typename?: 'Query', reconciliationRuns: { __typename?: 'ReconciliationRunPage', items: Array<{ __typename?: 'ReconciliationRun', id: string, channelId: string, channelName: string, channelKind: string, day: string, status: string, matched: number, differences: number, channelTotal: string, ledgerTotal: string, error: string | null, ranAt: string, lines: { __typename?: 'ReconciliationLinePage', totalCount: number, items: Array<{ __typename?: 'ReconciliationLine', id: string, status: ReconciliationStatus, outTradeNo: string | null, tradeNo: string | null, paymentId: string | null, channelAmount: string | null, ledgerAmount: string | null, channelFee: string | null, ledgerFee: string | null }> } }> } };

export type RunReconciliationMutationVariables = Exact<{
  channelId: Scalars['ID']['input'];
  day: Scalars['String']['input'];
}>;


export type RunReconciliationMutation = { __typename?: 'Mutation', runReconciliation: { __typename?: 'ReconciliationRun', id: string, channelId: string, channelName: string, channelKind: string, day: string, status: string, matched: number, differences: number, channelTotal: string, ledgerTotal: string, error: string | null, ranAt: string } };

export type ProvenanceEventFieldsFragment = { __typename?: 'ProvenanceEvent', seq: number, type: string, subjectType: string | null, subjectId: string | null, payload: unknown, occurredAt: string, prevHash: string, hash: string, who: string | null };

export type CodeProvenanceQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
}>;


export type CodeProvenanceQuery = { __typename?: 'Query', codeProvenance: { __typename?: 'CodeProvenance', codeId: string, codeStatus: string, supplierName: string, skuName: string, batchId: string, importedAt: string, batchStatus: string, batchDecidedAt: string | null, sampleSize: number, sampleValid: number, sampleInvalid: number, sampled: boolean, sampleResult: string | null, soldAt: string | null, orderId: string, orderLineId: string, clientOrderNo: string, placedAt: string, deliveredAt: string | null, tickets: Array<{ __typename?: 'ProvenanceTicket', id: string, number: string, category: TicketCategory, status: TicketStatus, openedAt: string }>, events: Array<{ __typename?: 'ProvenanceEvent', seq: number, type: string, subjectType: string | null, subjectId: string | null, payload: unknown, occurredAt: string, prevHash: string, hash: string, who: string | null }> } };

export type VerifyProvenanceQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
}>;


export type VerifyProvenanceQuery = { __typename?: 'Query', verifyProvenance: { __typename?: 'ProvenanceVerification', ok: boolean, checked: number, firstBrokenSeq: number | null } };

export type BatchProvenanceQueryVariables = Exact<{
  batchId: Scalars['ID']['input'];
}>;


export type BatchProvenanceQuery = { __typename?: 'Query', batchProvenance: { __typename?: 'BatchProvenance', batchId: string, skuName: string, status: string, source: string, accepted: number, createdAt: string, completedAt: string | null, decidedAt: string | null, sampleSize: number, sampleValid: number, sampleInvalid: number, quarantineReason: string | null, sold: number, counts: Array<{ __typename?: 'BatchCodeCount', status: string, count: number }>, tickets: Array<{ __typename?: 'ProvenanceTicket', id: string, number: string, category: TicketCategory, status: TicketStatus, openedAt: string }>, events: Array<{ __typename?: 'ProvenanceEvent', seq: number, type: string, subjectType: string | null, subjectId: string | null, payload: unknown, occurredAt: string, prevHash: string, hash: string, who: string | null }> } };

export type VerifyBatchProvenanceQueryVariables = Exact<{
  batchId: Scalars['ID']['input'];
}>;


export type VerifyBatchProvenanceQuery = { __typename?: 'Query', verifyBatchProvenance: { __typename?: 'ProvenanceVerification', ok: boolean, checked: number, firstBrokenSeq: number | null } };

export type CodeProvenanceBundleQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
  knownSize: InputMaybe<Scalars['Int']['input']>;
}>;


export type CodeProvenanceBundleQuery = { __typename?: 'Query', codeProvenanceBundle: unknown };

export type AuditLogKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditLogKeyQuery = { __typename?: 'Query', auditLogKey: { __typename?: 'AuditLogKey', origin: string, algorithm: string, publicKey: string, verifierKey: string } };

export type LatestAuditCheckpointQueryVariables = Exact<{ [key: string]: never; }>;


export type LatestAuditCheckpointQuery = { __typename?: 'Query', latestAuditCheckpoint: { __typename?: 'AuditCheckpoint', treeSize: number, rootHash: string, headHash: string, note: string, createdAt: string } | null };

export type RatingFieldsFragment = { __typename?: 'Rating', id: string, orderId: string, clientOrderNo: string, skuName: string, side: RatingSide, raterId: string, raterName: string, ratedId: string, ratedName: string, status: RatingStatus, contentVisible: boolean, comment: string | null, revealsAt: string, revealedAt: string | null, excludedReason: string | null, retaliationFlag: boolean, reply: string | null, repliedAt: string | null, hiddenReason: string | null, hiddenNote: string | null, hiddenAt: string | null, createdAt: string, canReply: boolean, canRequestRemoval: boolean, removalPending: boolean, scores: { __typename?: 'RatingScores', authenticity: number | null, afterSales: number | null, speed: number | null, conduct: number | null, fairness: number | null, overall: number | null } | null };

export type OrderRatingFieldsFragment = { __typename?: 'OrderRating', side: RatingSide | null, canRate: boolean, rateUntil: string | null, reason: string | null, mine: { __typename?: 'Rating', id: string, orderId: string, clientOrderNo: string, skuName: string, side: RatingSide, raterId: string, raterName: string, ratedId: string, ratedName: string, status: RatingStatus, contentVisible: boolean, comment: string | null, revealsAt: string, revealedAt: string | null, excludedReason: string | null, retaliationFlag: boolean, reply: string | null, repliedAt: string | null, hiddenReason: string | null, hiddenNote: string | null, hiddenAt: string | null, createdAt: string, canReply: boolean, canRequestRemoval: boolean, removalPending: boolean, scores: { __typename?: 'RatingScores', authenticity: number | null, afterSales: number | null, speed: number | null, conduct: number | null, fairness: number | null, overall: number | null } | null } | null, theirs: { __typename?: 'Rating', id: string, orderId: string, clientOrderNo: string, skuName: string, side: RatingSide, raterId: string, raterName: string, ratedId: string, ratedName: string, status: RatingStatus, contentVisible: boolean, comment: string | null, revealsAt: string, revealedAt: string | null, excludedReason: string | null, retaliationFlag: boolean, reply: string | null, repliedAt: string | null, hiddenReason: string | null, hiddenNote: string | null, hiddenAt: string | null, createdAt: string, canReply: boolean, canRequestRemoval: boolean, removalPending: boolean, scores: { __typename?: 'RatingScores', authenticity: number | null, afterSales: number | null, speed: number | null, conduct: number | null, fairness: number | null, overall: number | null } | null } | null };

export type RateOrderMutationVariables = Exact<{
  input: RateOrderInput;
}>;


export type RateOrderMutation = { __typename?: 'Mutation', rateOrder: { __typename?: 'Rating', id: string, orderId: string, clientOrderNo: string, skuName: string, side: RatingSide, raterId: string, raterName: string, ratedId: string, ratedName: string, status: RatingStatus, contentVisible: boolean, comment: string | null, revealsAt: string, revealedAt: string | null, excludedReason: string | null, retaliationFlag: boolean, reply: string | null, repliedAt: string | null, hiddenReason: string | null, hiddenNote: string | null, hiddenAt: string | null, createdAt: string, canReply: boolean, canRequestRemoval: boolean, removalPending: boolean, scores: { __typename?: 'RatingScores', authenticity: number | null, afterSales: number | null, speed: number | null, conduct: number | null, fairness: number | null, overall: number | null } | null } };

export type ReplyToRatingMutationVariables = Exact<{
  ratingId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type ReplyToRatingMutation = { __typename?: 'Mutation', replyToRating: { __typename?: 'Rating', id: string, orderId: string, clientOrderNo: string, skuName: string, side: RatingSide, raterId: string, raterName: string, ratedId: string, ratedName: string, status: RatingStatus, contentVisible: boolean, comment: string | null, revealsAt: string, revealedAt: string | null, excludedReason: string | null, retaliationFlag: boolean, reply: string | null, repliedAt: string | null, hiddenReason: string | null, hiddenNote: string | null, hiddenAt: string | null, createdAt: string, canReply: boolean, canRequestRemoval: boolean, removalPending: boolean, scores: { __typename?: 'RatingScores', authenticity: number | null, afterSales: number | null, speed: number | null, conduct: number | null, fairness: number | null, overall: number | null } | null } };

export type RequestRatingRemovalMutationVariables = Exact<{
  ratingId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RequestRatingRemovalMutation = { __typename?: 'Mutation', requestRatingRemoval: { __typename?: 'RatingRemovalRequest', id: string, status: RatingRemovalStatus, reason: string, rating: { __typename?: 'Rating', id: string, orderId: string, clientOrderNo: string, skuName: string, side: RatingSide, raterId: string, raterName: string, ratedId: string, ratedName: string, status: RatingStatus, contentVisible: boolean, comment: string | null, revealsAt: string, revealedAt: string | null, excludedReason: string | null, retaliationFlag: boolean, reply: string | null, repliedAt: string | null, hiddenReason: string | null, hiddenNote: string | null, hiddenAt: string | null, createdAt: string, canReply: boolean, canRequestRemoval: boolean, removalPending: boolean, scores: { __typename?: 'RatingScores', authenticity: number | null, afterSales: number | null, speed: number | null, conduct: number | null, fairness: number | null, overall: number | null } | null } } };

export type RatingRemovalRequestFieldsFragment = { __typename?: 'RatingRemovalRequest', id: string, ratingId: string, requestedByOrganizationId: string, reason: string, status: RatingRemovalStatus, decisionNote: string | null, decidedAt: string | null, createdAt: string, rating: { __typename?: 'Rating', id: string, orderId: string, clientOrderNo: string, skuName: string, side: RatingSide, raterId: string, raterName: string, ratedId: string, ratedName: string, status: RatingStatus, contentVisible: boolean, comment: string | null, revealsAt: string, revealedAt: string | null, excludedReason: string | null, retaliationFlag: boolean, reply: string | null, repliedAt: string | null, hiddenReason: string | null, hiddenNote: string | null, hiddenAt: string | null, createdAt: string, canReply: boolean, canRequestRemoval: boolean, removalPending: boolean, scores: { __typename?: 'RatingScores', authenticity: number | null, afterSales: number | null, speed: number | null, conduct: number | null, fairness: number | null, overall: number | null } | null } };

export type DecideRatingRemovalMutationVariables = Exact<{
  input: DecideRatingRemovalInput;
}>;


export type DecideRatingRemovalMutation = { __typename?: 'Mutation', decideRatingRemoval: { __typename?: 'RatingRemovalRequest', id: string, ratingId: string, requestedByOrganizationId: string, reason: string, status: RatingRemovalStatus, decisionNote: string | null, decidedAt: string | null, createdAt: string, rating: { __typename?: 'Rating', id: string, orderId: string, clientOrderNo: string, skuName: string, side: RatingSide, raterId: string, raterName: string, ratedId: string, ratedName: string, status: RatingStatus, contentVisible: boolean, comment: string | null, revealsAt: string, revealedAt: string | null, excludedReason: string | null, retaliationFlag: boolean, reply: string | null, repliedAt: string | null, hiddenReason: string | null, hiddenNote: string | null, hiddenAt: string | null, createdAt: string, canReply: boolean, canRequestRemoval: boolean, removalPending: boolean, scores: { __typename?: 'RatingScores', authenticity: number | null, afterSales: number | null, speed: number | null, conduct: number | null, fairness: number | null, overall: number | null } | null } } };

export type OrderRatingsQueryVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type OrderRatingsQuery = { __typename?: 'Query', orderRatings: Array<{ __typename?: 'Rating', id: string, orderId: string, clientOrderNo: string, skuName: string, side: RatingSide, raterId: string, raterName: string, ratedId: string, ratedName: string, status: RatingStatus, contentVisible: boolean, comment: string | null, revealsAt: string, revealedAt: string | null, excludedReason: string | null, retaliationFlag: boolean, reply: string | null, repliedAt: string | null, hiddenReason: string | null, hiddenNote: string | null, hiddenAt: string | null, createdAt: string, canReply: boolean, canRequestRemoval: boolean, removalPending: boolean, scores: { __typename?: 'RatingScores', authenticity: number | null, afterSales: number | null, speed: number | null, conduct: number | null, fairness: number | null, overall: number | null } | null }> };

export type OrderRatingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderRatingQuery = { __typename?: 'Query', order: { __typename?: 'Order', id: string, clientOrderNo: string, status: OrderStatus, deliveredAt: string | null, rating: { __typename?: 'OrderRating', side: RatingSide | null, canRate: boolean, rateUntil: string | null, reason: string | null, mine: { __typename?: 'Rating', id: string, orderId: string, clientOrderNo: string, skuName: string, side: RatingSide, raterId: string, raterName: string, ratedId: string, ratedName: string, status: RatingStatus, contentVisible: boolean, comment: string | null, revealsAt: string, revealedAt: string | null, excludedReason: string | null, retaliationFlag: boolean, reply: string | null, repliedAt: string | null, hiddenReason: string | null, hiddenNote: string | null, hiddenAt: string | null, createdAt: string, canReply: boolean, canRequestRemoval: boolean, removalPending: boolean, scores: { __typename?: 'RatingScores', authenticity: number | null, afterSales: number | null, speed: number | null, conduct: number | null, fairness: number | null, overall: number | null } | null } | null, theirs: { __typename?: 'Rating', id: string, orderId: string, clientOrderNo: string, skuName: string, side: RatingSide, raterId: string, raterName: string, ratedId: string, ratedName: string, status: RatingStatus, contentVisible: boolean, comment: string | null, revealsAt: string, revealedAt: string | null, excludedReason: string | null, retaliationFlag: boolean, reply: string | null, repliedAt: string | null, hiddenReason: string | null, hiddenNote: string | null, hiddenAt: string | null, createdAt: string, canReply: boolean, canRequestRemoval: boolean, removalPending: boolean, scores: { __typename?: 'RatingScores', authenticity: number | null, afterSales: number | null, speed: number | null, conduct: number | null, fairness: number | null, overall: number | null } | null } | null } } };

export type SaleRatingsQueryVariables = Exact<{
  page: InputMaybe<PageInput>;
}>;


export type SaleRatingsQuery = { __typename?: 'Query', sales: { __typename?: 'SalePage', totalCount: number, items: Array<{ __typename?: 'Sale', id: string, orderId: string, clientOrderNo: string, skuName: string, quantity: number, status: OrderStatus, deliveredAt: string | null, rating: { __typename?: 'OrderRating', side: RatingSide | null, canRate: boolean, rateUntil: string | null, reason: string | null, mine: { __typename?: 'Rating', id: string, orderId: string, clientOrderNo: string, skuName: string, side: RatingSide, raterId: string, raterName: string, ratedId: string, ratedName: string, status: RatingStatus, contentVisible: boolean, comment: string | null, revealsAt: string, revealedAt: string | null, excludedReason: string | null, retaliationFlag: boolean, reply: string | null, repliedAt: string | null, hiddenReason: string | null, hiddenNote: string | null, hiddenAt: string | null, createdAt: string, canReply: boolean, canRequestRemoval: boolean, removalPending: boolean, scores: { __typename?: 'RatingScores', authenticity: number | null, afterSales: number | null, speed: number | null, conduct: number | null, fairness: number | null, overall: number | null } | null } | null, theirs: { __typename?: 'Rating', id: string, orderId: string, clientOrderNo: string, skuName: string, side: RatingSide, raterId: string, raterName: string, ratedId: string, ratedName: string, status: RatingStatus, contentVisible: boolean, comment: string | null, revealsAt: string, revealedAt: string | null, excludedReason: string | null, retaliationFlag: boolean, reply: string | null, repliedAt: string | null, hiddenReason: string | null, hiddenNote: string | null, hiddenAt: string | null, createdAt: string, canReply: boolean, canRequestRemoval: boolean, removalPending: boolean, scores: { __typename?: 'RatingScores', authenticity: number | null, afterSales: number | null, speed: number | null, conduct: number | null, fairness: number | null, overall: number | null } | null } | null } }> } };

export type RatingsReceivedQueryVariables = Exact<{
  filter: InputMaybe<RatingFilterInput>;
  page: InputMaybe<PageInput>;
}>;


export type RatingsReceivedQuery = { __typename?: 'Query', ratingsReceived: { __typename?: 'RatingPage', totalCount: number, items: Array<{ __typename?: 'Rating', id: string, orderId: string, clientOrderNo: string, skuName: string, side: RatingSide, raterId: string, raterName: string, ratedId: string, ratedName: string, status: RatingStatus, contentVisible: boolean, comment: string | null, revealsAt: string, revealedAt: string | null, excludedReason: string | null, retaliationFlag: boolean, reply: string | null, repliedAt: string | null, hiddenReason: string | null, hiddenNote: string | null, hiddenAt: string | null, createdAt: string, canReply: boolean, canRequestRemoval: boolean, removalPending: boolean, scores: { __typename?: 'RatingScores', authenticity: number | null, afterSales: number | null, speed: number | null, conduct: number | null, fairness: number | null, overall: number | null } | null }> } };

export type RatingsGivenQueryVariables = Exact<{
  filter: InputMaybe<RatingFilterInput>;
  page: InputMaybe<PageInput>;
}>;


export type RatingsGivenQuery = { __typename?: 'Query', ratingsGiven: { __typename?: 'RatingPage', totalCount: number, items: Array<{ __typename?: 'Rating', id: string, orderId: string, clientOrderNo: string, skuName: string, side: RatingSide, raterId: string, raterName: string, ratedId: string, ratedName: string, status: RatingStatus, contentVisible: boolean, comment: string | null, revealsAt: string, revealedAt: string | null, excludedReason: string | null, retaliationFlag: boolean, reply: string | null, repliedAt: string | null, hiddenReason: string | null, hiddenNote: string | null, hiddenAt: string | null, createdAt: string, canReply: boolean, canRequestRemoval: boolean, removalPending: boolean, scores: { __typename?: 'RatingScores', authenticity: number | null, afterSales: number | null, speed: number | null, conduct: number | null, fairness: number | null, overall: number | null } | null }> } };

export type RatingSummaryQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type RatingSummaryQuery = { __typename?: 'Query', ratingSummary: { __typename?: 'RatingSummary', organizationId: string, count: number, excludedCount: number, authenticity: number | null, afterSales: number | null, speed: number | null, conduct: number | null, fairness: number | null, overall: number | null } };

export type RatingRemovalRequestsQueryVariables = Exact<{
  filter: InputMaybe<RatingRemovalFilterInput>;
  page: InputMaybe<PageInput>;
}>;


export type RatingRemovalRequestsQuery = { __typename?: 'Query', ratingRemovalRequests: { __typename?: 'RatingRemovalRequestPage', totalCount: number, items: Array<{ __typename?: 'RatingRemovalRequest', id: string, ratingId: string, requestedByOrganizationId: string, reason: string, status: RatingRemovalStatus, decisionNote: string | null, decidedAt: string | null, createdAt: string, rating: { __typename?: 'Rating', id: string, orderId: string, clientOrderNo: string, skuName: string, side: RatingSide, raterId: string, raterName: string, ratedId: string, ratedName: string, status: RatingStatus, contentVisible: boolean, comment: string | null, revealsAt: string, revealedAt: string | null, excludedReason: string | null, retaliationFlag: boolean, reply: string | null, repliedAt: string | null, hiddenReason: string | null, hiddenNote: string | null, hiddenAt: string | null, createdAt: string, canReply: boolean, canRequestRemoval: boolean, removalPending: boolean, scores: { __typename?: 'RatingScores', authenticity: number | null, afterSales: number | null, speed: number | null, conduct: number | null, fairness: number | null, overall: number | null } | null } }> } };

export type MemberOrderRatingsQueryVariables = Exact<{
  page: InputMaybe<PageInput>;
}>;


export type MemberOrderRatingsQuery = { __typename?: 'Query', orders: { __typename?: 'OrderPage', totalCount: number, items: Array<{ __typename?: 'Order', id: string, clientOrderNo: string, skuId: string, status: OrderStatus, deliveredAt: string | null, rating: { __typename?: 'OrderRating', side: RatingSide | null, canRate: boolean, rateUntil: string | null, reason: string | null, mine: { __typename?: 'Rating', id: string, orderId: string, clientOrderNo: string, skuName: string, side: RatingSide, raterId: string, raterName: string, ratedId: string, ratedName: string, status: RatingStatus, contentVisible: boolean, comment: string | null, revealsAt: string, revealedAt: string | null, excludedReason: string | null, retaliationFlag: boolean, reply: string | null, repliedAt: string | null, hiddenReason: string | null, hiddenNote: string | null, hiddenAt: string | null, createdAt: string, canReply: boolean, canRequestRemoval: boolean, removalPending: boolean, scores: { __typename?: 'RatingScores', authenticity: number | null, afterSales: number | null, speed: number | null, conduct: number | null, fairness: number | null, overall: number | null } | null } | null, theirs: { __typename?: 'Rating', id: string, orderId: string, clientOrderNo: string, skuName: string, side: RatingSide, raterId: string, raterName: string, ratedId: string, ratedName: string, status: RatingStatus, contentVisible: boolean, comment: string | null, revealsAt: string, revealedAt: string | null, excludedReason: string | null, retaliationFlag: boolean, reply: string | null, repliedAt: string | null, hiddenReason: string | null, hiddenNote: string | null, hiddenAt: string | null, createdAt: string, canReply: boolean, canRequestRemoval: boolean, removalPending: boolean, scores: { __typename?: 'RatingScores', authenticity: number | null, afterSales: number | null, speed: number | null, conduct: number | null, fairness: number | null, overall: number | null } | null } | null } }> } };

export type ReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewQueueQuery = { __typename?: 'Query', reviewQueue: { __typename?: 'ReviewQueue', organizations: Array<{ __typename?: 'Organization', statusReason: string | null, possibleActions: Array<OrganizationAction>, realNameVerified: boolean, missingDocuments: Array<DocumentType>, unapprovedDocuments: Array<DocumentType>, id: string, name: string, kind: OrganizationKind, channelType: ChannelType | null, status: OrganizationStatus, unifiedSocialCreditCode: string, contactName: string, contactPhone: string, createdAt: string, updatedAt: string }>, documents: Array<{ __typename?: 'QualificationDocument', id: string, organizationId: string, organizationName: string, type: DocumentType, number: string, issuer: string, validFrom: string, validTo: string, expiresInDays: number, registeredCapital: string | null, status: DocumentStatus, superseded: boolean, verificationMethod: VerificationMethod | null, reviewNote: string | null, reviewerEmail: string | null, reviewedAt: string | null, replacesId: string | null, createdAt: string, brand: { __typename?: 'Brand', id: string, name: string } | null, file: { __typename?: 'StoredFile', id: string, sha256: string, size: number, contentType: string, originalName: string, url: string, createdAt: string } }> } };

export type ReviewDocumentMutationVariables = Exact<{
  input: ReviewDocumentInput;
}>;


export type ReviewDocumentMutation = { __typename?: 'Mutation', reviewDocument: { __typename?: 'QualificationDocument', id: string, organizationId: string, organizationName: string, type: DocumentType, number: string, issuer: string, validFrom: string, validTo: string, expiresInDays: number, registeredCapital: string | null, status: DocumentStatus, superseded: boolean, verificationMethod: VerificationMethod | null, reviewNote: string | null, reviewerEmail: string | null, reviewedAt: string | null, replacesId: string | null, createdAt: string, brand: { __typename?: 'Brand', id: string, name: string } | null, file: { __typename?: 'StoredFile', id: string, sha256: string, size: number, contentType: string, originalName: string, url: string, createdAt: string } } };

export type DecideOrganizationMutationVariables = Exact<{
  input: DecideOrganizationInput;
}>;


export type DecideOrganizationMutation = { __typename?: 'Mutation', decideOrganization: { __typename?: 'Organization', statusReason: string | null, possibleActions: Array<OrganizationAction>, realNameVerified: boolean, missingDocuments: Array<DocumentType>, unapprovedDocuments: Array<DocumentType>, id: string, name: string, kind: OrganizationKind, channelType: ChannelType | null, status: OrganizationStatus, unifiedSocialCreditCode: string, contactName: string, contactPhone: string, createdAt: string, updatedAt: string } };

export type CreateBrandMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type CreateBrandMutation = { __typename?: 'Mutation', createBrand: { __typename?: 'Brand', id: string, name: string, createdAt: string } };

export type ScoreDimensionFieldsFragment = { __typename?: 'ScoreDimensionValue', dimension: ScoreDimension, formulaId: string, formulaVersion: number, value: number, numerator: number | null, denominator: number | null, normalised: number | null, prior: number, priorWeight: number, evidence: Array<{ __typename?: 'ScoreEvidence', id: string | null, dimension: ScoreDimension, measure: string, value: number }> };

export type ScoreWeightsFieldsFragment = { __typename?: 'ScoreWeights', compliance: number, authenticity: number, afterSales: number, priceStability: number, reputation: number, updatedAt: string | null };

export type ScoreTrendFieldsFragment = { __typename?: 'ScoreTrendPoint', at: string, day: string, total: number, evaluationRunId: string | null, dimensions: Array<{ __typename?: 'ScoreTrendDimension', dimension: ScoreDimension, value: number }> };

export type SupplierScorecardFieldsFragment = { __typename?: 'SupplierScorecard', organizationId: string, organizationName: string, organizationStatus: OrganizationStatus, total: number, rank: number | null, fulfilmentRate: number | null, computedAt: string | null, weights: { __typename?: 'ScoreWeights', compliance: number, authenticity: number, afterSales: number, priceStability: number, reputation: number, updatedAt: string | null }, dimensions: Array<{ __typename?: 'ScoreDimensionValue', dimension: ScoreDimension, formulaId: string, formulaVersion: number, value: number, numerator: number | null, denominator: number | null, normalised: number | null, prior: number, priorWeight: number, evidence: Array<{ __typename?: 'ScoreEvidence', id: string | null, dimension: ScoreDimension, measure: string, value: number }> }> };

export type EvaluationAppealFieldsFragment = { __typename?: 'EvaluationAppeal', id: string, candidateId: string, runId: string, organizationId: string, organizationName: string, reason: string, evidenceRowIds: Array<string>, status: AppealStatus, filedAt: string, decidedAt: string | null, decisionReason: string | null, evidence: Array<{ __typename?: 'ScoreEvidence', id: string | null, dimension: ScoreDimension, measure: string, value: number }> };

export type EvaluationCandidateFieldsFragment = { __typename?: 'EvaluationCandidate', id: string, runId: string, quarter: string, organizationId: string, organizationName: string, total: number, threshold: number, status: EvaluationCandidateStatus, appealDeadline: string, canAppeal: boolean, decidedAt: string | null, decisionReason: string | null, createdAt: string, outcome: { __typename?: 'EliminationOutcome', offersDelisted: number, codesFrozen: number, payableSettled: string, ledgerTransactionId: string | null, holdback: string | null, holdbackReleaseAt: string | null, refundRateBp: number | null } | null, appeal: { __typename?: 'EvaluationAppeal', id: string, candidateId: string, runId: string, organizationId: string, organizationName: string, reason: string, evidenceRowIds: Array<string>, status: AppealStatus, filedAt: string, decidedAt: string | null, decisionReason: string | null, evidence: Array<{ __typename?: 'ScoreEvidence', id: string | null, dimension: ScoreDimension, measure: string, value: number }> } | null, dimensions: Array<{ __typename?: 'ScoreDimensionValue', dimension: ScoreDimension, formulaId: string, formulaVersion: number, value: number, numerator: number | null, denominator: number | null, normalised: number | null, prior: number, priorWeight: number, evidence: Array<{ __typename?: 'ScoreEvidence', id: string | null, dimension: ScoreDimension, measure: string, value: number }> }> };

export type EvaluationRunFieldsFragment = { __typename?: 'EvaluationRun', id: string, quarter: string, trigger: string, threshold: number, supplierCount: number, candidateCount: number, frozenAt: string, windowStart: string | null, windowEnd: string | null, formulas: unknown, weights: { __typename?: 'ScoreWeights', compliance: number, authenticity: number, afterSales: number, priceStability: number, reputation: number, updatedAt: string | null } };

export type ProbationWatchFieldsFragment = { __typename?: 'ProbationWatch', organizationId: string, organizationName: string, status: ProbationStatus, startedAt: string, orders: number, target: number, failing: Array<ProbationMeasure>, decidedAt: string | null, decisionReason: string | null, measures: Array<{ __typename?: 'ProbationMeasureResult', measure: ProbationMeasure, value: number | null, threshold: number, passing: boolean }> };

export type SupplierScorecardsQueryVariables = Exact<{
  filter: InputMaybe<ScorecardFilterInput>;
  page: InputMaybe<PageInput>;
  trendDays?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SupplierScorecardsQuery = { __typename?: 'Query', supplierScorecards: { __typename?: 'SupplierScorecardPage', totalCount: number, items: Array<{ __typename?: 'SupplierScorecard', organizationId: string, organizationName: string, organizationStatus: OrganizationStatus, total: number, rank: number | null, fulfilmentRate: number | null, computedAt: string | null, trend: Array<{ __typename?: 'ScoreTrendPoint', at: string, day: string, total: number, evaluationRunId: string | null, dimensions: Array<{ __typename?: 'ScoreTrendDimension', dimension: ScoreDimension, value: number }> }>, weights: { __typename?: 'ScoreWeights', compliance: number, authenticity: number, afterSales: number, priceStability: number, reputation: number, updatedAt: string | null }, dimensions: Array<{ __typename?: 'ScoreDimensionValue', dimension: ScoreDimension, formulaId: string, formulaVersion: number, value: number, numerator: number | null, denominator: number | null, normalised: number | null, prior: number, priorWeight: number, evidence: Array<{ __typename?: 'ScoreEvidence', id: string | null, dimension: ScoreDimension, measure: string, value: number }> }> }> } };

export type ScorecardQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  trendDays?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ScorecardQuery = { __typename?: 'Query', scorecard: { __typename?: 'SupplierScorecard', rankOf: number | null, windowFrom: string | null, windowTo: string | null, organizationId: string, organizationName: string, organizationStatus: OrganizationStatus, total: number, rank: number | null, fulfilmentRate: number | null, computedAt: string | null, trend: Array<{ __typename?: 'ScoreTrendPoint', at: string, day: string, total: number, evaluationRunId: string | null, dimensions: Array<{ __typename?: 'ScoreTrendDimension', dimension: ScoreDimension, value: number }> }>, weights: { __typename?: 'ScoreWeights', compliance: number, authenticity: number, afterSales: number, priceStability: number, reputation: number, updatedAt: string | null }, dimensions: Array<{ __typename?: 'ScoreDimensionValue', dimension: ScoreDimension, formulaId: string, formulaVersion: number, value: number, numerator: number | null, denominator: number | null, normalised: number | null, prior: number, priorWeight: number, evidence: Array<{ __typename?: 'ScoreEvidence', id: string | null, dimension: ScoreDimension, measure: string, value: number }> }> } };

export type MemberScorecardsQueryVariables = Exact<{
  search: InputMaybe<Scalars['String']['input']>;
  page: InputMaybe<PageInput>;
}>;


export type MemberScorecardsQuery = { __typename?: 'Query', memberScorecards: { __typename?: 'MemberScorecardPage', totalCount: number, items: Array<{ __typename?: 'MemberScorecard', organizationId: string, organizationName: string, total: number, computedAt: string | null, dimensions: Array<{ __typename?: 'ScoreDimensionValue', dimension: ScoreDimension, formulaId: string, formulaVersion: number, value: number, numerator: number | null, denominator: number | null, normalised: number | null, prior: number, priorWeight: number, evidence: Array<{ __typename?: 'ScoreEvidence', id: string | null, dimension: ScoreDimension, measure: string, value: number }> }> }> } };

export type ScoreWeightsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScoreWeightsQuery = { __typename?: 'Query', scoreWeights: { __typename?: 'ScoreWeights', compliance: number, authenticity: number, afterSales: number, priceStability: number, reputation: number, updatedAt: string | null } };

export type UpdateScoreWeightsMutationVariables = Exact<{
  input: ScoreWeightsInput;
}>;


export type UpdateScoreWeightsMutation = { __typename?: 'Mutation', updateScoreWeights: { __typename?: 'ScoreWeights', compliance: number, authenticity: number, afterSales: number, priceStability: number, reputation: number, updatedAt: string | null } };

export type RecomputeScorecardsMutationVariables = Exact<{ [key: string]: never; }>;


export type RecomputeScorecardsMutation = { __typename?: 'Mutation', recomputeScorecards: number };

export type EvaluationRunsQueryVariables = Exact<{
  page: InputMaybe<PageInput>;
}>;


export type EvaluationRunsQuery = { __typename?: 'Query', evaluationRuns: { __typename?: 'EvaluationRunPage', totalCount: number, items: Array<{ __typename?: 'EvaluationRun', id: string, quarter: string, trigger: string, threshold: number, supplierCount: number, candidateCount: number, frozenAt: string, windowStart: string | null, windowEnd: string | null, formulas: unknown, weights: { __typename?: 'ScoreWeights', compliance: number, authenticity: number, afterSales: number, priceStability: number, reputation: number, updatedAt: string | null } }> } };

export type EvaluationRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EvaluationRunQuery = { __typename?: 'Query', evaluationRun: { __typename?: 'EvaluationRun', id: string, quarter: string, trigger: string, threshold: number, supplierCount: number, candidateCount: number, frozenAt: string, windowStart: string | null, windowEnd: string | null, formulas: unknown, scores: Array<{ __typename?: 'EvaluationScore', id: string, organizationId: string, organizationName: string, total: number, candidate: boolean, dimensions: Array<{ __typename?: 'ScoreDimensionValue', dimension: ScoreDimension, formulaId: string, formulaVersion: number, value: number, numerator: number | null, denominator: number | null, normalised: number | null, prior: number, priorWeight: number, evidence: Array<{ __typename?: 'ScoreEvidence', id: string | null, dimension: ScoreDimension, measure: string, value: number }> }> }>, candidates: Array<{ __typename?: 'EvaluationCandidate', id: string, runId: string, quarter: string, organizationId: string, organizationName: string, total: number, threshold: number, status: EvaluationCandidateStatus, appealDeadline: string, canAppeal: boolean, decidedAt: string | null, decisionReason: string | null, createdAt: string, outcome: { __typename?: 'EliminationOutcome', offersDelisted: number, codesFrozen: number, payableSettled: string, ledgerTransactionId: string | null, holdback: string | null, holdbackReleaseAt: string | null, refundRateBp: number | null } | null, appeal: { __typename?: 'EvaluationAppeal', id: string, candidateId: string, runId: string, organizationId: string, organizationName: string, reason: string, evidenceRowIds: Array<string>, status: AppealStatus, filedAt: string, decidedAt: string | null, decisionReason: string | null, evidence: Array<{ __typename?: 'ScoreEvidence', id: string | null, dimension: ScoreDimension, measure: string, value: number }> } | null, dimensions: Array<{ __typename?: 'ScoreDimensionValue', dimension: ScoreDimension, formulaId: string, formulaVersion: number, value: number, numerator: number | null, denominator: number | null, normalised: number | null, prior: number, priorWeight: number, evidence: Array<{ __typename?: 'ScoreEvidence', id: string | null, dimension: ScoreDimension, measure: string, value: number }> }> }>, weights: { __typename?: 'ScoreWeights', compliance: number, authenticity: number, afterSales: number, priceStability: number, reputation: number, updatedAt: string | null } } };

export type RunEvaluationNowMutationVariables = Exact<{ [key: string]: never; }>;


export type RunEvaluationNowMutation = { __typename?: 'Mutation', runEvaluationNow: { __typename?: 'EvaluationRun', id: string, quarter: string, trigger: string, threshold: number, supplierCount: number, candidateCount: number, frozenAt: string, windowStart: string | null, windowEnd: string | null, formulas: unknown, weights: { __typename?: 'ScoreWeights', compliance: number, authenticity: number, afterSales: number, priceStability: number, reputation: number, updatedAt: string | null } } };

export type DecideCandidateMutationVariables = Exact<{
  input: DecideCandidateInput;
}>;


export type DecideCandidateMutation = { __typename?: 'Mutation', decideCandidate: { __typename?: 'EvaluationCandidate', id: string, runId: string, quarter: string, organizationId: string, organizationName: string, total: number, threshold: number, status: EvaluationCandidateStatus, appealDeadline: string, canAppeal: boolean, decidedAt: string | null, decisionReason: string | null, createdAt: string, outcome: { __typename?: 'EliminationOutcome', offersDelisted: number, codesFrozen: number, payableSettled: string, ledgerTransactionId: string | null, holdback: string | null, holdbackReleaseAt: string | null, refundRateBp: number | null } | null, appeal: { __typename?: 'EvaluationAppeal', id: string, candidateId: string, runId: string, organizationId: string, organizationName: string, reason: string, evidenceRowIds: Array<string>, status: AppealStatus, filedAt: string, decidedAt: string | null, decisionReason: string | null, evidence: Array<{ __typename?: 'ScoreEvidence', id: string | null, dimension: ScoreDimension, measure: string, value: number }> } | null, dimensions: Array<{ __typename?: 'ScoreDimensionValue', dimension: ScoreDimension, formulaId: string, formulaVersion: number, value: number, numerator: number | null, denominator: number | null, normalised: number | null, prior: number, priorWeight: number, evidence: Array<{ __typename?: 'ScoreEvidence', id: string | null, dimension: ScoreDimension, measure: string, value: number }> }> } };

export type EvaluationAppealsQueryVariables = Exact<{
  filter: InputMaybe<AppealFilterInput>;
  page: InputMaybe<PageInput>;
}>;


export type EvaluationAppealsQuery = { __typename?: 'Query', appeals: { __typename?: 'EvaluationAppealPage', totalCount: number, items: Array<{ __typename?: 'EvaluationAppeal', id: string, candidateId: string, runId: string, organizationId: string, organizationName: string, reason: string, evidenceRowIds: Array<string>, status: AppealStatus, filedAt: string, decidedAt: string | null, decisionReason: string | null, evidence: Array<{ __typename?: 'ScoreEvidence', id: string | null, dimension: ScoreDimension, measure: string, value: number }> }> } };

export type DecideAppealMutationVariables = Exact<{
  input: DecideAppealInput;
}>;


export type DecideAppealMutation = { __typename?: 'Mutation', decideAppeal: { __typename?: 'EvaluationAppeal', id: string, candidateId: string, runId: string, organizationId: string, organizationName: string, reason: string, evidenceRowIds: Array<string>, status: AppealStatus, filedAt: string, decidedAt: string | null, decisionReason: string | null, evidence: Array<{ __typename?: 'ScoreEvidence', id: string | null, dimension: ScoreDimension, measure: string, value: number }> } };

export type ProbationWatchListQueryVariables = Exact<{
  includePassed?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ProbationWatchListQuery = { __typename?: 'Query', probationWatchList: Array<{ __typename?: 'ProbationWatch', organizationId: string, organizationName: string, status: ProbationStatus, startedAt: string, orders: number, target: number, failing: Array<ProbationMeasure>, decidedAt: string | null, decisionReason: string | null, measures: Array<{ __typename?: 'ProbationMeasureResult', measure: ProbationMeasure, value: number | null, threshold: number, passing: boolean }> }> };

export type PassProbationMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type PassProbationMutation = { __typename?: 'Mutation', passProbation: { __typename?: 'ProbationWatch', organizationId: string, organizationName: string, status: ProbationStatus, startedAt: string, orders: number, target: number, failing: Array<ProbationMeasure>, decidedAt: string | null, decisionReason: string | null, measures: Array<{ __typename?: 'ProbationMeasureResult', measure: ProbationMeasure, value: number | null, threshold: number, passing: boolean }> } };

export type RoutingDecisionsQueryVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type RoutingDecisionsQuery = { __typename?: 'Query', routingDecisions: Array<{ __typename?: 'RoutingDecision', offerId: string, supplierId: string | null, supplierName: string | null, outcome: string, position: number | null, rule: string | null, score: number | null, fulfilmentRate: number | null, reason: unknown | null, at: string }> };

export type RoutingRankingQueryVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type RoutingRankingQuery = { __typename?: 'Query', routingRanking: { __typename?: 'RoutingRanking', orderId: string, at: string, rule: RoutingRule, scoresAsOf: string | null, entries: Array<{ __typename?: 'RoutingRankingEntry', offerId: string, supplierId: string, supplierName: string | null, position: number | null, why: RankingReason, score: number | null, scored: boolean | null, fulfilmentRate: number | null, probation: boolean, probationShare: number | null, capped: boolean, weight: number | null, outcome: string | null, offerStatus: OfferStatus | null, supplierStatus: OrganizationStatus }> } | null };

export type RoutingSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type RoutingSettingsQuery = { __typename?: 'Query', routingSettings: { __typename?: 'RoutingSettings', rule: RoutingRule, exponent: number, floor: number, probationShare: number } };

export type MyScorecardQueryVariables = Exact<{
  trendDays?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MyScorecardQuery = { __typename?: 'Query', myScorecard: { __typename?: 'SupplierScorecard', rankOf: number | null, windowFrom: string | null, windowTo: string | null, organizationId: string, organizationName: string, organizationStatus: OrganizationStatus, total: number, rank: number | null, fulfilmentRate: number | null, computedAt: string | null, trend: Array<{ __typename?: 'ScoreTrendPoint', at: string, day: string, total: number, evaluationRunId: string | null, dimensions: Array<{ __typename?: 'ScoreTrendDimension', dimension: ScoreDimension, value: number }> }>, weights: { __typename?: 'ScoreWeights', compliance: number, authenticity: number, afterSales: number, priceStability: number, reputation: number, updatedAt: string | null }, dimensions: Array<{ __typename?: 'ScoreDimensionValue', dimension: ScoreDimension, formulaId: string, formulaVersion: number, value: number, numerator: number | null, denominator: number | null, normalised: number | null, prior: number, priorWeight: number, evidence: Array<{ __typename?: 'ScoreEvidence', id: string | null, dimension: ScoreDimension, measure: string, value: number }> }> } };

export type MyEvaluationCandidacyQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEvaluationCandidacyQuery = { __typename?: 'Query', myEvaluationCandidacy: { __typename?: 'EvaluationCandidate', id: string, runId: string, quarter: string, organizationId: string, organizationName: string, total: number, threshold: number, status: EvaluationCandidateStatus, appealDeadline: string, canAppeal: boolean, decidedAt: string | null, decisionReason: string | null, createdAt: string, outcome: { __typename?: 'EliminationOutcome', offersDelisted: number, codesFrozen: number, payableSettled: string, ledgerTransactionId: string | null, holdback: string | null, holdbackReleaseAt: string | null, refundRateBp: number | null } | null, appeal: { __typename?: 'EvaluationAppeal', id: string, candidateId: string, runId: string, organizationId: string, organizationName: string, reason: string, evidenceRowIds: Array<string>, status: AppealStatus, filedAt: string, decidedAt: string | null, decisionReason: string | null, evidence: Array<{ __typename?: 'ScoreEvidence', id: string | null, dimension: ScoreDimension, measure: string, value: number }> } | null, dimensions: Array<{ __typename?: 'ScoreDimensionValue', dimension: ScoreDimension, formulaId: string, formulaVersion: number, value: number, numerator: number | null, denominator: number | null, normalised: number | null, prior: number, priorWeight: number, evidence: Array<{ __typename?: 'ScoreEvidence', id: string | null, dimension: ScoreDimension, measure: string, value: number }> }> } | null };

export type AppealEvaluationMutationVariables = Exact<{
  input: AppealEvaluationInput;
}>;


export type AppealEvaluationMutation = { __typename?: 'Mutation', appealEvaluation: { __typename?: 'EvaluationAppeal', id: string, candidateId: string, runId: string, organizationId: string, organizationName: string, reason: string, evidenceRowIds: Array<string>, status: AppealStatus, filedAt: string, decidedAt: string | null, decisionReason: string | null, evidence: Array<{ __typename?: 'ScoreEvidence', id: string | null, dimension: ScoreDimension, measure: string, value: number }> } };

export type SupplierHoldbackQueryVariables = Exact<{
  organizationId: InputMaybe<Scalars['ID']['input']>;
}>;


export type SupplierHoldbackQuery = { __typename?: 'Query', supplierHoldback: { __typename?: 'SupplierHoldback', organizationId: string, held: string, charged: string, released: string | null, left: string, refundRateBp: number, heldAt: string, releaseAt: string, releasedAt: string | null } | null };

export type AllianceSettingFieldsFragment = { __typename?: 'AllianceSetting', key: AllianceSettingKey, group: SettingGroup, kind: SettingValueKind, value: string, defaultValue: string, envVar: string, envSet: boolean, min: number | null, max: number | null, choices: Array<string> | null, version: number, changedBy: string | null, changedAt: string | null, reason: string | null, history: Array<{ __typename?: 'AllianceSettingVersion', version: number, value: string, reason: string, changedBy: string | null, changedAt: string }> };

export type AllianceSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AllianceSettingsQuery = { __typename?: 'Query', allianceSettings: Array<{ __typename?: 'AllianceSetting', key: AllianceSettingKey, group: SettingGroup, kind: SettingValueKind, value: string, defaultValue: string, envVar: string, envSet: boolean, min: number | null, max: number | null, choices: Array<string> | null, version: number, changedBy: string | null, changedAt: string | null, reason: string | null, history: Array<{ __typename?: 'AllianceSettingVersion', version: number, value: string, reason: string, changedBy: string | null, changedAt: string }> }> };

export type ChangeAllianceSettingMutationVariables = Exact<{
  input: ChangeAllianceSettingInput;
}>;


export type ChangeAllianceSettingMutation = { __typename?: 'Mutation', changeAllianceSetting: { __typename?: 'AllianceSetting', key: AllianceSettingKey, group: SettingGroup, kind: SettingValueKind, value: string, defaultValue: string, envVar: string, envSet: boolean, min: number | null, max: number | null, choices: Array<string> | null, version: number, changedBy: string | null, changedAt: string | null, reason: string | null, history: Array<{ __typename?: 'AllianceSettingVersion', version: number, value: string, reason: string, changedBy: string | null, changedAt: string }> } };

export type TestPlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type TestPlaceOrderMutation = { __typename?: 'Mutation', placeOrder: { __typename?: 'Order', id: string, status: OrderStatus, total: string, quantity: number, failureCode: string | null } };

export type TestDepositToWalletMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  amount: Scalars['Money']['input'];
  reference: Scalars['String']['input'];
}>;


export type TestDepositToWalletMutation = { __typename?: 'Mutation', depositToWallet: string };

export type TestOrderRoutingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TestOrderRoutingQuery = { __typename?: 'Query', order: { __typename?: 'Order', id: string, status: OrderStatus, failureCode: string | null, attempts: Array<{ __typename?: 'OrderAttempt', offerId: string, outcome: AttemptOutcome, position: number | null, reason: unknown | null }> } };

export type TestOrderTopupQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TestOrderTopupQuery = { __typename?: 'Query', order: { __typename?: 'Order', id: string, status: OrderStatus, failureCode: string | null, deliveredAt: string | null, latencyMs: number | null, attempts: Array<{ __typename?: 'OrderAttempt', offerId: string, outcome: AttemptOutcome }>, topupProgress: Array<{ __typename?: 'OrderTopupProgress', status: TopupTaskStatus, reference: string | null, failureReason: string | null, deadlineAt: string, finishedAt: string | null }> } };

export type TestRevealSampleCodesMutationVariables = Exact<{
  batchId: Scalars['ID']['input'];
  page: InputMaybe<PageInput>;
}>;


export type TestRevealSampleCodesMutation = { __typename?: 'Mutation', revealSampleCodes: Array<{ __typename?: 'RevealedSample', id: string, cardNumber: string | null, secret: string | null, result: SampleResult | null }> };

export type TestRecordSampleResultsMutationVariables = Exact<{
  batchId: Scalars['ID']['input'];
  results: Array<SampleResultInput> | SampleResultInput;
}>;


export type TestRecordSampleResultsMutation = { __typename?: 'Mutation', recordSampleResults: { __typename?: 'CardBatch', id: string, status: BatchStatus, sampleSize: number, sampleValid: number, sampleInvalid: number } };

export type TestSupplierOfferQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TestSupplierOfferQuery = { __typename?: 'Query', offer: { __typename?: 'Offer', id: string, status: OfferStatus, deliveryMode: DeliveryMode, capacity: number | null, stockAvailable: number, possibleActions: Array<OfferAction> } };

export type SlaClockFieldsFragment = { __typename?: 'SlaClock', id: string, cycle: number, level: TicketTier, metric: SlaMetric, state: SlaClockState, paused: boolean, targetSeconds: number, elapsedSeconds: number, remainingSeconds: number, dueAt: string | null, startedAt: string, stoppedAt: string | null, met: boolean | null, warnedAt: string | null, breachedAt: string | null, policyVersion: number, calendarId: string, calendarVersion: number };

export type TicketResolutionFieldsFragment = { __typename?: 'TicketResolution', id: string, cycle: number, kind: ResolutionKind, fault: Fault, upheld: boolean, amount: string, reason: string | null, auto: boolean, against: RulingAgainst | null, replacedCodeIds: Array<string>, replacementCodeIds: Array<string>, fromBackupOffer: boolean, createdAt: string };

export type TicketFieldsFragment = { __typename?: 'Ticket', id: string, number: string, orderId: string, orderLineId: string, clientOrderNo: string, skuCode: string, skuName: string, memberId: string, memberName: string, supplierId: string, supplierName: string, unitPrice: string, quantity: number, unitSettlement: string | null, category: TicketCategory, tier: TicketTier, level: TicketTier, status: TicketStatus, description: string, codeIds: Array<string>, cycle: number, version: number, openedAt: string, firstRespondedAt: string | null, escalatedAt: string | null, resolvedAt: string | null, reopenedAt: string | null, closedAt: string | null, updatedAt: string, nextDueAt: string | null, breached: boolean, allowedActions: Array<TicketAction>, reopenableUntil: string | null, clocks: Array<{ __typename?: 'SlaClock', id: string, cycle: number, level: TicketTier, metric: SlaMetric, state: SlaClockState, paused: boolean, targetSeconds: number, elapsedSeconds: number, remainingSeconds: number, dueAt: string | null, startedAt: string, stoppedAt: string | null, met: boolean | null, warnedAt: string | null, breachedAt: string | null, policyVersion: number, calendarId: string, calendarVersion: number }>, resolution: { __typename?: 'TicketResolution', id: string, cycle: number, kind: ResolutionKind, fault: Fault, upheld: boolean, amount: string, reason: string | null, auto: boolean, against: RulingAgainst | null, replacedCodeIds: Array<string>, replacementCodeIds: Array<string>, fromBackupOffer: boolean, createdAt: string } | null };

export type TicketMessageFieldsFragment = { __typename?: 'TicketMessage', id: string, ticketId: string, authorKind: TicketAuthorKind, mine: boolean, body: string, internal: boolean, createdAt: string, attachments: Array<{ __typename?: 'TicketAttachment', fileId: string, url: string }> };

export type TicketsQueryVariables = Exact<{
  filter: InputMaybe<TicketFilterInput>;
  sort: InputMaybe<TicketSort>;
  page: InputMaybe<PageInput>;
}>;


export type TicketsQuery = { __typename?: 'Query', tickets: { __typename?: 'TicketPage', totalCount: number, items: Array<{ __typename?: 'Ticket', id: string, number: string, orderId: string, orderLineId: string, clientOrderNo: string, skuCode: string, skuName: string, memberId: string, memberName: string, supplierId: string, supplierName: string, unitPrice: string, quantity: number, unitSettlement: string | null, category: TicketCategory, tier: TicketTier, level: TicketTier, status: TicketStatus, description: string, codeIds: Array<string>, cycle: number, version: number, openedAt: string, firstRespondedAt: string | null, escalatedAt: string | null, resolvedAt: string | null, reopenedAt: string | null, closedAt: string | null, updatedAt: string, nextDueAt: string | null, breached: boolean, allowedActions: Array<TicketAction>, reopenableUntil: string | null, clocks: Array<{ __typename?: 'SlaClock', id: string, cycle: number, level: TicketTier, metric: SlaMetric, state: SlaClockState, paused: boolean, targetSeconds: number, elapsedSeconds: number, remainingSeconds: number, dueAt: string | null, startedAt: string, stoppedAt: string | null, met: boolean | null, warnedAt: string | null, breachedAt: string | null, policyVersion: number, calendarId: string, calendarVersion: number }>, resolution: { __typename?: 'TicketResolution', id: string, cycle: number, kind: ResolutionKind, fault: Fault, upheld: boolean, amount: string, reason: string | null, auto: boolean, against: RulingAgainst | null, replacedCodeIds: Array<string>, replacementCodeIds: Array<string>, fromBackupOffer: boolean, createdAt: string } | null }> } };

export type TicketQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TicketQuery = { __typename?: 'Query', ticket: { __typename?: 'Ticket', id: string, number: string, orderId: string, orderLineId: string, clientOrderNo: string, skuCode: string, skuName: string, memberId: string, memberName: string, supplierId: string, supplierName: string, unitPrice: string, quantity: number, unitSettlement: string | null, category: TicketCategory, tier: TicketTier, level: TicketTier, status: TicketStatus, description: string, codeIds: Array<string>, cycle: number, version: number, openedAt: string, firstRespondedAt: string | null, escalatedAt: string | null, resolvedAt: string | null, reopenedAt: string | null, closedAt: string | null, updatedAt: string, nextDueAt: string | null, breached: boolean, allowedActions: Array<TicketAction>, reopenableUntil: string | null, reportedCodes: Array<{ __typename?: 'ReportedCode', id: string, cardNumber: string | null, secretTail: string | null, status: CodeStatus }>, messages: { __typename?: 'TicketMessagePage', totalCount: number, items: Array<{ __typename?: 'TicketMessage', id: string, ticketId: string, authorKind: TicketAuthorKind, mine: boolean, body: string, internal: boolean, createdAt: string, attachments: Array<{ __typename?: 'TicketAttachment', fileId: string, url: string }> }> }, resolutions: Array<{ __typename?: 'TicketResolution', id: string, cycle: number, kind: ResolutionKind, fault: Fault, upheld: boolean, amount: string, reason: string | null, auto: boolean, against: RulingAgainst | null, replacedCodeIds: Array<string>, replacementCodeIds: Array<string>, fromBackupOffer: boolean, createdAt: string }>, clocks: Array<{ __typename?: 'SlaClock', id: string, cycle: number, level: TicketTier, metric: SlaMetric, state: SlaClockState, paused: boolean, targetSeconds: number, elapsedSeconds: number, remainingSeconds: number, dueAt: string | null, startedAt: string, stoppedAt: string | null, met: boolean | null, warnedAt: string | null, breachedAt: string | null, policyVersion: number, calendarId: string, calendarVersion: number }>, resolution: { __typename?: 'TicketResolution', id: string, cycle: number, kind: ResolutionKind, fault: Fault, upheld: boolean, amount: string, reason: string | null, auto: boolean, against: RulingAgainst | null, replacedCodeIds: Array<string>, replacementCodeIds: Array<string>, fromBackupOffer: boolean, createdAt: string } | null } };

export type OpenTicketMutationVariables = Exact<{
  input: OpenTicketInput;
}>;


export type OpenTicketMutation = { __typename?: 'Mutation', openTicket: { __typename?: 'Ticket', id: string, number: string, orderId: string, orderLineId: string, clientOrderNo: string, skuCode: string, skuName: string, memberId: string, memberName: string, supplierId: string, supplierName: string, unitPrice: string, quantity: number, unitSettlement: string | null, category: TicketCategory, tier: TicketTier, level: TicketTier, status: TicketStatus, description: string, codeIds: Array<string>, cycle: number, version: number, openedAt: string, firstRespondedAt: string | null, escalatedAt: string | null, resolvedAt: string | null, reopenedAt: string | null, closedAt: string | null, updatedAt: string, nextDueAt: string | null, breached: boolean, allowedActions: Array<TicketAction>, reopenableUntil: string | null, clocks: Array<{ __typename?: 'SlaClock', id: string, cycle: number, level: TicketTier, metric: SlaMetric, state: SlaClockState, paused: boolean, targetSeconds: number, elapsedSeconds: number, remainingSeconds: number, dueAt: string | null, startedAt: string, stoppedAt: string | null, met: boolean | null, warnedAt: string | null, breachedAt: string | null, policyVersion: number, calendarId: string, calendarVersion: number }>, resolution: { __typename?: 'TicketResolution', id: string, cycle: number, kind: ResolutionKind, fault: Fault, upheld: boolean, amount: string, reason: string | null, auto: boolean, against: RulingAgainst | null, replacedCodeIds: Array<string>, replacementCodeIds: Array<string>, fromBackupOffer: boolean, createdAt: string } | null } };

export type PostTicketMessageMutationVariables = Exact<{
  input: PostTicketMessageInput;
}>;


export type PostTicketMessageMutation = { __typename?: 'Mutation', postTicketMessage: { __typename?: 'TicketMessage', id: string, ticketId: string, authorKind: TicketAuthorKind, mine: boolean, body: string, internal: boolean, createdAt: string, attachments: Array<{ __typename?: 'TicketAttachment', fileId: string, url: string }> } };

export type EscalateTicketMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type EscalateTicketMutation = { __typename?: 'Mutation', escalateTicket: { __typename?: 'Ticket', id: string, number: string, orderId: string, orderLineId: string, clientOrderNo: string, skuCode: string, skuName: string, memberId: string, memberName: string, supplierId: string, supplierName: string, unitPrice: string, quantity: number, unitSettlement: string | null, category: TicketCategory, tier: TicketTier, level: TicketTier, status: TicketStatus, description: string, codeIds: Array<string>, cycle: number, version: number, openedAt: string, firstRespondedAt: string | null, escalatedAt: string | null, resolvedAt: string | null, reopenedAt: string | null, closedAt: string | null, updatedAt: string, nextDueAt: string | null, breached: boolean, allowedActions: Array<TicketAction>, reopenableUntil: string | null, clocks: Array<{ __typename?: 'SlaClock', id: string, cycle: number, level: TicketTier, metric: SlaMetric, state: SlaClockState, paused: boolean, targetSeconds: number, elapsedSeconds: number, remainingSeconds: number, dueAt: string | null, startedAt: string, stoppedAt: string | null, met: boolean | null, warnedAt: string | null, breachedAt: string | null, policyVersion: number, calendarId: string, calendarVersion: number }>, resolution: { __typename?: 'TicketResolution', id: string, cycle: number, kind: ResolutionKind, fault: Fault, upheld: boolean, amount: string, reason: string | null, auto: boolean, against: RulingAgainst | null, replacedCodeIds: Array<string>, replacementCodeIds: Array<string>, fromBackupOffer: boolean, createdAt: string } | null } };

export type ResolveTicketMutationVariables = Exact<{
  input: ResolveTicketInput;
}>;


export type ResolveTicketMutation = { __typename?: 'Mutation', resolveTicket: { __typename?: 'Ticket', id: string, number: string, orderId: string, orderLineId: string, clientOrderNo: string, skuCode: string, skuName: string, memberId: string, memberName: string, supplierId: string, supplierName: string, unitPrice: string, quantity: number, unitSettlement: string | null, category: TicketCategory, tier: TicketTier, level: TicketTier, status: TicketStatus, description: string, codeIds: Array<string>, cycle: number, version: number, openedAt: string, firstRespondedAt: string | null, escalatedAt: string | null, resolvedAt: string | null, reopenedAt: string | null, closedAt: string | null, updatedAt: string, nextDueAt: string | null, breached: boolean, allowedActions: Array<TicketAction>, reopenableUntil: string | null, clocks: Array<{ __typename?: 'SlaClock', id: string, cycle: number, level: TicketTier, metric: SlaMetric, state: SlaClockState, paused: boolean, targetSeconds: number, elapsedSeconds: number, remainingSeconds: number, dueAt: string | null, startedAt: string, stoppedAt: string | null, met: boolean | null, warnedAt: string | null, breachedAt: string | null, policyVersion: number, calendarId: string, calendarVersion: number }>, resolution: { __typename?: 'TicketResolution', id: string, cycle: number, kind: ResolutionKind, fault: Fault, upheld: boolean, amount: string, reason: string | null, auto: boolean, against: RulingAgainst | null, replacedCodeIds: Array<string>, replacementCodeIds: Array<string>, fromBackupOffer: boolean, createdAt: string } | null } };

export type ArbitrateTicketMutationVariables = Exact<{
  input: ArbitrateTicketInput;
}>;


export type ArbitrateTicketMutation = { __typename?: 'Mutation', arbitrateTicket: { __typename?: 'Ticket', id: string, number: string, orderId: string, orderLineId: string, clientOrderNo: string, skuCode: string, skuName: string, memberId: string, memberName: string, supplierId: string, supplierName: string, unitPrice: string, quantity: number, unitSettlement: string | null, category: TicketCategory, tier: TicketTier, level: TicketTier, status: TicketStatus, description: string, codeIds: Array<string>, cycle: number, version: number, openedAt: string, firstRespondedAt: string | null, escalatedAt: string | null, resolvedAt: string | null, reopenedAt: string | null, closedAt: string | null, updatedAt: string, nextDueAt: string | null, breached: boolean, allowedActions: Array<TicketAction>, reopenableUntil: string | null, clocks: Array<{ __typename?: 'SlaClock', id: string, cycle: number, level: TicketTier, metric: SlaMetric, state: SlaClockState, paused: boolean, targetSeconds: number, elapsedSeconds: number, remainingSeconds: number, dueAt: string | null, startedAt: string, stoppedAt: string | null, met: boolean | null, warnedAt: string | null, breachedAt: string | null, policyVersion: number, calendarId: string, calendarVersion: number }>, resolution: { __typename?: 'TicketResolution', id: string, cycle: number, kind: ResolutionKind, fault: Fault, upheld: boolean, amount: string, reason: string | null, auto: boolean, against: RulingAgainst | null, replacedCodeIds: Array<string>, replacementCodeIds: Array<string>, fromBackupOffer: boolean, createdAt: string } | null } };

export type AcceptTicketResolutionMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
}>;


export type AcceptTicketResolutionMutation = { __typename?: 'Mutation', acceptTicketResolution: { __typename?: 'Ticket', id: string, number: string, orderId: string, orderLineId: string, clientOrderNo: string, skuCode: string, skuName: string, memberId: string, memberName: string, supplierId: string, supplierName: string, unitPrice: string, quantity: number, unitSettlement: string | null, category: TicketCategory, tier: TicketTier, level: TicketTier, status: TicketStatus, description: string, codeIds: Array<string>, cycle: number, version: number, openedAt: string, firstRespondedAt: string | null, escalatedAt: string | null, resolvedAt: string | null, reopenedAt: string | null, closedAt: string | null, updatedAt: string, nextDueAt: string | null, breached: boolean, allowedActions: Array<TicketAction>, reopenableUntil: string | null, clocks: Array<{ __typename?: 'SlaClock', id: string, cycle: number, level: TicketTier, metric: SlaMetric, state: SlaClockState, paused: boolean, targetSeconds: number, elapsedSeconds: number, remainingSeconds: number, dueAt: string | null, startedAt: string, stoppedAt: string | null, met: boolean | null, warnedAt: string | null, breachedAt: string | null, policyVersion: number, calendarId: string, calendarVersion: number }>, resolution: { __typename?: 'TicketResolution', id: string, cycle: number, kind: ResolutionKind, fault: Fault, upheld: boolean, amount: string, reason: string | null, auto: boolean, against: RulingAgainst | null, replacedCodeIds: Array<string>, replacementCodeIds: Array<string>, fromBackupOffer: boolean, createdAt: string } | null } };

export type ReopenTicketMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReopenTicketMutation = { __typename?: 'Mutation', reopenTicket: { __typename?: 'Ticket', id: string, number: string, orderId: string, orderLineId: string, clientOrderNo: string, skuCode: string, skuName: string, memberId: string, memberName: string, supplierId: string, supplierName: string, unitPrice: string, quantity: number, unitSettlement: string | null, category: TicketCategory, tier: TicketTier, level: TicketTier, status: TicketStatus, description: string, codeIds: Array<string>, cycle: number, version: number, openedAt: string, firstRespondedAt: string | null, escalatedAt: string | null, resolvedAt: string | null, reopenedAt: string | null, closedAt: string | null, updatedAt: string, nextDueAt: string | null, breached: boolean, allowedActions: Array<TicketAction>, reopenableUntil: string | null, clocks: Array<{ __typename?: 'SlaClock', id: string, cycle: number, level: TicketTier, metric: SlaMetric, state: SlaClockState, paused: boolean, targetSeconds: number, elapsedSeconds: number, remainingSeconds: number, dueAt: string | null, startedAt: string, stoppedAt: string | null, met: boolean | null, warnedAt: string | null, breachedAt: string | null, policyVersion: number, calendarId: string, calendarVersion: number }>, resolution: { __typename?: 'TicketResolution', id: string, cycle: number, kind: ResolutionKind, fault: Fault, upheld: boolean, amount: string, reason: string | null, auto: boolean, against: RulingAgainst | null, replacedCodeIds: Array<string>, replacementCodeIds: Array<string>, fromBackupOffer: boolean, createdAt: string } | null } };

export type TicketAutoRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type TicketAutoRulesQuery = { __typename?: 'Query', ticketAutoRules: Array<{ __typename?: 'TicketAutoRule', id: string, category: TicketCategory, resolution: ResolutionKind, dailyLimit: number, enabled: boolean, updatedAt: string }> };

export type SetTicketAutoRuleMutationVariables = Exact<{
  input: TicketAutoRuleInput;
}>;


export type SetTicketAutoRuleMutation = { __typename?: 'Mutation', setTicketAutoRule: { __typename?: 'TicketAutoRule', id: string, category: TicketCategory, resolution: ResolutionKind, dailyLimit: number, enabled: boolean, updatedAt: string } };

export type SlaPolicyFieldsFragment = { __typename?: 'SlaPolicy', id: string, tier: TicketTier, version: number, firstResponseSeconds: number, resolutionSeconds: number, calendarId: string, note: string | null, createdAt: string };

export type SlaCalendarFieldsFragment = { __typename?: 'SlaCalendar', id: string, name: string, kind: CalendarKind, timezone: string, workdays: Array<number>, opens: string, closes: string, version: number, updatedAt: string, exceptions: Array<{ __typename?: 'CalendarException', date: string, kind: CalendarExceptionKind, name: string | null }>, coverage: { __typename?: 'CalendarCoverage', exceptionsThrough: string | null, officialThrough: string | null, provisionalYears: Array<number>, daysLeft: number | null, warning: boolean }, holidaySource: { __typename?: 'HolidaySource', package: string, version: string, importedAt: string, years: Array<{ __typename?: 'HolidayYear', year: number, status: HolidayYearStatus }> } | null };

export type SlaPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type SlaPoliciesQuery = { __typename?: 'Query', slaPolicies: Array<{ __typename?: 'SlaPolicy', id: string, tier: TicketTier, version: number, firstResponseSeconds: number, resolutionSeconds: number, calendarId: string, note: string | null, createdAt: string }> };

export type SlaPolicyHistoryQueryVariables = Exact<{
  tier: TicketTier;
}>;


export type SlaPolicyHistoryQuery = { __typename?: 'Query', slaPolicyHistory: Array<{ __typename?: 'SlaPolicy', id: string, tier: TicketTier, version: number, firstResponseSeconds: number, resolutionSeconds: number, calendarId: string, note: string | null, createdAt: string }> };

export type UpdateSlaPolicyMutationVariables = Exact<{
  input: UpdateSlaPolicyInput;
}>;


export type UpdateSlaPolicyMutation = { __typename?: 'Mutation', updateSlaPolicy: { __typename?: 'SlaPolicy', id: string, tier: TicketTier, version: number, firstResponseSeconds: number, resolutionSeconds: number, calendarId: string, note: string | null, createdAt: string } };

export type SlaCalendarsQueryVariables = Exact<{ [key: string]: never; }>;


export type SlaCalendarsQuery = { __typename?: 'Query', slaCalendars: Array<{ __typename?: 'SlaCalendar', id: string, name: string, kind: CalendarKind, timezone: string, workdays: Array<number>, opens: string, closes: string, version: number, updatedAt: string, exceptions: Array<{ __typename?: 'CalendarException', date: string, kind: CalendarExceptionKind, name: string | null }>, coverage: { __typename?: 'CalendarCoverage', exceptionsThrough: string | null, officialThrough: string | null, provisionalYears: Array<number>, daysLeft: number | null, warning: boolean }, holidaySource: { __typename?: 'HolidaySource', package: string, version: string, importedAt: string, years: Array<{ __typename?: 'HolidayYear', year: number, status: HolidayYearStatus }> } | null }> };

export type CreateSlaCalendarMutationVariables = Exact<{
  input: SlaCalendarInput;
}>;


export type CreateSlaCalendarMutation = { __typename?: 'Mutation', createSlaCalendar: { __typename?: 'SlaCalendar', id: string, name: string, kind: CalendarKind, timezone: string, workdays: Array<number>, opens: string, closes: string, version: number, updatedAt: string, exceptions: Array<{ __typename?: 'CalendarException', date: string, kind: CalendarExceptionKind, name: string | null }>, coverage: { __typename?: 'CalendarCoverage', exceptionsThrough: string | null, officialThrough: string | null, provisionalYears: Array<number>, daysLeft: number | null, warning: boolean }, holidaySource: { __typename?: 'HolidaySource', package: string, version: string, importedAt: string, years: Array<{ __typename?: 'HolidayYear', year: number, status: HolidayYearStatus }> } | null } };

export type UpdateSlaCalendarMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: SlaCalendarInput;
}>;


export type UpdateSlaCalendarMutation = { __typename?: 'Mutation', updateSlaCalendar: { __typename?: 'SlaCalendar', id: string, name: string, kind: CalendarKind, timezone: string, workdays: Array<number>, opens: string, closes: string, version: number, updatedAt: string, exceptions: Array<{ __typename?: 'CalendarException', date: string, kind: CalendarExceptionKind, name: string | null }>, coverage: { __typename?: 'CalendarCoverage', exceptionsThrough: string | null, officialThrough: string | null, provisionalYears: Array<number>, daysLeft: number | null, warning: boolean }, holidaySource: { __typename?: 'HolidaySource', package: string, version: string, importedAt: string, years: Array<{ __typename?: 'HolidayYear', year: number, status: HolidayYearStatus }> } | null } };

export type SlaHolidayImportPreviewQueryVariables = Exact<{
  calendarId: Scalars['ID']['input'];
  years: InputMaybe<Array<Scalars['Int']['input']> | Scalars['Int']['input']>;
}>;


export type SlaHolidayImportPreviewQuery = { __typename?: 'Query', slaHolidayImportPreview: { __typename?: 'HolidayImportPreview', calendarId: string, calendarVersion: number, package: string, packageVersion: string, years: Array<{ __typename?: 'HolidayYear', year: number, status: HolidayYearStatus }>, changes: Array<{ __typename?: 'CalendarExceptionChange', date: string, before: { __typename?: 'CalendarException', date: string, kind: CalendarExceptionKind, name: string | null } | null, after: { __typename?: 'CalendarException', date: string, kind: CalendarExceptionKind, name: string | null } | null }> } };

export type ApplySlaHolidayImportMutationVariables = Exact<{
  calendarId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  years: InputMaybe<Array<Scalars['Int']['input']> | Scalars['Int']['input']>;
}>;


export type ApplySlaHolidayImportMutation = { __typename?: 'Mutation', applySlaHolidayImport: { __typename?: 'SlaCalendar', id: string, name: string, kind: CalendarKind, timezone: string, workdays: Array<number>, opens: string, closes: string, version: number, updatedAt: string, exceptions: Array<{ __typename?: 'CalendarException', date: string, kind: CalendarExceptionKind, name: string | null }>, coverage: { __typename?: 'CalendarCoverage', exceptionsThrough: string | null, officialThrough: string | null, provisionalYears: Array<number>, daysLeft: number | null, warning: boolean }, holidaySource: { __typename?: 'HolidaySource', package: string, version: string, importedAt: string, years: Array<{ __typename?: 'HolidayYear', year: number, status: HolidayYearStatus }> } | null } };

export type SlaBreachesQueryVariables = Exact<{
  filter: InputMaybe<SlaBreachFilterInput>;
  page: InputMaybe<PageInput>;
}>;


export type SlaBreachesQuery = { __typename?: 'Query', slaBreaches: { __typename?: 'SlaBreachPage', totalCount: number, items: Array<{ __typename?: 'SlaBreach', id: string, ticketId: string, ticketNumber: string, clockId: string, level: TicketTier, metric: SlaMetric, supplierId: string, supplierName: string, category: TicketCategory, dueAt: string, breachedAt: string }> } };

export type RecalculateTicketClocksMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
}>;


export type RecalculateTicketClocksMutation = { __typename?: 'Mutation', recalculateTicketClocks: Array<{ __typename?: 'SlaClock', id: string, cycle: number, level: TicketTier, metric: SlaMetric, state: SlaClockState, paused: boolean, targetSeconds: number, elapsedSeconds: number, remainingSeconds: number, dueAt: string | null, startedAt: string, stoppedAt: string | null, met: boolean | null, warnedAt: string | null, breachedAt: string | null, policyVersion: number, calendarId: string, calendarVersion: number }> };

export type TicketUpdatedSubscriptionVariables = Exact<{
  ticketId: InputMaybe<Scalars['ID']['input']>;
  since: InputMaybe<Scalars['Int']['input']>;
  changedSince: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type TicketUpdatedSubscription = { __typename?: 'Subscription', ticketUpdated: { __typename?: 'Ticket', id: string, number: string, orderId: string, orderLineId: string, clientOrderNo: string, skuCode: string, skuName: string, memberId: string, memberName: string, supplierId: string, supplierName: string, unitPrice: string, quantity: number, unitSettlement: string | null, category: TicketCategory, tier: TicketTier, level: TicketTier, status: TicketStatus, description: string, codeIds: Array<string>, cycle: number, version: number, openedAt: string, firstRespondedAt: string | null, escalatedAt: string | null, resolvedAt: string | null, reopenedAt: string | null, closedAt: string | null, updatedAt: string, nextDueAt: string | null, breached: boolean, allowedActions: Array<TicketAction>, reopenableUntil: string | null, clocks: Array<{ __typename?: 'SlaClock', id: string, cycle: number, level: TicketTier, metric: SlaMetric, state: SlaClockState, paused: boolean, targetSeconds: number, elapsedSeconds: number, remainingSeconds: number, dueAt: string | null, startedAt: string, stoppedAt: string | null, met: boolean | null, warnedAt: string | null, breachedAt: string | null, policyVersion: number, calendarId: string, calendarVersion: number }>, resolution: { __typename?: 'TicketResolution', id: string, cycle: number, kind: ResolutionKind, fault: Fault, upheld: boolean, amount: string, reason: string | null, auto: boolean, against: RulingAgainst | null, replacedCodeIds: Array<string>, replacementCodeIds: Array<string>, fromBackupOffer: boolean, createdAt: string } | null } };

export type TicketMessageAddedSubscriptionVariables = Exact<{
  ticketId: Scalars['ID']['input'];
}>;


export type TicketMessageAddedSubscription = { __typename?: 'Subscription', ticketMessageAdded: { __typename?: 'TicketMessage', id: string, ticketId: string, authorKind: TicketAuthorKind, mine: boolean, body: string, internal: boolean, createdAt: string, attachments: Array<{ __typename?: 'TicketAttachment', fileId: string, url: string }> } };

export type NotificationReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationReceivedSubscription = { __typename?: 'Subscription', notificationReceived: { __typename?: 'Notification', id: string, type: NotificationType, params: unknown, readAt: string | null, createdAt: string } };

export type OrderUpdatedSubscriptionVariables = Exact<{
  orderId: InputMaybe<Scalars['ID']['input']>;
}>;


export type OrderUpdatedSubscription = { __typename?: 'Subscription', orderUpdated: { __typename?: 'Order', id: string, status: OrderStatus, total: string, deliveredAt: string | null } };

export type TopupTaskFieldsFragment = { __typename?: 'TopupTask', id: string, orderId: string, offerId: string, status: TopupTaskStatus, rechargeAccount: string, quantity: number, deadlineAt: string, claimedAt: string | null, finishedAt: string | null, reference: string | null, failureReason: string | null, possibleActions: Array<TopupAction>, createdAt: string };

export type TopupTasksQueryVariables = Exact<{
  status: InputMaybe<TopupTaskStatus>;
  page: InputMaybe<PageInput>;
}>;


export type TopupTasksQuery = { __typename?: 'Query', topupTasks: { __typename?: 'TopupTaskPage', totalCount: number, items: Array<{ __typename?: 'TopupTask', id: string, orderId: string, offerId: string, status: TopupTaskStatus, rechargeAccount: string, quantity: number, deadlineAt: string, claimedAt: string | null, finishedAt: string | null, reference: string | null, failureReason: string | null, possibleActions: Array<TopupAction>, createdAt: string }> } };

export type OpenTopupTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenTopupTasksQuery = { __typename?: 'Query', queued: { __typename?: 'TopupTaskPage', totalCount: number, items: Array<{ __typename?: 'TopupTask', id: string, offerId: string }> }, claimed: { __typename?: 'TopupTaskPage', totalCount: number, items: Array<{ __typename?: 'TopupTask', id: string, offerId: string }> } };

export type TopupOfferQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TopupOfferQuery = { __typename?: 'Query', offer: { __typename?: 'Offer', id: string, skuId: string, skuCode: string, skuName: string, faceValue: string, settlementPrice: string } };

export type ClaimTopupTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClaimTopupTaskMutation = { __typename?: 'Mutation', claimTopupTask: { __typename?: 'TopupTask', id: string, orderId: string, offerId: string, status: TopupTaskStatus, rechargeAccount: string, quantity: number, deadlineAt: string, claimedAt: string | null, finishedAt: string | null, reference: string | null, failureReason: string | null, possibleActions: Array<TopupAction>, createdAt: string } };

export type CompleteTopupTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reference: Scalars['String']['input'];
}>;


export type CompleteTopupTaskMutation = { __typename?: 'Mutation', completeTopupTask: { __typename?: 'TopupTask', id: string, orderId: string, offerId: string, status: TopupTaskStatus, rechargeAccount: string, quantity: number, deadlineAt: string, claimedAt: string | null, finishedAt: string | null, reference: string | null, failureReason: string | null, possibleActions: Array<TopupAction>, createdAt: string } };

export type FailTopupTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type FailTopupTaskMutation = { __typename?: 'Mutation', failTopupTask: { __typename?: 'TopupTask', id: string, orderId: string, offerId: string, status: TopupTaskStatus, rechargeAccount: string, quantity: number, deadlineAt: string, claimedAt: string | null, finishedAt: string | null, reference: string | null, failureReason: string | null, possibleActions: Array<TopupAction>, createdAt: string } };

export type SalesQueryVariables = Exact<{
  page: InputMaybe<PageInput>;
}>;


export type SalesQuery = { __typename?: 'Query', sales: { __typename?: 'SalePage', totalCount: number, totalCountCapped: boolean | null, items: Array<{ __typename?: 'Sale', id: string, orderId: string, clientOrderNo: string, skuId: string, skuCode: string, skuName: string, quantity: number, unitSettlement: string, status: OrderStatus, placedAt: string, deliveredAt: string | null }> } };

export type HeldOrdersQueryVariables = Exact<{
  page: InputMaybe<PageInput>;
}>;


export type HeldOrdersQuery = { __typename?: 'Query', orders: { __typename?: 'OrderPage', totalCount: number, items: Array<{ __typename?: 'Order', id: string, memberId: string, clientOrderNo: string, skuId: string, quantity: number, unitPrice: string, total: string, status: OrderStatus, failureCode: string | null, rechargeAccount: string | null, placedAt: string, deliveredAt: string | null, latencyMs: number | null }> } };

export type ReviewHeldOrderMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  decision: ReviewDecision;
  note: Scalars['String']['input'];
}>;


export type ReviewHeldOrderMutation = { __typename?: 'Mutation', reviewHeldOrder: { __typename?: 'Order', id: string, memberId: string, clientOrderNo: string, skuId: string, quantity: number, unitPrice: string, total: string, status: OrderStatus, failureCode: string | null, rechargeAccount: string | null, placedAt: string, deliveredAt: string | null, latencyMs: number | null } };

export type TrustRoutingShareQueryVariables = Exact<{
  range: InputMaybe<DashboardRangeInput>;
}>;


export type TrustRoutingShareQuery = { __typename?: 'Query', adminDashboard: { __typename?: 'AdminDashboard', routingShare: Array<{ __typename?: 'SupplierShare', supplierId: string, name: string, orders: number, share: number }> } };

export type SavedViewFieldsFragment = { __typename?: 'SavedView', id: string, listKey: string, name: string, state: unknown, shared: boolean, mine: boolean, updatedAt: string };

export type SavedViewsQueryVariables = Exact<{
  listKey: Scalars['String']['input'];
}>;


export type SavedViewsQuery = { __typename?: 'Query', savedViews: Array<{ __typename?: 'SavedView', id: string, listKey: string, name: string, state: unknown, shared: boolean, mine: boolean, updatedAt: string }> };

export type SaveViewMutationVariables = Exact<{
  input: SaveViewInput;
}>;


export type SaveViewMutation = { __typename?: 'Mutation', saveView: { __typename?: 'SavedView', id: string, listKey: string, name: string, state: unknown, shared: boolean, mine: boolean, updatedAt: string } };

export type DeleteSavedViewMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSavedViewMutation = { __typename?: 'Mutation', deleteSavedView: boolean };

export type WebhookEndpointFieldsFragment = { __typename?: 'WebhookEndpoint', id: string, url: string, description: string | null, events: Array<string>, enabled: boolean, createdAt: string };

export type WebhookDeliveryFieldsFragment = { __typename?: 'WebhookDelivery', id: string, endpointId: string, eventType: string, payload: unknown, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, createdAt: string, deliveredAt: string | null, attemptLog: Array<{ __typename?: 'WebhookAttempt', attemptedAt: string, statusCode: number | null, error: string | null, durationMs: number }> };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { __typename?: 'Query', webhookEndpoints: Array<{ __typename?: 'WebhookEndpoint', id: string, url: string, description: string | null, events: Array<string>, enabled: boolean, createdAt: string }> };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { __typename?: 'Mutation', createWebhookEndpoint: { __typename?: 'CreatedWebhookEndpoint', secret: string, endpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description: string | null, events: Array<string>, enabled: boolean, createdAt: string } } };

export type DisableWebhookEndpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DisableWebhookEndpointMutation = { __typename?: 'Mutation', disableWebhookEndpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description: string | null, events: Array<string>, enabled: boolean, createdAt: string } };

export type WebhookDeliveriesQueryVariables = Exact<{
  endpointId: InputMaybe<Scalars['ID']['input']>;
  page: InputMaybe<PageInput>;
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', webhookDeliveries: { __typename?: 'WebhookDeliveryPage', totalCount: number, items: Array<{ __typename?: 'WebhookDelivery', id: string, endpointId: string, eventType: string, payload: unknown, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, createdAt: string, deliveredAt: string | null, attemptLog: Array<{ __typename?: 'WebhookAttempt', attemptedAt: string, statusCode: number | null, error: string | null, durationMs: number }> }> } };

export type ReplayWebhookDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReplayWebhookDeliveryMutation = { __typename?: 'Mutation', replayWebhookDelivery: { __typename?: 'WebhookDelivery', id: string, endpointId: string, eventType: string, payload: unknown, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, createdAt: string, deliveredAt: string | null, attemptLog: Array<{ __typename?: 'WebhookAttempt', attemptedAt: string, statusCode: number | null, error: string | null, durationMs: number }> } };

export const TwoFactorSetupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TwoFactorSetupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TwoFactorSetup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}}]}}]} as unknown as DocumentNode<TwoFactorSetupFieldsFragment, unknown>;
export const AuditCheckpointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditCheckpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditCheckpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treeSize"}},{"kind":"Field","name":{"kind":"Name","value":"rootHash"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AuditCheckpointFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const OrganizationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<OrganizationFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"landing"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UserFieldsFragment, unknown>;
export const AuthPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"landing"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}}]} as unknown as DocumentNode<AuthPayloadFieldsFragment, unknown>;
export const SkuFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SkuFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sku"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"liveOfferCount"}},{"kind":"Field","name":{"kind":"Name","value":"stockAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"stockState"}},{"kind":"Field","name":{"kind":"Name","value":"priceMovement7dBp"}},{"kind":"Field","name":{"kind":"Name","value":"priceMovementFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePriceChangesScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"nextSourcePriceChangeAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SkuFieldsFragment, unknown>;
export const PriceChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"oldPrice"}},{"kind":"Field","name":{"kind":"Name","value":"newPrice"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"noticeShortened"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PriceChangeFieldsFragment, unknown>;
export const OfferPriceChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferPriceChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferPriceChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"oldPrice"}},{"kind":"Field","name":{"kind":"Name","value":"newPrice"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"noticeShortened"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OfferPriceChangeFieldsFragment, unknown>;
export const OfferFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlementPrice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"lowPriceFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"stockAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"possibleActions"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPriceChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferPriceChangeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceNoticeHours"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferPriceChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferPriceChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"oldPrice"}},{"kind":"Field","name":{"kind":"Name","value":"newPrice"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"noticeShortened"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OfferFieldsFragment, unknown>;
export const MoneyFigureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"changeRatio"}}]}}]} as unknown as DocumentNode<MoneyFigureFieldsFragment, unknown>;
export const CountFigureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"changeRatio"}}]}}]} as unknown as DocumentNode<CountFigureFieldsFragment, unknown>;
export const RateFigureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RateFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"changePoints"}}]}}]} as unknown as DocumentNode<RateFigureFieldsFragment, unknown>;
export const LatencyFigureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LatencyFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LatencyFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"p50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"p99Ms"}},{"kind":"Field","name":{"kind":"Name","value":"meanMs"}},{"kind":"Field","name":{"kind":"Name","value":"previousCount"}},{"kind":"Field","name":{"kind":"Name","value":"previousP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"previousP99Ms"}}]}}]} as unknown as DocumentNode<LatencyFigureFieldsFragment, unknown>;
export const DailyFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DailyFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DailyFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"gmv"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"}},{"kind":"Field","name":{"kind":"Name","value":"refunded"}}]}}]} as unknown as DocumentNode<DailyFiguresFieldsFragment, unknown>;
export const SkuRankingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SkuRankingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SkuRanking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"gmv"}}]}}]} as unknown as DocumentNode<SkuRankingFieldsFragment, unknown>;
export const DashboardRangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardRangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardRange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"previousFrom"}},{"kind":"Field","name":{"kind":"Name","value":"previousTo"}}]}}]} as unknown as DocumentNode<DashboardRangeFieldsFragment, unknown>;
export const LedgerEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"accountKind"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<LedgerEntryFieldsFragment, unknown>;
export const TeamMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TeamMemberFieldsFragment, unknown>;
export const InvitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<InvitationFieldsFragment, unknown>;
export const DockConnectorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockConnectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockConnector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}},{"kind":"Field","name":{"kind":"Name","value":"concurrency"}},{"kind":"Field","name":{"kind":"Name","value":"markupBp"}},{"kind":"Field","name":{"kind":"Name","value":"rounding"}},{"kind":"Field","name":{"kind":"Name","value":"excludedGoods"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"breaker"}},{"kind":"Field","name":{"kind":"Name","value":"syncedThrough"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastTestAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastTestOk"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DockConnectorFieldsFragment, unknown>;
export const DockHealthFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockHealthFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"okRate"}},{"kind":"Field","name":{"kind":"Name","value":"p50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"p95Ms"}},{"kind":"Field","name":{"kind":"Name","value":"p99Ms"}}]}}]} as unknown as DocumentNode<DockHealthFieldsFragment, unknown>;
export const CardBatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"refused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateInBatch"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateExisting"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOtherSupplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quarantineReason"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"sampleValid"}},{"kind":"Field","name":{"kind":"Name","value":"sampleInvalid"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<CardBatchFieldsFragment, unknown>;
export const RiskEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<RiskEventFieldsFragment, unknown>;
export const TodoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TodoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Todo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]} as unknown as DocumentNode<TodoFieldsFragment, unknown>;
export const NoticePreferenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticePreferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticePreference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"inAppOwn"}},{"kind":"Field","name":{"kind":"Name","value":"emailOwn"}}]}}]} as unknown as DocumentNode<NoticePreferenceFieldsFragment, unknown>;
export const ChatRobotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatRobotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatRobot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"urlHint"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]} as unknown as DocumentNode<ChatRobotFieldsFragment, unknown>;
export const NoticeDeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]} as unknown as DocumentNode<NoticeDeliveryFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const StoredFileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<StoredFileFieldsFragment, unknown>;
export const QualificationDocumentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QualificationDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"expiresInDays"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"verificationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replacesId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<QualificationDocumentFieldsFragment, unknown>;
export const OnboardingOrganizationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnboardingOrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"possibleActions"}},{"kind":"Field","name":{"kind":"Name","value":"realNameVerified"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"unapprovedDocuments"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<OnboardingOrganizationFieldsFragment, unknown>;
export const DeliveredCodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveredCodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveredCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<DeliveredCodeFieldsFragment, unknown>;
export const OrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"rechargeAccount"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}}]} as unknown as DocumentNode<OrderFieldsFragment, unknown>;
export const StatementLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<StatementLineFieldsFragment, unknown>;
export const OrderTopupProgressFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderTopupProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderTopupProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}}]} as unknown as DocumentNode<OrderTopupProgressFieldsFragment, unknown>;
export const BankAccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BankAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNo"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<BankAccountFieldsFragment, unknown>;
export const TopupRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopupRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TopupRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"transferReference"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"receiptFileId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateCount"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerTransactionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<TopupRequestFieldsFragment, unknown>;
export const PaymentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"channelKind"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"payUrl"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PaymentFieldsFragment, unknown>;
export const PaymentChannelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"secretsSet"}},{"kind":"Field","name":{"kind":"Name","value":"feeRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"feeFixed"}},{"kind":"Field","name":{"kind":"Name","value":"windowMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"notifyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PaymentChannelFieldsFragment, unknown>;
export const WithdrawalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Withdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"settledBefore"}},{"kind":"Field","name":{"kind":"Name","value":"payeeBank"}},{"kind":"Field","name":{"kind":"Name","value":"payeeAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"payeeAccountNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transferReference"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<WithdrawalFieldsFragment, unknown>;
export const PayableSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayableSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayableSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"settledBefore"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"unsettled"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalFeeRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalFeeFixed"}}]}}]} as unknown as DocumentNode<PayableSummaryFieldsFragment, unknown>;
export const ReconciliationRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReconciliationRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReconciliationRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"channelKind"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"differences"}},{"kind":"Field","name":{"kind":"Name","value":"channelTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerTotal"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}}]}}]} as unknown as DocumentNode<ReconciliationRunFieldsFragment, unknown>;
export const ProvenanceEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvenanceEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProvenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"who"}}]}}]} as unknown as DocumentNode<ProvenanceEventFieldsFragment, unknown>;
export const RatingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"raterId"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"ratedId"}},{"kind":"Field","name":{"kind":"Name","value":"ratedName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contentVisible"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"conduct"}},{"kind":"Field","name":{"kind":"Name","value":"fairness"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revealsAt"}},{"kind":"Field","name":{"kind":"Name","value":"revealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"excludedReason"}},{"kind":"Field","name":{"kind":"Name","value":"retaliationFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNote"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canReply"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"removalPending"}}]}}]} as unknown as DocumentNode<RatingFieldsFragment, unknown>;
export const OrderRatingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderRatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderRating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"canRate"}},{"kind":"Field","name":{"kind":"Name","value":"rateUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"mine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"theirs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"raterId"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"ratedId"}},{"kind":"Field","name":{"kind":"Name","value":"ratedName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contentVisible"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"conduct"}},{"kind":"Field","name":{"kind":"Name","value":"fairness"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revealsAt"}},{"kind":"Field","name":{"kind":"Name","value":"revealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"excludedReason"}},{"kind":"Field","name":{"kind":"Name","value":"retaliationFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNote"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canReply"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"removalPending"}}]}}]} as unknown as DocumentNode<OrderRatingFieldsFragment, unknown>;
export const RatingRemovalRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingRemovalRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingRemovalRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ratingId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"raterId"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"ratedId"}},{"kind":"Field","name":{"kind":"Name","value":"ratedName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contentVisible"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"conduct"}},{"kind":"Field","name":{"kind":"Name","value":"fairness"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revealsAt"}},{"kind":"Field","name":{"kind":"Name","value":"revealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"excludedReason"}},{"kind":"Field","name":{"kind":"Name","value":"retaliationFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNote"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canReply"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"removalPending"}}]}}]} as unknown as DocumentNode<RatingRemovalRequestFieldsFragment, unknown>;
export const ScoreTrendFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreTrendFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreTrendPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationRunId"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ScoreTrendFieldsFragment, unknown>;
export const ScoreWeightsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreWeightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreWeights"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"}},{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"priceStability"}},{"kind":"Field","name":{"kind":"Name","value":"reputation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ScoreWeightsFieldsFragment, unknown>;
export const ScoreDimensionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreDimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreDimensionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"formulaId"}},{"kind":"Field","name":{"kind":"Name","value":"formulaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"normalised"}},{"kind":"Field","name":{"kind":"Name","value":"prior"}},{"kind":"Field","name":{"kind":"Name","value":"priorWeight"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ScoreDimensionFieldsFragment, unknown>;
export const SupplierScorecardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierScorecardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreWeightsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreDimensionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreWeightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreWeights"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"}},{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"priceStability"}},{"kind":"Field","name":{"kind":"Name","value":"reputation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreDimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreDimensionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"formulaId"}},{"kind":"Field","name":{"kind":"Name","value":"formulaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"normalised"}},{"kind":"Field","name":{"kind":"Name","value":"prior"}},{"kind":"Field","name":{"kind":"Name","value":"priorWeight"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<SupplierScorecardFieldsFragment, unknown>;
export const EvaluationAppealFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationAppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationAppeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRowIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]} as unknown as DocumentNode<EvaluationAppealFieldsFragment, unknown>;
export const EvaluationCandidateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationCandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"canAppeal"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offersDelisted"}},{"kind":"Field","name":{"kind":"Name","value":"codesFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"payableSettled"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerTransactionId"}},{"kind":"Field","name":{"kind":"Name","value":"holdback"}},{"kind":"Field","name":{"kind":"Name","value":"holdbackReleaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundRateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationAppealFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreDimensionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationAppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationAppeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRowIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreDimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreDimensionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"formulaId"}},{"kind":"Field","name":{"kind":"Name","value":"formulaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"normalised"}},{"kind":"Field","name":{"kind":"Name","value":"prior"}},{"kind":"Field","name":{"kind":"Name","value":"priorWeight"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<EvaluationCandidateFieldsFragment, unknown>;
export const EvaluationRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"supplierCount"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"formulas"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreWeightsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreWeightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreWeights"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"}},{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"priceStability"}},{"kind":"Field","name":{"kind":"Name","value":"reputation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<EvaluationRunFieldsFragment, unknown>;
export const ProbationWatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProbationWatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProbationWatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"failing"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"passing"}}]}}]}}]} as unknown as DocumentNode<ProbationWatchFieldsFragment, unknown>;
export const AllianceSettingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllianceSettingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllianceSetting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"envVar"}},{"kind":"Field","name":{"kind":"Name","value":"envSet"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]} as unknown as DocumentNode<AllianceSettingFieldsFragment, unknown>;
export const SlaClockFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaClockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaClock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"calendarVersion"}}]}}]} as unknown as DocumentNode<SlaClockFieldsFragment, unknown>;
export const TicketResolutionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketResolutionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketResolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fault"}},{"kind":"Field","name":{"kind":"Name","value":"upheld"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"auto"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"replacedCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"replacementCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"fromBackupOffer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TicketResolutionFieldsFragment, unknown>;
export const TicketFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"codeIds"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"reopenableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaClockFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketResolutionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaClockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaClock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"calendarVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketResolutionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketResolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fault"}},{"kind":"Field","name":{"kind":"Name","value":"upheld"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"auto"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"replacedCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"replacementCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"fromBackupOffer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TicketFieldsFragment, unknown>;
export const TicketMessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TicketMessageFieldsFragment, unknown>;
export const SlaPolicyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SlaPolicyFieldsFragment, unknown>;
export const SlaCalendarFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaCalendarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCalendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"workdays"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exceptionsThrough"}},{"kind":"Field","name":{"kind":"Name","value":"officialThrough"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalYears"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidaySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"package"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SlaCalendarFieldsFragment, unknown>;
export const TopupTaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopupTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TopupTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rechargeAccount"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"possibleActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TopupTaskFieldsFragment, unknown>;
export const SavedViewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedViewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listKey"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SavedViewFieldsFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointFieldsFragment, unknown>;
export const WebhookDeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endpointId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveryFieldsFragment, unknown>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const PasswordResetLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordResetLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordResetLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<PasswordResetLinkQuery, PasswordResetLinkQueryVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const StartRequiredTwoFactorSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRequiredTwoFactorSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"setupToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRequiredTwoFactorSetup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"setupToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"setupToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TwoFactorSetupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TwoFactorSetupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TwoFactorSetup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}}]}}]} as unknown as DocumentNode<StartRequiredTwoFactorSetupMutation, StartRequiredTwoFactorSetupMutationVariables>;
export const CompleteRequiredTwoFactorSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteRequiredTwoFactorSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"setupToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeRequiredTwoFactorSetup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"setupToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"setupToken"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"landing"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]} as unknown as DocumentNode<CompleteRequiredTwoFactorSetupMutation, CompleteRequiredTwoFactorSetupMutationVariables>;
export const TwoFactorStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwoFactorStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"twoFactorStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"enabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}}]}}]}}]} as unknown as DocumentNode<TwoFactorStatusQuery, TwoFactorStatusQueryVariables>;
export const StartTwoFactorSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTwoFactorSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTwoFactorSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TwoFactorSetupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TwoFactorSetupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TwoFactorSetup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}}]}}]} as unknown as DocumentNode<StartTwoFactorSetupMutation, StartTwoFactorSetupMutationVariables>;
export const EnableTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<EnableTwoFactorMutation, EnableTwoFactorMutationVariables>;
export const DisableTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>;
export const RegenerateRecoveryCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegenerateRecoveryCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateRecoveryCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables>;
export const MySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const EndSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<EndSessionMutation, EndSessionMutationVariables>;
export const OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const OrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<OrganizationQuery, OrganizationQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const VerifyAuditChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}},{"kind":"Field","name":{"kind":"Name","value":"full"}},{"kind":"Field","name":{"kind":"Name","value":"fromCheckpoint"}},{"kind":"Field","name":{"kind":"Name","value":"brokenCheckpoint"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointsChecked"}},{"kind":"Field","name":{"kind":"Name","value":"headSeq"}},{"kind":"Field","name":{"kind":"Name","value":"ms"}}]}}]}}]} as unknown as DocumentNode<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const VerifyAuditChainModeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditChainMode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"full"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"full"},"value":{"kind":"Variable","name":{"kind":"Name","value":"full"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}},{"kind":"Field","name":{"kind":"Name","value":"full"}},{"kind":"Field","name":{"kind":"Name","value":"fromCheckpoint"}},{"kind":"Field","name":{"kind":"Name","value":"brokenCheckpoint"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointsChecked"}},{"kind":"Field","name":{"kind":"Name","value":"headSeq"}},{"kind":"Field","name":{"kind":"Name","value":"ms"}}]}}]}}]} as unknown as DocumentNode<VerifyAuditChainModeQuery, VerifyAuditChainModeQueryVariables>;
export const AuditCheckpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditCheckpoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditCheckpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditCheckpointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditCheckpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditCheckpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treeSize"}},{"kind":"Field","name":{"kind":"Name","value":"rootHash"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AuditCheckpointsQuery, AuditCheckpointsQueryVariables>;
export const CreateAuditCheckpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAuditCheckpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAuditCheckpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditCheckpointFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusedBecause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}},{"kind":"Field","name":{"kind":"Name","value":"brokenCheckpoint"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditCheckpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditCheckpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treeSize"}},{"kind":"Field","name":{"kind":"Name","value":"rootHash"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateAuditCheckpointMutation, CreateAuditCheckpointMutationVariables>;
export const CreateLedgerCheckpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLedgerCheckpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLedgerCheckpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"throughEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateLedgerCheckpointMutation, CreateLedgerCheckpointMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const ShopDockCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopDockCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shopDockCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"dujiaoBaseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"acgDomain"}}]}}]}}]} as unknown as DocumentNode<ShopDockCredentialsQuery, ShopDockCredentialsQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"landing"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LoginWithCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginWithCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"totpCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"totpCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"totpCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"landing"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]} as unknown as DocumentNode<LoginWithCodeMutation, LoginWithCodeMutationVariables>;
export const RegisterOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"landing"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]} as unknown as DocumentNode<RegisterOrganizationMutation, RegisterOrganizationMutationVariables>;
export const RefreshTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"landing"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]} as unknown as DocumentNode<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"everywhere"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}},{"kind":"Argument","name":{"kind":"Name","value":"everywhere"},"value":{"kind":"Variable","name":{"kind":"Name","value":"everywhere"}}}]}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"landing"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Catalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SkuFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SkuFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sku"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"liveOfferCount"}},{"kind":"Field","name":{"kind":"Name","value":"stockAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"stockState"}},{"kind":"Field","name":{"kind":"Name","value":"priceMovement7dBp"}},{"kind":"Field","name":{"kind":"Name","value":"priceMovementFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePriceChangesScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"nextSourcePriceChangeAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CatalogQuery, CatalogQueryVariables>;
export const SkuDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkuDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SkuFields"}},{"kind":"Field","name":{"kind":"Name","value":"priceHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceChangeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SkuFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sku"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"liveOfferCount"}},{"kind":"Field","name":{"kind":"Name","value":"stockAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"stockState"}},{"kind":"Field","name":{"kind":"Name","value":"priceMovement7dBp"}},{"kind":"Field","name":{"kind":"Name","value":"priceMovementFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePriceChangesScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"nextSourcePriceChangeAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"oldPrice"}},{"kind":"Field","name":{"kind":"Name","value":"newPrice"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"noticeShortened"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SkuDetailQuery, SkuDetailQueryVariables>;
export const ThinlySourcedSkusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThinlySourcedSkus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thinlySourcedSkus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SkuFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SkuFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sku"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"liveOfferCount"}},{"kind":"Field","name":{"kind":"Name","value":"stockAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"stockState"}},{"kind":"Field","name":{"kind":"Name","value":"priceMovement7dBp"}},{"kind":"Field","name":{"kind":"Name","value":"priceMovementFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePriceChangesScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"nextSourcePriceChangeAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ThinlySourcedSkusQuery, ThinlySourcedSkusQueryVariables>;
export const CreateSkuDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSku"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSkuInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSku"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SkuFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SkuFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sku"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"liveOfferCount"}},{"kind":"Field","name":{"kind":"Name","value":"stockAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"stockState"}},{"kind":"Field","name":{"kind":"Name","value":"priceMovement7dBp"}},{"kind":"Field","name":{"kind":"Name","value":"priceMovementFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePriceChangesScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"nextSourcePriceChangeAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateSkuMutation, CreateSkuMutationVariables>;
export const UpdateSkuDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSku"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSkuInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSku"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SkuFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SkuFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sku"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"liveOfferCount"}},{"kind":"Field","name":{"kind":"Name","value":"stockAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"stockState"}},{"kind":"Field","name":{"kind":"Name","value":"priceMovement7dBp"}},{"kind":"Field","name":{"kind":"Name","value":"priceMovementFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePriceChangesScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"nextSourcePriceChangeAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateSkuMutation, UpdateSkuMutationVariables>;
export const SetSkuStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSkuStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SkuStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSkuStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SkuFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SkuFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sku"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"liveOfferCount"}},{"kind":"Field","name":{"kind":"Name","value":"stockAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"stockState"}},{"kind":"Field","name":{"kind":"Name","value":"priceMovement7dBp"}},{"kind":"Field","name":{"kind":"Name","value":"priceMovementFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePriceChangesScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"nextSourcePriceChangeAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SetSkuStatusMutation, SetSkuStatusMutationVariables>;
export const ScheduleUnifiedPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleUnifiedPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SchedulePriceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleUnifiedPrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"oldPrice"}},{"kind":"Field","name":{"kind":"Name","value":"newPrice"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"noticeShortened"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ScheduleUnifiedPriceMutation, ScheduleUnifiedPriceMutationVariables>;
export const CancelPriceChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelPriceChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelPriceChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"oldPrice"}},{"kind":"Field","name":{"kind":"Name","value":"newPrice"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"noticeShortened"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CancelPriceChangeMutation, CancelPriceChangeMutationVariables>;
export const OffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Offers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferPriceChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferPriceChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"oldPrice"}},{"kind":"Field","name":{"kind":"Name","value":"newPrice"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"noticeShortened"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlementPrice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"lowPriceFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"stockAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"possibleActions"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPriceChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferPriceChangeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceNoticeHours"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OffersQuery, OffersQueryVariables>;
export const OfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Offer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferPriceChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferPriceChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"oldPrice"}},{"kind":"Field","name":{"kind":"Name","value":"newPrice"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"noticeShortened"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlementPrice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"lowPriceFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"stockAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"possibleActions"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPriceChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferPriceChangeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceNoticeHours"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OfferQuery, OfferQueryVariables>;
export const CreateOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferPriceChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferPriceChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"oldPrice"}},{"kind":"Field","name":{"kind":"Name","value":"newPrice"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"noticeShortened"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlementPrice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"lowPriceFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"stockAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"possibleActions"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPriceChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferPriceChangeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceNoticeHours"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateOfferMutation, CreateOfferMutationVariables>;
export const UpdateOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferPriceChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferPriceChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"oldPrice"}},{"kind":"Field","name":{"kind":"Name","value":"newPrice"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"noticeShortened"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlementPrice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"lowPriceFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"stockAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"possibleActions"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPriceChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferPriceChangeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceNoticeHours"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateOfferMutation, UpdateOfferMutationVariables>;
export const CancelOfferPriceChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOfferPriceChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOfferPriceChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferPriceChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferPriceChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"oldPrice"}},{"kind":"Field","name":{"kind":"Name","value":"newPrice"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"noticeShortened"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlementPrice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"lowPriceFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"stockAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"possibleActions"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPriceChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferPriceChangeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceNoticeHours"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CancelOfferPriceChangeMutation, CancelOfferPriceChangeMutationVariables>;
export const ChangeOfferStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeOfferStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferAction"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOfferStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferPriceChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferPriceChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"oldPrice"}},{"kind":"Field","name":{"kind":"Name","value":"newPrice"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"noticeShortened"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlementPrice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"lowPriceFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"stockAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"possibleActions"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPriceChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferPriceChangeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceNoticeHours"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ChangeOfferStatusMutation, ChangeOfferStatusMutationVariables>;
export const ReviewOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferPriceChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferPriceChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"oldPrice"}},{"kind":"Field","name":{"kind":"Name","value":"newPrice"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"noticeShortened"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedPrice"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlementPrice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"lowPriceFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"stockAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"possibleActions"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPriceChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferPriceChangeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceNoticeHours"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ReviewOfferMutation, ReviewOfferMutationVariables>;
export const AdminDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardRangeInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hotSkuLimit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardRangeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gmv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failedOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fulfilmentSuccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RateFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failoverRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RateFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cardLatency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LatencyFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topupLatency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LatencyFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DailyFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hotSkus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hotSkuLimit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SkuRankingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routingShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"gmv"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"singleSourceSkus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"liveOffers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskEventsWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"slaAttainment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RateFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RateFigureFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketsResolvedWithoutPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RateFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaBreachesByTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketsByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardRangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardRange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"previousFrom"}},{"kind":"Field","name":{"kind":"Name","value":"previousTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"changeRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"changeRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RateFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"changePoints"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LatencyFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LatencyFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"p50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"p99Ms"}},{"kind":"Field","name":{"kind":"Name","value":"meanMs"}},{"kind":"Field","name":{"kind":"Name","value":"previousCount"}},{"kind":"Field","name":{"kind":"Name","value":"previousP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"previousP99Ms"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DailyFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DailyFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"gmv"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"}},{"kind":"Field","name":{"kind":"Name","value":"refunded"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SkuRankingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SkuRanking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"gmv"}}]}}]} as unknown as DocumentNode<AdminDashboardQuery, AdminDashboardQueryVariables>;
export const SupplierDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplierDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardRangeInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardRangeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fulfilmentSuccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RateFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cardLatency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LatencyFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topupLatency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LatencyFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DailyFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hotSkus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SkuRankingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stockAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"lowStock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topupQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"nearestDeadlineAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardRangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardRange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"previousFrom"}},{"kind":"Field","name":{"kind":"Name","value":"previousTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"changeRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"changeRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RateFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"changePoints"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LatencyFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LatencyFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"p50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"p99Ms"}},{"kind":"Field","name":{"kind":"Name","value":"meanMs"}},{"kind":"Field","name":{"kind":"Name","value":"previousCount"}},{"kind":"Field","name":{"kind":"Name","value":"previousP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"previousP99Ms"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DailyFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DailyFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"gmv"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"}},{"kind":"Field","name":{"kind":"Name","value":"refunded"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SkuRankingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SkuRanking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"gmv"}}]}}]} as unknown as DocumentNode<SupplierDashboardQuery, SupplierDashboardQueryVariables>;
export const MemberDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardRangeInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardRangeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failedOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cardLatency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LatencyFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topupLatency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LatencyFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DailyFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hotSkus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SkuRankingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallet"}},{"kind":"Field","name":{"kind":"Name","value":"hold"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardRangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardRange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"previousFrom"}},{"kind":"Field","name":{"kind":"Name","value":"previousTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"changeRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"changeRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LatencyFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LatencyFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"p50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"p99Ms"}},{"kind":"Field","name":{"kind":"Name","value":"meanMs"}},{"kind":"Field","name":{"kind":"Name","value":"previousCount"}},{"kind":"Field","name":{"kind":"Name","value":"previousP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"previousP99Ms"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DailyFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DailyFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"gmv"}},{"kind":"Field","name":{"kind":"Name","value":"settlement"}},{"kind":"Field","name":{"kind":"Name","value":"refunded"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SkuRankingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SkuRanking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"gmv"}}]}}]} as unknown as DocumentNode<MemberDashboardQuery, MemberDashboardQueryVariables>;
export const SearchOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderSearchInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountCapped"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"rechargeAccount"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}}]} as unknown as DocumentNode<SearchOrdersQuery, SearchOrdersQueryVariables>;
export const SearchSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SaleSearchInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountCapped"}}]}}]}}]} as unknown as DocumentNode<SearchSalesQuery, SearchSalesQueryVariables>;
export const LedgerEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerSearchInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountCapped"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"accountKind"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<LedgerEntriesQuery, LedgerEntriesQueryVariables>;
export const MonthlyStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonthlyStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"openingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"netMovement"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalsByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"accountKind"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MonthlyStatementQuery, MonthlyStatementQueryVariables>;
export const TeamMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TeamMembersQuery, TeamMembersQueryVariables>;
export const InvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<InvitationsQuery, InvitationsQueryVariables>;
export const InviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"acceptPath"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationKind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"landing"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const SetUserDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"disabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SetUserDisabledMutation, SetUserDisabledMutationVariables>;
export const SetUserRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SetUserRolesMutation, SetUserRolesMutationVariables>;
export const OrganizationDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallet"}},{"kind":"Field","name":{"kind":"Name","value":"hold"}},{"kind":"Field","name":{"kind":"Name","value":"payable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offerStock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stockAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"lowStock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"rechargeAccount"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}}]} as unknown as DocumentNode<OrganizationDetailQuery, OrganizationDetailQueryVariables>;
export const OrderSuppliersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderSuppliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderSuppliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrderSuppliersQuery, OrderSuppliersQueryVariables>;
export const DockConnectorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockConnectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockConnectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockConnectorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockConnectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockConnector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}},{"kind":"Field","name":{"kind":"Name","value":"concurrency"}},{"kind":"Field","name":{"kind":"Name","value":"markupBp"}},{"kind":"Field","name":{"kind":"Name","value":"rounding"}},{"kind":"Field","name":{"kind":"Name","value":"excludedGoods"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"breaker"}},{"kind":"Field","name":{"kind":"Name","value":"syncedThrough"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastTestAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastTestOk"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DockConnectorsQuery, DockConnectorsQueryVariables>;
export const DockHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockHealth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"day"},"name":{"kind":"Name","value":"dockHealth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockHealthFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"week"},"name":{"kind":"Name","value":"dockHealth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"7"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockHealthFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"month"},"name":{"kind":"Name","value":"dockHealth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockHealthFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockHealthFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"okRate"}},{"kind":"Field","name":{"kind":"Name","value":"p50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"p95Ms"}},{"kind":"Field","name":{"kind":"Name","value":"p99Ms"}}]}}]} as unknown as DocumentNode<DockHealthQuery, DockHealthQueryVariables>;
export const CreateDockConnectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDockConnector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockConnectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDockConnector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockConnectorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockConnectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockConnector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}},{"kind":"Field","name":{"kind":"Name","value":"concurrency"}},{"kind":"Field","name":{"kind":"Name","value":"markupBp"}},{"kind":"Field","name":{"kind":"Name","value":"rounding"}},{"kind":"Field","name":{"kind":"Name","value":"excludedGoods"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"breaker"}},{"kind":"Field","name":{"kind":"Name","value":"syncedThrough"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastTestAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastTestOk"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateDockConnectorMutation, CreateDockConnectorMutationVariables>;
export const UpdateDockConnectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDockConnector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DockConnectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDockConnector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockConnectorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockConnectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockConnector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}},{"kind":"Field","name":{"kind":"Name","value":"concurrency"}},{"kind":"Field","name":{"kind":"Name","value":"markupBp"}},{"kind":"Field","name":{"kind":"Name","value":"rounding"}},{"kind":"Field","name":{"kind":"Name","value":"excludedGoods"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"breaker"}},{"kind":"Field","name":{"kind":"Name","value":"syncedThrough"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastTestAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastTestOk"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateDockConnectorMutation, UpdateDockConnectorMutationVariables>;
export const TestDockConnectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestDockConnector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testDockConnector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<TestDockConnectorMutation, TestDockConnectorMutationVariables>;
export const SyncDockConnectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncDockConnector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"full"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncDockConnector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"full"},"value":{"kind":"Variable","name":{"kind":"Name","value":"full"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"full"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"repriced"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"resumed"}},{"kind":"Field","name":{"kind":"Name","value":"drift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goodsId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<SyncDockConnectorMutation, SyncDockConnectorMutationVariables>;
export const DockedGoodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockedGoods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockedGoods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goodsId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"targetPrice"}},{"kind":"Field","name":{"kind":"Name","value":"offerPrice"}},{"kind":"Field","name":{"kind":"Name","value":"offerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}}]}}]}}]} as unknown as DocumentNode<DockedGoodsQuery, DockedGoodsQueryVariables>;
export const DockGoodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockGoods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"goodsId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockGoods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"goodsId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"goodsId"}}},{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goodsId"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"targetPrice"}},{"kind":"Field","name":{"kind":"Name","value":"offerPrice"}},{"kind":"Field","name":{"kind":"Name","value":"offerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}}]}}]}}]} as unknown as DocumentNode<DockGoodsMutation, DockGoodsMutationVariables>;
export const DockCallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockCalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dockCalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<DockCallsQuery, DockCallsQueryVariables>;
export const ReconcileDockConnectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReconcileDockConnector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reconcileDockConnector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"compared"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"mismatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ours"}},{"kind":"Field","name":{"kind":"Name","value":"theirs"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]} as unknown as DocumentNode<ReconcileDockConnectorMutation, ReconcileDockConnectorMutationVariables>;
export const CardBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardBatchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"refused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateInBatch"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateExisting"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOtherSupplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quarantineReason"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"sampleValid"}},{"kind":"Field","name":{"kind":"Name","value":"sampleInvalid"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<CardBatchesQuery, CardBatchesQueryVariables>;
export const CardBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"refused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateInBatch"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateExisting"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOtherSupplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quarantineReason"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"sampleValid"}},{"kind":"Field","name":{"kind":"Name","value":"sampleInvalid"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<CardBatchQuery, CardBatchQueryVariables>;
export const ImportCardBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportCardBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportCardBatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCardBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"refused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateInBatch"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateExisting"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOtherSupplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quarantineReason"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"sampleValid"}},{"kind":"Field","name":{"kind":"Name","value":"sampleInvalid"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<ImportCardBatchMutation, ImportCardBatchMutationVariables>;
export const QuarantineBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QuarantineBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarantineBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"refused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateInBatch"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateExisting"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOtherSupplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quarantineReason"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"sampleValid"}},{"kind":"Field","name":{"kind":"Name","value":"sampleInvalid"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<QuarantineBatchMutation, QuarantineBatchMutationVariables>;
export const SampleCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SampleCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sampleCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<SampleCodesQuery, SampleCodesQueryVariables>;
export const RevealSampleCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealSampleCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealSampleCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<RevealSampleCodeMutation, RevealSampleCodeMutationVariables>;
export const RecordSampleResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSampleResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"result"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SampleResult"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSampleResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"result"},"value":{"kind":"Variable","name":{"kind":"Name","value":"result"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"refused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateInBatch"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateExisting"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOtherSupplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quarantineReason"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"sampleValid"}},{"kind":"Field","name":{"kind":"Name","value":"sampleInvalid"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<RecordSampleResultMutation, RecordSampleResultMutationVariables>;
export const RevealSampleCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealSampleCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealSampleCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<RevealSampleCodesMutation, RevealSampleCodesMutationVariables>;
export const RecordSampleResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSampleResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"results"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SampleResultInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSampleResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"results"},"value":{"kind":"Variable","name":{"kind":"Name","value":"results"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"refused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateInBatch"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateExisting"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOtherSupplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quarantineReason"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"sampleValid"}},{"kind":"Field","name":{"kind":"Name","value":"sampleInvalid"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<RecordSampleResultsMutation, RecordSampleResultsMutationVariables>;
export const RiskEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskEventStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<RiskEventsQuery, RiskEventsQueryVariables>;
export const DecideRiskEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideRiskEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskEventStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideRiskEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<DecideRiskEventMutation, DecideRiskEventMutationVariables>;
export const TodosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Todos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"todos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TodoFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TodoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Todo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]} as unknown as DocumentNode<TodosQuery, TodosQueryVariables>;
export const MyNoticePreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNoticePreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNoticePreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticePreferenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticePreferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticePreference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"inAppOwn"}},{"kind":"Field","name":{"kind":"Name","value":"emailOwn"}}]}}]} as unknown as DocumentNode<MyNoticePreferencesQuery, MyNoticePreferencesQueryVariables>;
export const SetMyNoticePreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyNoticePreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticePreferenceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyNoticePreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticePreferenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticePreferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticePreference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"inAppOwn"}},{"kind":"Field","name":{"kind":"Name","value":"emailOwn"}}]}}]} as unknown as DocumentNode<SetMyNoticePreferencesMutation, SetMyNoticePreferencesMutationVariables>;
export const OrganizationNoticeSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationNoticeSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationNoticeSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quietHours"}},{"kind":"Field","name":{"kind":"Name","value":"defaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticePreferenceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticePreferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticePreference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"inAppOwn"}},{"kind":"Field","name":{"kind":"Name","value":"emailOwn"}}]}}]} as unknown as DocumentNode<OrganizationNoticeSettingsQuery, OrganizationNoticeSettingsQueryVariables>;
export const SetOrganizationNoticeSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganizationNoticeSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"defaults"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticePreferenceInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quietHours"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganizationNoticeSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"defaults"},"value":{"kind":"Variable","name":{"kind":"Name","value":"defaults"}}},{"kind":"Argument","name":{"kind":"Name","value":"quietHours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quietHours"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quietHours"}},{"kind":"Field","name":{"kind":"Name","value":"defaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticePreferenceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticePreferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticePreference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"inAppOwn"}},{"kind":"Field","name":{"kind":"Name","value":"emailOwn"}}]}}]} as unknown as DocumentNode<SetOrganizationNoticeSettingsMutation, SetOrganizationNoticeSettingsMutationVariables>;
export const ChatRobotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatRobots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chatRobots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatRobotFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatRobotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatRobot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"urlHint"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]} as unknown as DocumentNode<ChatRobotsQuery, ChatRobotsQueryVariables>;
export const AddChatRobotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddChatRobot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddChatRobotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addChatRobot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatRobotFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatRobotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatRobot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"urlHint"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]} as unknown as DocumentNode<AddChatRobotMutation, AddChatRobotMutationVariables>;
export const UpdateChatRobotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateChatRobot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateChatRobotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateChatRobot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatRobotFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatRobotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatRobot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"urlHint"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]} as unknown as DocumentNode<UpdateChatRobotMutation, UpdateChatRobotMutationVariables>;
export const RemoveChatRobotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveChatRobot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeChatRobot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveChatRobotMutation, RemoveChatRobotMutationVariables>;
export const TestChatRobotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestChatRobot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testChatRobot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<TestChatRobotMutation, TestChatRobotMutationVariables>;
export const NoticeDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeDeliveryStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeDeliveryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]} as unknown as DocumentNode<NoticeDeliveriesQuery, NoticeDeliveriesQueryVariables>;
export const RetryNoticeDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryNoticeDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryNoticeDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeDeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]} as unknown as DocumentNode<RetryNoticeDeliveryMutation, RetryNoticeDeliveryMutationVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const BrandsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Brands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<BrandsQuery, BrandsQueryVariables>;
export const DocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Documents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSuperseded"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSuperseded"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSuperseded"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QualificationDocumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QualificationDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"expiresInDays"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"verificationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replacesId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DocumentsQuery, DocumentsQueryVariables>;
export const OnboardingOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnboardingOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnboardingOrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnboardingOrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"possibleActions"}},{"kind":"Field","name":{"kind":"Name","value":"realNameVerified"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"unapprovedDocuments"}}]}}]} as unknown as DocumentNode<OnboardingOrganizationQuery, OnboardingOrganizationQueryVariables>;
export const UpdateOrganizationProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganizationProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganizationProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnboardingOrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnboardingOrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"possibleActions"}},{"kind":"Field","name":{"kind":"Name","value":"realNameVerified"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"unapprovedDocuments"}}]}}]} as unknown as DocumentNode<UpdateOrganizationProfileMutation, UpdateOrganizationProfileMutationVariables>;
export const SubmitDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QualificationDocumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QualificationDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"expiresInDays"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"verificationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replacesId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SubmitDocumentMutation, SubmitDocumentMutationVariables>;
export const SubmitForReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitForReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitForReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnboardingOrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnboardingOrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"possibleActions"}},{"kind":"Field","name":{"kind":"Name","value":"realNameVerified"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"unapprovedDocuments"}}]}}]} as unknown as DocumentNode<SubmitForReviewMutation, SubmitForReviewMutationVariables>;
export const PlaceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"codes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveredCodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topupProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderTopupProgressFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"rechargeAccount"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveredCodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveredCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderTopupProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderTopupProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}}]} as unknown as DocumentNode<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const RevealOrderCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealOrderCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealOrderCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveredCodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveredCodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveredCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<RevealOrderCodesMutation, RevealOrderCodesMutationVariables>;
export const OrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Orders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"rechargeAccount"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}}]} as unknown as DocumentNode<OrdersQuery, OrdersQueryVariables>;
export const OrderDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topupProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderTopupProgressFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"rechargeAccount"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderTopupProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderTopupProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}}]} as unknown as DocumentNode<OrderDetailQuery, OrderDetailQueryVariables>;
export const WalletDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Wallet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementLineFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WalletQuery, WalletQueryVariables>;
export const WalletBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WalletBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}},{"kind":"ObjectField","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]} as unknown as DocumentNode<WalletBalanceQuery, WalletBalanceQueryVariables>;
export const SkuBriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkuBrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedPrice"}}]}}]}}]} as unknown as DocumentNode<SkuBriefQuery, SkuBriefQueryVariables>;
export const OrganizationOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationOptionsQuery, OrganizationOptionsQueryVariables>;
export const OfferBriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferBrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlementPrice"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<OfferBriefQuery, OfferBriefQueryVariables>;
export const DepositToWalletDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DepositToWallet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depositToWallet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}]}]}}]} as unknown as DocumentNode<DepositToWalletMutation, DepositToWalletMutationVariables>;
export const RecordSupplierPayoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSupplierPayout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSupplierPayout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}]}]}}]} as unknown as DocumentNode<RecordSupplierPayoutMutation, RecordSupplierPayoutMutationVariables>;
export const LedgerCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"full"}},{"kind":"Field","name":{"kind":"Name","value":"fromCheckpoint"}},{"kind":"Field","name":{"kind":"Name","value":"entriesChecked"}},{"kind":"Field","name":{"kind":"Name","value":"brokenCheckpoint"}},{"kind":"Field","name":{"kind":"Name","value":"ms"}},{"kind":"Field","name":{"kind":"Name","value":"accountsChecked"}},{"kind":"Field","name":{"kind":"Name","value":"transactionsChecked"}},{"kind":"Field","name":{"kind":"Name","value":"unbalancedTransactions"}},{"kind":"Field","name":{"kind":"Name","value":"drift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"stored"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerCheckQuery, LedgerCheckQueryVariables>;
export const LedgerCheckModeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerCheckMode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"full"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"full"},"value":{"kind":"Variable","name":{"kind":"Name","value":"full"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"full"}},{"kind":"Field","name":{"kind":"Name","value":"fromCheckpoint"}},{"kind":"Field","name":{"kind":"Name","value":"entriesChecked"}},{"kind":"Field","name":{"kind":"Name","value":"brokenCheckpoint"}},{"kind":"Field","name":{"kind":"Name","value":"ms"}},{"kind":"Field","name":{"kind":"Name","value":"accountsChecked"}},{"kind":"Field","name":{"kind":"Name","value":"transactionsChecked"}},{"kind":"Field","name":{"kind":"Name","value":"unbalancedTransactions"}},{"kind":"Field","name":{"kind":"Name","value":"drift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"stored"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerCheckModeQuery, LedgerCheckModeQueryVariables>;
export const SkuNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkuNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}},{"kind":"ObjectField","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}}]}}]}}]}}]} as unknown as DocumentNode<SkuNamesQuery, SkuNamesQueryVariables>;
export const OrderStatusBriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderStatusBrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrderStatusBriefQuery, OrderStatusBriefQueryVariables>;
export const BankAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BankAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNo"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<BankAccountsQuery, BankAccountsQueryVariables>;
export const SaveBankAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveBankAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveBankAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveBankAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BankAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BankAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BankAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNo"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<SaveBankAccountMutation, SaveBankAccountMutationVariables>;
export const RequestTopupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestTopup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestTopupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestTopup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopupRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopupRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TopupRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"transferReference"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"receiptFileId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateCount"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerTransactionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<RequestTopupMutation, RequestTopupMutationVariables>;
export const CancelTopupRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelTopupRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTopupRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopupRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopupRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TopupRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"transferReference"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"receiptFileId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateCount"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerTransactionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<CancelTopupRequestMutation, CancelTopupRequestMutationVariables>;
export const ConfirmTopupRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTopupRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acknowledgeDuplicate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTopupRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"acknowledgeDuplicate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acknowledgeDuplicate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopupRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopupRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TopupRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"transferReference"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"receiptFileId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateCount"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerTransactionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<ConfirmTopupRequestMutation, ConfirmTopupRequestMutationVariables>;
export const RejectTopupRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectTopupRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectTopupRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopupRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopupRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TopupRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"transferReference"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"receiptFileId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateCount"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerTransactionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<RejectTopupRequestMutation, RejectTopupRequestMutationVariables>;
export const TopupRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopupRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TopupRequestFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topupRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopupRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopupRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TopupRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"transferReference"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"receiptFileId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateCount"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerTransactionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<TopupRequestsQuery, TopupRequestsQueryVariables>;
export const PaymentChannelOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentChannelOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentChannelOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"windowMinutes"}}]}}]}}]} as unknown as DocumentNode<PaymentChannelOptionsQuery, PaymentChannelOptionsQueryVariables>;
export const PaymentChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentChannelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"secretsSet"}},{"kind":"Field","name":{"kind":"Name","value":"feeRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"feeFixed"}},{"kind":"Field","name":{"kind":"Name","value":"windowMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"notifyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PaymentChannelsQuery, PaymentChannelsQueryVariables>;
export const SavePaymentChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SavePaymentChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavePaymentChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savePaymentChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentChannelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"secretsSet"}},{"kind":"Field","name":{"kind":"Name","value":"feeRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"feeFixed"}},{"kind":"Field","name":{"kind":"Name","value":"windowMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"notifyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SavePaymentChannelMutation, SavePaymentChannelMutationVariables>;
export const CreatePaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"channelKind"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"payUrl"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreatePaymentMutation, CreatePaymentMutationVariables>;
export const PaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Payment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}},{"kind":"Field","name":{"kind":"Name","value":"notifies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"tradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"channelKind"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"payUrl"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PaymentQuery, PaymentQueryVariables>;
export const PaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Payments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"channelKind"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"payUrl"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PaymentsQuery, PaymentsQueryVariables>;
export const PayableSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayableSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"supplierId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payableSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"supplierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"supplierId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayableSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayableSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayableSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"settledBefore"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"unsettled"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalFeeRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalFeeFixed"}}]}}]} as unknown as DocumentNode<PayableSummaryQuery, PayableSummaryQueryVariables>;
export const SettlementPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"supplierId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"supplierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"supplierId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalFeeRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalFeeFixed"}},{"kind":"Field","name":{"kind":"Name","value":"own"}}]}}]}}]} as unknown as DocumentNode<SettlementPolicyQuery, SettlementPolicyQueryVariables>;
export const SetSettlementPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSettlementPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSettlementPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSettlementPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalFeeRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalFeeFixed"}},{"kind":"Field","name":{"kind":"Name","value":"own"}}]}}]}}]} as unknown as DocumentNode<SetSettlementPolicyMutation, SetSettlementPolicyMutationVariables>;
export const RequestWithdrawalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestWithdrawal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestWithdrawalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestWithdrawal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Withdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"settledBefore"}},{"kind":"Field","name":{"kind":"Name","value":"payeeBank"}},{"kind":"Field","name":{"kind":"Name","value":"payeeAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"payeeAccountNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transferReference"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<RequestWithdrawalMutation, RequestWithdrawalMutationVariables>;
export const CancelWithdrawalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelWithdrawal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelWithdrawal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Withdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"settledBefore"}},{"kind":"Field","name":{"kind":"Name","value":"payeeBank"}},{"kind":"Field","name":{"kind":"Name","value":"payeeAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"payeeAccountNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transferReference"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<CancelWithdrawalMutation, CancelWithdrawalMutationVariables>;
export const PayWithdrawalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayWithdrawal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"transferReference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payWithdrawal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"transferReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"transferReference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Withdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"settledBefore"}},{"kind":"Field","name":{"kind":"Name","value":"payeeBank"}},{"kind":"Field","name":{"kind":"Name","value":"payeeAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"payeeAccountNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transferReference"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<PayWithdrawalMutation, PayWithdrawalMutationVariables>;
export const RejectWithdrawalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectWithdrawal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectWithdrawal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Withdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"settledBefore"}},{"kind":"Field","name":{"kind":"Name","value":"payeeBank"}},{"kind":"Field","name":{"kind":"Name","value":"payeeAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"payeeAccountNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transferReference"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<RejectWithdrawalMutation, RejectWithdrawalMutationVariables>;
export const WithdrawalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Withdrawals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawalFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawalFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Withdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"settledBefore"}},{"kind":"Field","name":{"kind":"Name","value":"payeeBank"}},{"kind":"Field","name":{"kind":"Name","value":"payeeAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"payeeAccountNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transferReference"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<WithdrawalsQuery, WithdrawalsQueryVariables>;
export const PayoutStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayoutStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withdrawalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payoutStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withdrawalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withdrawalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"opening"}},{"kind":"Field","name":{"kind":"Name","value":"movements"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"carriedForward"}},{"kind":"Field","name":{"kind":"Name","value":"totalsByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Withdrawal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"settledBefore"}},{"kind":"Field","name":{"kind":"Name","value":"payeeBank"}},{"kind":"Field","name":{"kind":"Name","value":"payeeAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"payeeAccountNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transferReference"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<PayoutStatementQuery, PayoutStatementQueryVariables>;
export const ReconciliationRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReconciliationRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReconciliationFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reconciliationRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReconciliationRunFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReconciliationRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReconciliationRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"channelKind"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"differences"}},{"kind":"Field","name":{"kind":"Name","value":"channelTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerTotal"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}}]}}]} as unknown as DocumentNode<ReconciliationRunsQuery, ReconciliationRunsQueryVariables>;
export const ReconciliationLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReconciliationLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReconciliationFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReconciliationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reconciliationRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReconciliationRunFields"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"tradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"channelAmount"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerAmount"}},{"kind":"Field","name":{"kind":"Name","value":"channelFee"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerFee"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReconciliationRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReconciliationRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"channelKind"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"differences"}},{"kind":"Field","name":{"kind":"Name","value":"channelTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerTotal"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}}]}}]} as unknown as DocumentNode<ReconciliationLinesQuery, ReconciliationLinesQueryVariables>;
export const RunReconciliationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunReconciliation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runReconciliation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}},{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReconciliationRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReconciliationRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReconciliationRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"channelKind"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"differences"}},{"kind":"Field","name":{"kind":"Name","value":"channelTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerTotal"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}}]}}]} as unknown as DocumentNode<RunReconciliationMutation, RunReconciliationMutationVariables>;
export const CodeProvenanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CodeProvenance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codeProvenance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codeId"}},{"kind":"Field","name":{"kind":"Name","value":"codeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"Field","name":{"kind":"Name","value":"batchStatus"}},{"kind":"Field","name":{"kind":"Name","value":"batchDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"sampleValid"}},{"kind":"Field","name":{"kind":"Name","value":"sampleInvalid"}},{"kind":"Field","name":{"kind":"Name","value":"sampled"}},{"kind":"Field","name":{"kind":"Name","value":"sampleResult"}},{"kind":"Field","name":{"kind":"Name","value":"soldAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvenanceEventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvenanceEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProvenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"who"}}]}}]} as unknown as DocumentNode<CodeProvenanceQuery, CodeProvenanceQueryVariables>;
export const VerifyProvenanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyProvenance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyProvenance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}}]}}]}}]} as unknown as DocumentNode<VerifyProvenanceQuery, VerifyProvenanceQueryVariables>;
export const BatchProvenanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchProvenance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchProvenance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"sampleValid"}},{"kind":"Field","name":{"kind":"Name","value":"sampleInvalid"}},{"kind":"Field","name":{"kind":"Name","value":"quarantineReason"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvenanceEventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvenanceEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProvenanceEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"who"}}]}}]} as unknown as DocumentNode<BatchProvenanceQuery, BatchProvenanceQueryVariables>;
export const VerifyBatchProvenanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyBatchProvenance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyBatchProvenance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}}]}}]}}]} as unknown as DocumentNode<VerifyBatchProvenanceQuery, VerifyBatchProvenanceQueryVariables>;
export const CodeProvenanceBundleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CodeProvenanceBundle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codeProvenanceBundle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownSize"}}}]}]}}]} as unknown as DocumentNode<CodeProvenanceBundleQuery, CodeProvenanceBundleQueryVariables>;
export const AuditLogKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"publicKey"}},{"kind":"Field","name":{"kind":"Name","value":"verifierKey"}}]}}]}}]} as unknown as DocumentNode<AuditLogKeyQuery, AuditLogKeyQueryVariables>;
export const LatestAuditCheckpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestAuditCheckpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestAuditCheckpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treeSize"}},{"kind":"Field","name":{"kind":"Name","value":"rootHash"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<LatestAuditCheckpointQuery, LatestAuditCheckpointQueryVariables>;
export const RateOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"raterId"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"ratedId"}},{"kind":"Field","name":{"kind":"Name","value":"ratedName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contentVisible"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"conduct"}},{"kind":"Field","name":{"kind":"Name","value":"fairness"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revealsAt"}},{"kind":"Field","name":{"kind":"Name","value":"revealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"excludedReason"}},{"kind":"Field","name":{"kind":"Name","value":"retaliationFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNote"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canReply"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"removalPending"}}]}}]} as unknown as DocumentNode<RateOrderMutation, RateOrderMutationVariables>;
export const ReplyToRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ratingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ratingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ratingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"raterId"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"ratedId"}},{"kind":"Field","name":{"kind":"Name","value":"ratedName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contentVisible"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"conduct"}},{"kind":"Field","name":{"kind":"Name","value":"fairness"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revealsAt"}},{"kind":"Field","name":{"kind":"Name","value":"revealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"excludedReason"}},{"kind":"Field","name":{"kind":"Name","value":"retaliationFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNote"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canReply"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"removalPending"}}]}}]} as unknown as DocumentNode<ReplyToRatingMutation, ReplyToRatingMutationVariables>;
export const RequestRatingRemovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestRatingRemoval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ratingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestRatingRemoval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ratingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ratingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"raterId"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"ratedId"}},{"kind":"Field","name":{"kind":"Name","value":"ratedName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contentVisible"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"conduct"}},{"kind":"Field","name":{"kind":"Name","value":"fairness"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revealsAt"}},{"kind":"Field","name":{"kind":"Name","value":"revealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"excludedReason"}},{"kind":"Field","name":{"kind":"Name","value":"retaliationFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNote"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canReply"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"removalPending"}}]}}]} as unknown as DocumentNode<RequestRatingRemovalMutation, RequestRatingRemovalMutationVariables>;
export const DecideRatingRemovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideRatingRemoval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideRatingRemovalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideRatingRemoval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingRemovalRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"raterId"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"ratedId"}},{"kind":"Field","name":{"kind":"Name","value":"ratedName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contentVisible"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"conduct"}},{"kind":"Field","name":{"kind":"Name","value":"fairness"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revealsAt"}},{"kind":"Field","name":{"kind":"Name","value":"revealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"excludedReason"}},{"kind":"Field","name":{"kind":"Name","value":"retaliationFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNote"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canReply"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"removalPending"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingRemovalRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingRemovalRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ratingId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}}]}}]} as unknown as DocumentNode<DecideRatingRemovalMutation, DecideRatingRemovalMutationVariables>;
export const OrderRatingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderRatings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderRatings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"raterId"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"ratedId"}},{"kind":"Field","name":{"kind":"Name","value":"ratedName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contentVisible"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"conduct"}},{"kind":"Field","name":{"kind":"Name","value":"fairness"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revealsAt"}},{"kind":"Field","name":{"kind":"Name","value":"revealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"excludedReason"}},{"kind":"Field","name":{"kind":"Name","value":"retaliationFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNote"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canReply"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"removalPending"}}]}}]} as unknown as DocumentNode<OrderRatingsQuery, OrderRatingsQueryVariables>;
export const OrderRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderRatingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"raterId"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"ratedId"}},{"kind":"Field","name":{"kind":"Name","value":"ratedName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contentVisible"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"conduct"}},{"kind":"Field","name":{"kind":"Name","value":"fairness"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revealsAt"}},{"kind":"Field","name":{"kind":"Name","value":"revealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"excludedReason"}},{"kind":"Field","name":{"kind":"Name","value":"retaliationFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNote"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canReply"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"removalPending"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderRatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderRating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"canRate"}},{"kind":"Field","name":{"kind":"Name","value":"rateUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"mine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"theirs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}}]}}]} as unknown as DocumentNode<OrderRatingQuery, OrderRatingQueryVariables>;
export const SaleRatingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SaleRatings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderRatingFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"raterId"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"ratedId"}},{"kind":"Field","name":{"kind":"Name","value":"ratedName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contentVisible"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"conduct"}},{"kind":"Field","name":{"kind":"Name","value":"fairness"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revealsAt"}},{"kind":"Field","name":{"kind":"Name","value":"revealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"excludedReason"}},{"kind":"Field","name":{"kind":"Name","value":"retaliationFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNote"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canReply"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"removalPending"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderRatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderRating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"canRate"}},{"kind":"Field","name":{"kind":"Name","value":"rateUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"mine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"theirs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}}]}}]} as unknown as DocumentNode<SaleRatingsQuery, SaleRatingsQueryVariables>;
export const RatingsReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatingsReceived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingsReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"raterId"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"ratedId"}},{"kind":"Field","name":{"kind":"Name","value":"ratedName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contentVisible"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"conduct"}},{"kind":"Field","name":{"kind":"Name","value":"fairness"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revealsAt"}},{"kind":"Field","name":{"kind":"Name","value":"revealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"excludedReason"}},{"kind":"Field","name":{"kind":"Name","value":"retaliationFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNote"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canReply"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"removalPending"}}]}}]} as unknown as DocumentNode<RatingsReceivedQuery, RatingsReceivedQueryVariables>;
export const RatingsGivenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatingsGiven"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingsGiven"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"raterId"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"ratedId"}},{"kind":"Field","name":{"kind":"Name","value":"ratedName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contentVisible"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"conduct"}},{"kind":"Field","name":{"kind":"Name","value":"fairness"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revealsAt"}},{"kind":"Field","name":{"kind":"Name","value":"revealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"excludedReason"}},{"kind":"Field","name":{"kind":"Name","value":"retaliationFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNote"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canReply"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"removalPending"}}]}}]} as unknown as DocumentNode<RatingsGivenQuery, RatingsGivenQueryVariables>;
export const RatingSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatingSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"excludedCount"}},{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"conduct"}},{"kind":"Field","name":{"kind":"Name","value":"fairness"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}}]}}]} as unknown as DocumentNode<RatingSummaryQuery, RatingSummaryQueryVariables>;
export const RatingRemovalRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatingRemovalRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingRemovalFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingRemovalRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingRemovalRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"raterId"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"ratedId"}},{"kind":"Field","name":{"kind":"Name","value":"ratedName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contentVisible"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"conduct"}},{"kind":"Field","name":{"kind":"Name","value":"fairness"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revealsAt"}},{"kind":"Field","name":{"kind":"Name","value":"revealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"excludedReason"}},{"kind":"Field","name":{"kind":"Name","value":"retaliationFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNote"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canReply"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"removalPending"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingRemovalRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingRemovalRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ratingId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}}]}}]} as unknown as DocumentNode<RatingRemovalRequestsQuery, RatingRemovalRequestsQueryVariables>;
export const MemberOrderRatingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberOrderRatings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DELIVERED"}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderRatingFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"raterId"}},{"kind":"Field","name":{"kind":"Name","value":"raterName"}},{"kind":"Field","name":{"kind":"Name","value":"ratedId"}},{"kind":"Field","name":{"kind":"Name","value":"ratedName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contentVisible"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"conduct"}},{"kind":"Field","name":{"kind":"Name","value":"fairness"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"revealsAt"}},{"kind":"Field","name":{"kind":"Name","value":"revealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"excludedReason"}},{"kind":"Field","name":{"kind":"Name","value":"retaliationFlag"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNote"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canReply"}},{"kind":"Field","name":{"kind":"Name","value":"canRequestRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"removalPending"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderRatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderRating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"canRate"}},{"kind":"Field","name":{"kind":"Name","value":"rateUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"mine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"theirs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}}]}}]} as unknown as DocumentNode<MemberOrderRatingsQuery, MemberOrderRatingsQueryVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnboardingOrganizationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QualificationDocumentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnboardingOrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"possibleActions"}},{"kind":"Field","name":{"kind":"Name","value":"realNameVerified"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"unapprovedDocuments"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QualificationDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"expiresInDays"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"verificationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replacesId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QualificationDocumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"originalName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QualificationDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"expiresInDays"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"verificationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replacesId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ReviewDocumentMutation, ReviewDocumentMutationVariables>;
export const DecideOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnboardingOrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedSocialCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnboardingOrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"possibleActions"}},{"kind":"Field","name":{"kind":"Name","value":"realNameVerified"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"unapprovedDocuments"}}]}}]} as unknown as DocumentNode<DecideOrganizationMutation, DecideOrganizationMutationVariables>;
export const CreateBrandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBrand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBrand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateBrandMutation, CreateBrandMutationVariables>;
export const SupplierScorecardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplierScorecards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ScorecardFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trendDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"400"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierScorecards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierScorecardFields"}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trendDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreTrendFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreWeightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreWeights"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"}},{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"priceStability"}},{"kind":"Field","name":{"kind":"Name","value":"reputation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreDimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreDimensionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"formulaId"}},{"kind":"Field","name":{"kind":"Name","value":"formulaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"normalised"}},{"kind":"Field","name":{"kind":"Name","value":"prior"}},{"kind":"Field","name":{"kind":"Name","value":"priorWeight"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierScorecardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreWeightsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreDimensionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreTrendFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreTrendPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationRunId"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<SupplierScorecardsQuery, SupplierScorecardsQueryVariables>;
export const ScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Scorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trendDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"400"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierScorecardFields"}},{"kind":"Field","name":{"kind":"Name","value":"rankOf"}},{"kind":"Field","name":{"kind":"Name","value":"windowFrom"}},{"kind":"Field","name":{"kind":"Name","value":"windowTo"}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trendDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreTrendFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreWeightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreWeights"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"}},{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"priceStability"}},{"kind":"Field","name":{"kind":"Name","value":"reputation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreDimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreDimensionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"formulaId"}},{"kind":"Field","name":{"kind":"Name","value":"formulaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"normalised"}},{"kind":"Field","name":{"kind":"Name","value":"prior"}},{"kind":"Field","name":{"kind":"Name","value":"priorWeight"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierScorecardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreWeightsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreDimensionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreTrendFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreTrendPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationRunId"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ScorecardQuery, ScorecardQueryVariables>;
export const MemberScorecardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberScorecards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberScorecards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreDimensionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreDimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreDimensionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"formulaId"}},{"kind":"Field","name":{"kind":"Name","value":"formulaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"normalised"}},{"kind":"Field","name":{"kind":"Name","value":"prior"}},{"kind":"Field","name":{"kind":"Name","value":"priorWeight"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<MemberScorecardsQuery, MemberScorecardsQueryVariables>;
export const ScoreWeightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoreWeights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreWeights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreWeightsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreWeightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreWeights"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"}},{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"priceStability"}},{"kind":"Field","name":{"kind":"Name","value":"reputation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ScoreWeightsQuery, ScoreWeightsQueryVariables>;
export const UpdateScoreWeightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateScoreWeights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreWeightsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScoreWeights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreWeightsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreWeightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreWeights"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"}},{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"priceStability"}},{"kind":"Field","name":{"kind":"Name","value":"reputation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateScoreWeightsMutation, UpdateScoreWeightsMutationVariables>;
export const RecomputeScorecardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecomputeScorecards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recomputeScorecards"}}]}}]} as unknown as DocumentNode<RecomputeScorecardsMutation, RecomputeScorecardsMutationVariables>;
export const EvaluationRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationRunFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreWeightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreWeights"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"}},{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"priceStability"}},{"kind":"Field","name":{"kind":"Name","value":"reputation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"supplierCount"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"formulas"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreWeightsFields"}}]}}]}}]} as unknown as DocumentNode<EvaluationRunsQuery, EvaluationRunsQueryVariables>;
export const EvaluationRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationRunFields"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreDimensionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationCandidateFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreWeightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreWeights"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"}},{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"priceStability"}},{"kind":"Field","name":{"kind":"Name","value":"reputation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationAppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationAppeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRowIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreDimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreDimensionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"formulaId"}},{"kind":"Field","name":{"kind":"Name","value":"formulaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"normalised"}},{"kind":"Field","name":{"kind":"Name","value":"prior"}},{"kind":"Field","name":{"kind":"Name","value":"priorWeight"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"supplierCount"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"formulas"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreWeightsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationCandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"canAppeal"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offersDelisted"}},{"kind":"Field","name":{"kind":"Name","value":"codesFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"payableSettled"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerTransactionId"}},{"kind":"Field","name":{"kind":"Name","value":"holdback"}},{"kind":"Field","name":{"kind":"Name","value":"holdbackReleaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundRateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationAppealFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreDimensionFields"}}]}}]}}]} as unknown as DocumentNode<EvaluationRunQuery, EvaluationRunQueryVariables>;
export const RunEvaluationNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunEvaluationNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runEvaluationNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreWeightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreWeights"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"}},{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"priceStability"}},{"kind":"Field","name":{"kind":"Name","value":"reputation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"supplierCount"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"formulas"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreWeightsFields"}}]}}]}}]} as unknown as DocumentNode<RunEvaluationNowMutation, RunEvaluationNowMutationVariables>;
export const DecideCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationCandidateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationAppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationAppeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRowIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreDimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreDimensionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"formulaId"}},{"kind":"Field","name":{"kind":"Name","value":"formulaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"normalised"}},{"kind":"Field","name":{"kind":"Name","value":"prior"}},{"kind":"Field","name":{"kind":"Name","value":"priorWeight"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationCandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"canAppeal"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offersDelisted"}},{"kind":"Field","name":{"kind":"Name","value":"codesFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"payableSettled"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerTransactionId"}},{"kind":"Field","name":{"kind":"Name","value":"holdback"}},{"kind":"Field","name":{"kind":"Name","value":"holdbackReleaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundRateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationAppealFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreDimensionFields"}}]}}]}}]} as unknown as DocumentNode<DecideCandidateMutation, DecideCandidateMutationVariables>;
export const EvaluationAppealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationAppeals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationAppealFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationAppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationAppeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRowIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]} as unknown as DocumentNode<EvaluationAppealsQuery, EvaluationAppealsQueryVariables>;
export const DecideAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationAppealFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationAppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationAppeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRowIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]} as unknown as DocumentNode<DecideAppealMutation, DecideAppealMutationVariables>;
export const ProbationWatchListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbationWatchList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includePassed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probationWatchList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includePassed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includePassed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProbationWatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProbationWatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProbationWatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"failing"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"passing"}}]}}]}}]} as unknown as DocumentNode<ProbationWatchListQuery, ProbationWatchListQueryVariables>;
export const PassProbationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PassProbation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passProbation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProbationWatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProbationWatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProbationWatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"failing"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"passing"}}]}}]}}]} as unknown as DocumentNode<PassProbationMutation, PassProbationMutationVariables>;
export const RoutingDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<RoutingDecisionsQuery, RoutingDecisionsQueryVariables>;
export const RoutingRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"scoresAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"why"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"probation"}},{"kind":"Field","name":{"kind":"Name","value":"probationShare"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"offerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"supplierStatus"}}]}}]}}]}}]} as unknown as DocumentNode<RoutingRankingQuery, RoutingRankingQueryVariables>;
export const RoutingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"exponent"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"probationShare"}}]}}]}}]} as unknown as DocumentNode<RoutingSettingsQuery, RoutingSettingsQueryVariables>;
export const MyScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trendDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"400"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myScorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierScorecardFields"}},{"kind":"Field","name":{"kind":"Name","value":"rankOf"}},{"kind":"Field","name":{"kind":"Name","value":"windowFrom"}},{"kind":"Field","name":{"kind":"Name","value":"windowTo"}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trendDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreTrendFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreWeightsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreWeights"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"}},{"kind":"Field","name":{"kind":"Name","value":"authenticity"}},{"kind":"Field","name":{"kind":"Name","value":"afterSales"}},{"kind":"Field","name":{"kind":"Name","value":"priceStability"}},{"kind":"Field","name":{"kind":"Name","value":"reputation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreDimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreDimensionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"formulaId"}},{"kind":"Field","name":{"kind":"Name","value":"formulaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"normalised"}},{"kind":"Field","name":{"kind":"Name","value":"prior"}},{"kind":"Field","name":{"kind":"Name","value":"priorWeight"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierScorecardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreWeightsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreDimensionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreTrendFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreTrendPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationRunId"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<MyScorecardQuery, MyScorecardQueryVariables>;
export const MyEvaluationCandidacyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEvaluationCandidacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEvaluationCandidacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationCandidateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationAppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationAppeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRowIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreDimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreDimensionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"formulaId"}},{"kind":"Field","name":{"kind":"Name","value":"formulaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"normalised"}},{"kind":"Field","name":{"kind":"Name","value":"prior"}},{"kind":"Field","name":{"kind":"Name","value":"priorWeight"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationCandidateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"canAppeal"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offersDelisted"}},{"kind":"Field","name":{"kind":"Name","value":"codesFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"payableSettled"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerTransactionId"}},{"kind":"Field","name":{"kind":"Name","value":"holdback"}},{"kind":"Field","name":{"kind":"Name","value":"holdbackReleaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundRateBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationAppealFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreDimensionFields"}}]}}]}}]} as unknown as DocumentNode<MyEvaluationCandidacyQuery, MyEvaluationCandidacyQueryVariables>;
export const AppealEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationAppealFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationAppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationAppeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRowIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]} as unknown as DocumentNode<AppealEvaluationMutation, AppealEvaluationMutationVariables>;
export const SupplierHoldbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplierHoldback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierHoldback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"charged"}},{"kind":"Field","name":{"kind":"Name","value":"released"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"refundRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"releaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}}]}}]}}]} as unknown as DocumentNode<SupplierHoldbackQuery, SupplierHoldbackQueryVariables>;
export const AllianceSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllianceSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllianceSettingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllianceSettingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllianceSetting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"envVar"}},{"kind":"Field","name":{"kind":"Name","value":"envSet"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]} as unknown as DocumentNode<AllianceSettingsQuery, AllianceSettingsQueryVariables>;
export const ChangeAllianceSettingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeAllianceSetting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeAllianceSettingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeAllianceSetting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllianceSettingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllianceSettingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllianceSetting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"envVar"}},{"kind":"Field","name":{"kind":"Name","value":"envSet"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]} as unknown as DocumentNode<ChangeAllianceSettingMutation, ChangeAllianceSettingMutationVariables>;
export const TestPlaceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestPlaceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}}]}}]}}]} as unknown as DocumentNode<TestPlaceOrderMutation, TestPlaceOrderMutationVariables>;
export const TestDepositToWalletDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestDepositToWallet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depositToWallet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}]}]}}]} as unknown as DocumentNode<TestDepositToWalletMutation, TestDepositToWalletMutationVariables>;
export const TestOrderRoutingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestOrderRouting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<TestOrderRoutingQuery, TestOrderRoutingQueryVariables>;
export const TestOrderTopupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestOrderTopup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topupProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<TestOrderTopupQuery, TestOrderTopupQueryVariables>;
export const TestRevealSampleCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRevealSampleCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealSampleCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<TestRevealSampleCodesMutation, TestRevealSampleCodesMutationVariables>;
export const TestRecordSampleResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRecordSampleResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"results"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SampleResultInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSampleResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"results"},"value":{"kind":"Variable","name":{"kind":"Name","value":"results"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"sampleValid"}},{"kind":"Field","name":{"kind":"Name","value":"sampleInvalid"}}]}}]}}]} as unknown as DocumentNode<TestRecordSampleResultsMutation, TestRecordSampleResultsMutationVariables>;
export const TestSupplierOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestSupplierOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"stockAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"possibleActions"}}]}}]}}]} as unknown as DocumentNode<TestSupplierOfferQuery, TestSupplierOfferQueryVariables>;
export const TicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaClockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaClock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"calendarVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketResolutionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketResolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fault"}},{"kind":"Field","name":{"kind":"Name","value":"upheld"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"auto"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"replacedCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"replacementCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"fromBackupOffer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"codeIds"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"reopenableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaClockFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketResolutionFields"}}]}}]}}]} as unknown as DocumentNode<TicketsQuery, TicketsQueryVariables>;
export const TicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ticket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}},{"kind":"Field","name":{"kind":"Name","value":"reportedCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretTail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketMessageFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketResolutionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaClockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaClock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"calendarVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketResolutionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketResolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fault"}},{"kind":"Field","name":{"kind":"Name","value":"upheld"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"auto"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"replacedCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"replacementCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"fromBackupOffer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"codeIds"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"reopenableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaClockFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketResolutionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TicketQuery, TicketQueryVariables>;
export const OpenTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaClockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaClock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"calendarVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketResolutionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketResolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fault"}},{"kind":"Field","name":{"kind":"Name","value":"upheld"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"auto"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"replacedCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"replacementCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"fromBackupOffer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"codeIds"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"reopenableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaClockFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketResolutionFields"}}]}}]}}]} as unknown as DocumentNode<OpenTicketMutation, OpenTicketMutationVariables>;
export const PostTicketMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostTicketMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostTicketMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postTicketMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketMessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PostTicketMessageMutation, PostTicketMessageMutationVariables>;
export const EscalateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaClockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaClock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"calendarVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketResolutionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketResolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fault"}},{"kind":"Field","name":{"kind":"Name","value":"upheld"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"auto"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"replacedCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"replacementCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"fromBackupOffer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"codeIds"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"reopenableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaClockFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketResolutionFields"}}]}}]}}]} as unknown as DocumentNode<EscalateTicketMutation, EscalateTicketMutationVariables>;
export const ResolveTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaClockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaClock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"calendarVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketResolutionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketResolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fault"}},{"kind":"Field","name":{"kind":"Name","value":"upheld"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"auto"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"replacedCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"replacementCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"fromBackupOffer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"codeIds"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"reopenableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaClockFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketResolutionFields"}}]}}]}}]} as unknown as DocumentNode<ResolveTicketMutation, ResolveTicketMutationVariables>;
export const ArbitrateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArbitrateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArbitrateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arbitrateTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaClockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaClock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"calendarVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketResolutionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketResolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fault"}},{"kind":"Field","name":{"kind":"Name","value":"upheld"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"auto"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"replacedCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"replacementCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"fromBackupOffer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"codeIds"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"reopenableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaClockFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketResolutionFields"}}]}}]}}]} as unknown as DocumentNode<ArbitrateTicketMutation, ArbitrateTicketMutationVariables>;
export const AcceptTicketResolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptTicketResolution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptTicketResolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaClockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaClock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"calendarVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketResolutionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketResolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fault"}},{"kind":"Field","name":{"kind":"Name","value":"upheld"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"auto"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"replacedCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"replacementCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"fromBackupOffer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"codeIds"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"reopenableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaClockFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketResolutionFields"}}]}}]}}]} as unknown as DocumentNode<AcceptTicketResolutionMutation, AcceptTicketResolutionMutationVariables>;
export const ReopenTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaClockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaClock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"calendarVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketResolutionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketResolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fault"}},{"kind":"Field","name":{"kind":"Name","value":"upheld"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"auto"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"replacedCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"replacementCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"fromBackupOffer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"codeIds"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"reopenableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaClockFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketResolutionFields"}}]}}]}}]} as unknown as DocumentNode<ReopenTicketMutation, ReopenTicketMutationVariables>;
export const TicketAutoRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketAutoRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketAutoRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"dailyLimit"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<TicketAutoRulesQuery, TicketAutoRulesQueryVariables>;
export const SetTicketAutoRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTicketAutoRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketAutoRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketAutoRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"dailyLimit"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SetTicketAutoRuleMutation, SetTicketAutoRuleMutationVariables>;
export const SlaPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaPolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SlaPoliciesQuery, SlaPoliciesQueryVariables>;
export const SlaPolicyHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaPolicyHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketTier"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaPolicyHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaPolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SlaPolicyHistoryQuery, SlaPolicyHistoryQueryVariables>;
export const UpdateSlaPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSlaPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSlaPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSlaPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaPolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateSlaPolicyMutation, UpdateSlaPolicyMutationVariables>;
export const SlaCalendarsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaCalendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaCalendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaCalendarFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaCalendarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCalendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"workdays"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exceptionsThrough"}},{"kind":"Field","name":{"kind":"Name","value":"officialThrough"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalYears"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidaySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"package"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SlaCalendarsQuery, SlaCalendarsQueryVariables>;
export const CreateSlaCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSlaCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSlaCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaCalendarFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaCalendarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCalendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"workdays"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exceptionsThrough"}},{"kind":"Field","name":{"kind":"Name","value":"officialThrough"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalYears"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidaySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"package"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSlaCalendarMutation, CreateSlaCalendarMutationVariables>;
export const UpdateSlaCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSlaCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCalendarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSlaCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaCalendarFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaCalendarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCalendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"workdays"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exceptionsThrough"}},{"kind":"Field","name":{"kind":"Name","value":"officialThrough"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalYears"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidaySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"package"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSlaCalendarMutation, UpdateSlaCalendarMutationVariables>;
export const SlaHolidayImportPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaHolidayImportPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"calendarId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"years"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaHolidayImportPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"calendarId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"calendarId"}}},{"kind":"Argument","name":{"kind":"Name","value":"years"},"value":{"kind":"Variable","name":{"kind":"Name","value":"years"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"calendarVersion"}},{"kind":"Field","name":{"kind":"Name","value":"package"}},{"kind":"Field","name":{"kind":"Name","value":"packageVersion"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SlaHolidayImportPreviewQuery, SlaHolidayImportPreviewQueryVariables>;
export const ApplySlaHolidayImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplySlaHolidayImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"calendarId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"years"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applySlaHolidayImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"calendarId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"calendarId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"years"},"value":{"kind":"Variable","name":{"kind":"Name","value":"years"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaCalendarFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaCalendarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaCalendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"workdays"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exceptionsThrough"}},{"kind":"Field","name":{"kind":"Name","value":"officialThrough"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalYears"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidaySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"package"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ApplySlaHolidayImportMutation, ApplySlaHolidayImportMutationVariables>;
export const SlaBreachesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaBreaches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SlaBreachFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaBreaches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"clockId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SlaBreachesQuery, SlaBreachesQueryVariables>;
export const RecalculateTicketClocksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecalculateTicketClocks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recalculateTicketClocks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaClockFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaClockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaClock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"calendarVersion"}}]}}]} as unknown as DocumentNode<RecalculateTicketClocksMutation, RecalculateTicketClocksMutationVariables>;
export const TicketUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TicketUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changedSince"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"changedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changedSince"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlaClockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlaClock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"calendarVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketResolutionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketResolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fault"}},{"kind":"Field","name":{"kind":"Name","value":"upheld"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"auto"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"replacedCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"replacementCodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"fromBackupOffer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"codeIds"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"reopenableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlaClockFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketResolutionFields"}}]}}]}}]} as unknown as DocumentNode<TicketUpdatedSubscription, TicketUpdatedSubscriptionVariables>;
export const TicketMessageAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TicketMessageAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketMessageAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketMessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TicketMessageAddedSubscription, TicketMessageAddedSubscriptionVariables>;
export const NotificationReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<NotificationReceivedSubscription, NotificationReceivedSubscriptionVariables>;
export const OrderUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]} as unknown as DocumentNode<OrderUpdatedSubscription, OrderUpdatedSubscriptionVariables>;
export const TopupTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopupTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TopupTaskStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topupTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopupTaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopupTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TopupTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rechargeAccount"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"possibleActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TopupTasksQuery, TopupTasksQueryVariables>;
export const OpenTopupTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenTopupTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"queued"},"name":{"kind":"Name","value":"topupTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"QUEUED"}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"claimed"},"name":{"kind":"Name","value":"topupTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"CLAIMED"}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}}]}}]}}]}}]} as unknown as DocumentNode<OpenTopupTasksQuery, OpenTopupTasksQueryVariables>;
export const TopupOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopupOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"faceValue"}},{"kind":"Field","name":{"kind":"Name","value":"settlementPrice"}}]}}]}}]} as unknown as DocumentNode<TopupOfferQuery, TopupOfferQueryVariables>;
export const ClaimTopupTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimTopupTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimTopupTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopupTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopupTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TopupTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rechargeAccount"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"possibleActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ClaimTopupTaskMutation, ClaimTopupTaskMutationVariables>;
export const CompleteTopupTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteTopupTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeTopupTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopupTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopupTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TopupTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rechargeAccount"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"possibleActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CompleteTopupTaskMutation, CompleteTopupTaskMutationVariables>;
export const FailTopupTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FailTopupTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failTopupTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopupTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopupTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TopupTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rechargeAccount"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"possibleActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<FailTopupTaskMutation, FailTopupTaskMutationVariables>;
export const SalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"skuCode"}},{"kind":"Field","name":{"kind":"Name","value":"skuName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitSettlement"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountCapped"}}]}}]}}]} as unknown as DocumentNode<SalesQuery, SalesQueryVariables>;
export const HeldOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeldOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING_REVIEW"}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"rechargeAccount"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}}]} as unknown as DocumentNode<HeldOrdersQuery, HeldOrdersQueryVariables>;
export const ReviewHeldOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewHeldOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewHeldOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"skuId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"rechargeAccount"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}}]} as unknown as DocumentNode<ReviewHeldOrderMutation, ReviewHeldOrderMutationVariables>;
export const TrustRoutingShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustRoutingShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardRangeInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]} as unknown as DocumentNode<TrustRoutingShareQuery, TrustRoutingShareQueryVariables>;
export const SavedViewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedViews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedViews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"listKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedViewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedViewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listKey"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SavedViewsQuery, SavedViewsQueryVariables>;
export const SaveViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedViewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedViewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listKey"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SaveViewMutation, SaveViewMutationVariables>;
export const DeleteSavedViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSavedView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSavedView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSavedViewMutation, DeleteSavedViewMutationVariables>;
export const WebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const CreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const DisableWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DisableWebhookEndpointMutation, DisableWebhookEndpointMutationVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endpointId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const ReplayWebhookDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplayWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endpointId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}}]} as unknown as DocumentNode<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;