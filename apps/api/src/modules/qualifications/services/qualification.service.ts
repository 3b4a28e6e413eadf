import {
  AuditEventType,
  DocumentStatus,
  DocumentType,
  ErrorCode,
  EXPIRY_WARNING_DAYS,
  FINAL_STATUSES,
  OrganizationKind,
  OFFICIAL_MIN_REGISTERED_CAPITAL_FEN,
  REQUIRED_DOCUMENTS,
  requiresRegisteredCapital,
  ReviewDecision,
  addDays,
  daysBetween,
  documentLifecycle,
  isCalendarDate,
  shanghaiDate,
} from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { In, IsNull, Not } from 'typeorm';
import { isAlliance, type Actor, type UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { AppError, assertId, invalidTransition, notFound, validationFailed } from '../../../common/errors';
import { Lifecycles, type Lifecycle } from '../../../common/unit-of-work/lifecycle';
import { AuditedChange } from '../../../common/events/domain-event';
import { FileService } from '../../files/services/file.service';
import { EventBus } from '../../../common/events/event-bus';
import { DocumentExpiredEvent, DocumentExpiringEvent, DocumentReviewedEvent } from '../qualifications.events';
import { BrandEntity } from '../entities/brand.entity';
import { QualificationDocumentEntity } from '../entities/qualification-document.entity';
import type { ReviewDocumentInput, SubmitDocumentInput } from '../inputs/qualification.inputs';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';

type DocumentAction = 'APPROVE' | 'REJECT' | 'EXPIRE';

const RELATIONS = { organization: true, brand: true, file: true, reviewedBy: true } as const;
/** Documents that still count: not replaced by a newer submission. */
const CURRENT = { superseded: false } as const;

@Injectable()
export class QualificationService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly files: FileService,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly lifecycles: Lifecycles,
  ) {
    // A document is a child of its organisation: the organisation is locked first (see review).
    this.lifecycle = lifecycles.define<QualificationDocumentEntity, DocumentStatus, DocumentAction>({
      aggregate: 'document', label: 'Document', entity: QualificationDocumentEntity, machine: documentLifecycle, root: { aggregate: 'organization', idOf: (d) => d.organizationId },
      events: ({ actor, action, before, after, from }) =>
        action === 'EXPIRE'
          ? new DocumentExpiredEvent(before, from)
          : new DocumentReviewedEvent(actor!, { id: after.id, organizationId: after.organizationId, type: after.type, number: after.number, validTo: after.validTo }, action, after.reviewNote, after.verificationMethod),
    });
  }

  private readonly lifecycle: Lifecycle<QualificationDocumentEntity, DocumentStatus, DocumentAction>;

  today(): string {
    return shanghaiDate(this.clock.now());
  }

  expiresInDays(doc: QualificationDocumentEntity): number {
    return daysBetween(this.today(), doc.validTo);
  }

  private get docs() {
    return this.txHost.tx.getRepository(QualificationDocumentEntity);
  }

  // ── brands ───────────────────────────────────────────────────────────────────────────────────

  brandExists(id: string): Promise<boolean> {
    return this.txHost.tx.getRepository(BrandEntity).existsBy({ id });
  }

  listBrands(): Promise<BrandEntity[]> {
    return this.txHost.tx.getRepository(BrandEntity).find({ order: { name: 'ASC' } });
  }

  @UnitOfWork()
  async createBrand(actor: UserActor, name: string): Promise<BrandEntity> {
    const trimmed = name.trim();
    if (trimmed.length < 1 || trimmed.length > 60) throw validationFailed({ name: ['must be 1–60 characters'] });
    const repo = this.txHost.tx.getRepository(BrandEntity);
    const [dup] = await this.txHost.tx.query('SELECT 1 FROM brands WHERE lower(name) = lower($1)', [trimmed]);
    if (dup) throw new AppError(ErrorCode.CONFLICT, `Brand ${trimmed} exists already`, { fields: { name: ['exists already'] } });
    const brand = repo.create({ name: trimmed, createdAt: this.clock.now() });
    await repo.insert(brand);
    await this.events.publish(new AuditedChange(actor, AuditEventType.BRAND_CREATED, { organizationId: null, subjectType: 'brand', subjectId: brand.id, payload: { name: trimmed } }));
    return brand;
  }

  // ── documents ────────────────────────────────────────────────────────────────────────────────

  @UnitOfWork()
  async submit(actor: UserActor, input: SubmitDocumentInput): Promise<QualificationDocumentEntity> {
    const org = { id: actor.organizationId, kind: actor.organizationKind, status: actor.organizationStatus };
    if (FINAL_STATUSES.includes(org.status)) throw invalidTransition(org.status, 'submit documents');
    const fields: Record<string, string[]> = {};
    if (!isCalendarDate(input.validFrom)) fields.validFrom = ['is not a calendar date'];
    if (!isCalendarDate(input.validTo)) fields.validTo = ['is not a calendar date'];
    else if (input.validTo < this.today()) fields.validTo = ['is already past: the document has expired'];
    if (!fields.validFrom && !fields.validTo && input.validTo < input.validFrom) fields.validTo = ['must not be before validFrom'];
    const isAuthorization = input.type === DocumentType.PRODUCT_AUTHORIZATION;
    if (isAuthorization && org.kind !== OrganizationKind.SUPPLIER) fields.type = ['product authorisations are for suppliers'];
    if (isAuthorization && !input.brandId) fields.brandId = ['name the brand the authorisation is for'];
    if (!isAuthorization && input.brandId) fields.brandId = ['only product authorisations name a brand'];
    const capital = await this.registeredCapitalError(org, input);
    if (capital) fields.registeredCapital = [capital];
    if (Object.keys(fields).length) throw validationFailed(fields);
    if (input.brandId && !(await this.txHost.tx.getRepository(BrandEntity).existsBy({ id: input.brandId }))) throw notFound('Brand');
    const file = await this.files.find(actor, input.fileId); // another organisation's file is not found
    if (input.replacesId) {
      const old = await this.docs.findOne({ where: { id: input.replacesId, organizationId: org.id } });
      if (!old) throw notFound('Document');
      if (old.type !== input.type) throw validationFailed({ replacesId: ['is a different type of document'] });
    }

    // Earlier submissions of the same document that never became valid are replaced by this one; an
    // approved one keeps counting until this one is approved.
    await this.docs.update(
      { organizationId: org.id, type: input.type, brandId: input.brandId ?? IsNull(), status: In([DocumentStatus.PENDING, DocumentStatus.REJECTED, DocumentStatus.EXPIRED]), ...CURRENT },
      { superseded: true },
    );
    const doc = this.docs.create({
      organizationId: org.id,
      type: input.type,
      number: input.number.trim(),
      issuer: input.issuer.trim(),
      validFrom: input.validFrom,
      validTo: input.validTo,
      brandId: input.brandId ?? null,
      registeredCapital: input.registeredCapital ?? null,
      fileId: file.id,
      status: DocumentStatus.PENDING,
      replacesId: input.replacesId ?? null,
      superseded: false,
      createdAt: this.clock.now(),
    });
    await this.docs.insert(doc);
    await this.events.publish(new AuditedChange(actor, AuditEventType.DOCUMENT_SUBMITTED, {
      organizationId: org.id,
      subjectType: 'document',
      subjectId: doc.id,
      payload: { type: doc.type, number: doc.number, validFrom: doc.validFrom, validTo: doc.validTo, brandId: doc.brandId, registeredCapital: doc.registeredCapital, fileSha256: file.sha256 },
    }));
    return this.get(actor, doc.id);
  }

  /** 注册资本超千万: an official channel's business licence states at least ¥10,000,000; only a business licence states it. */
  private async registeredCapitalError(org: { id: string; kind: OrganizationKind }, input: SubmitDocumentInput): Promise<string | null> {
    const stated = input.registeredCapital ?? null;
    if (stated !== null && !/^\d{1,15}$/.test(stated)) return 'must be a whole number of fen';
    if (stated !== null && input.type !== DocumentType.BUSINESS_LICENSE) return 'only a business licence states the registered capital';
    // Reads the organisation's channel (read-only; the organisations module owns the row).
    const [row] = (await this.txHost.tx.query(`SELECT channel_type AS "channelType" FROM organizations WHERE id = $1`, [org.id])) as { channelType: string | null }[];
    if (!requiresRegisteredCapital(input.type, org.kind, row?.channelType)) return null;
    if (stated === null) return 'an official channel states its registered capital';
    if (BigInt(stated) < OFFICIAL_MIN_REGISTERED_CAPITAL_FEN) return 'an official channel needs a registered capital of at least ¥10,000,000 (注册资本超千万)';
    return null;
  }

  async get(actor: Actor, id: string): Promise<QualificationDocumentEntity> {
    const doc = await this.docs.findOne({ where: { id: assertId(id, 'Document') }, relations: RELATIONS });
    if (!doc || (!isAlliance(actor) && doc.organizationId !== actor.organizationId)) throw notFound('Document');
    return doc;
  }

  /** An organisation's documents: the caller's own, or any organisation's for alliance staff. */
  list(actor: Actor, organizationId: string | undefined, includeSuperseded: boolean): Promise<QualificationDocumentEntity[]> {
    const orgId = organizationId ? assertId(organizationId, 'Organization') : actor.organizationId;
    if (!isAlliance(actor) && orgId !== actor.organizationId) throw notFound('Organization');
    return this.docs.find({
      where: { organizationId: orgId, ...(includeSuperseded ? {} : CURRENT) },
      relations: RELATIONS,
      order: { type: 'ASC', createdAt: 'DESC' },
    });
  }

  pendingQueue(limit = 200): Promise<QualificationDocumentEntity[]> {
    return this.docs.find({ where: { status: DocumentStatus.PENDING, ...CURRENT }, relations: RELATIONS, order: { createdAt: 'ASC' }, take: limit });
  }

  @UnitOfWork()
  async review(actor: UserActor, input: ReviewDocumentInput): Promise<QualificationDocumentEntity> {
    // The organisation first (the root of its documents: its own review reads them), then the document.
    const seen = await this.docs.findOne({ where: { id: assertId(input.id, 'Document') }, select: { id: true, organizationId: true } });
    if (!seen) throw notFound('Document');
    await this.lifecycles.lockRoot('organization', seen.organizationId);
    const doc = (await this.lifecycle.lock(seen.id))!;
    if (doc.superseded) throw invalidTransition('SUPERSEDED', input.decision);
    const approve = input.decision === ReviewDecision.APPROVE;
    const note = input.note?.trim() || null;
    if (approve && !input.verificationMethod) throw validationFailed({ verificationMethod: ['say how the document was verified'] });
    if (!approve && !note) throw validationFailed({ note: ['say what is wrong, so the organisation can fix it'] });
    if (approve && doc.validTo < this.today()) throw validationFailed({ validTo: ['the document has expired; it cannot be approved'] });

    if (approve) {
      // The newly approved document replaces any earlier approved one of the same kind.
      await this.docs.update(
        { organizationId: doc.organizationId, type: doc.type, brandId: doc.brandId ?? IsNull(), status: DocumentStatus.APPROVED, id: Not(doc.id), ...CURRENT },
        { superseded: true },
      );
    }
    const reviewedAt = this.clock.now();
    await this.lifecycle.transition(actor, doc, input.decision, {
      verificationMethod: approve ? input.verificationMethod! : null,
      reviewNote: note,
      reviewedByUserId: actor.userId,
      reviewedAt,
    });
    return this.get(actor, doc.id);
  }

  /** Required document types for the kind that are not present as pending or approved and unexpired. */
  async missing(org: { id: string; kind: OrganizationKind }, mustBeApproved: boolean): Promise<DocumentType[]> {
    const statuses = mustBeApproved ? [DocumentStatus.APPROVED] : [DocumentStatus.APPROVED, DocumentStatus.PENDING];
    const valid = await this.docs
      .createQueryBuilder('d')
      .select('DISTINCT d.type', 'type')
      .where('d.organization_id = :org AND NOT d.superseded AND d.status IN (:...statuses) AND d.valid_to >= :today', { org: org.id, statuses, today: this.today() })
      .getRawMany<{ type: DocumentType }>();
    const have = new Set(valid.map((r) => r.type));
    return REQUIRED_DOCUMENTS[org.kind].filter((t) => !have.has(t));
  }

  /**
   * Compliance facts of organisations for their scorecards (DESIGN.md §2.7): the documents their kind requires plus
   * one product authorisation per brand they hold one for, and of those how many are approved and unexpired, approved
   * but expired, or missing (never submitted, pending or rejected).
   */
  async complianceFacts(orgs: { id: string; kind: OrganizationKind }[]): Promise<Map<string, { required: number; valid: number; expired: number; missing: number }>> {
    const out = new Map<string, { required: number; valid: number; expired: number; missing: number }>();
    if (!orgs.length) return out;
    const rows = (await this.txHost.tx.query(
      `SELECT organization_id AS "orgId", type, coalesce(brand_id::text, '') AS brand,
              bool_or(status = 'APPROVED' AND valid_to >= $2) AS valid, bool_or(status = 'EXPIRED' OR (status = 'APPROVED' AND valid_to < $2)) AS expired
         FROM qualification_documents WHERE organization_id = ANY($1::uuid[]) AND NOT superseded
        GROUP BY organization_id, type, brand_id`,
      [orgs.map((o) => o.id), this.today()],
    )) as { orgId: string; type: DocumentType; brand: string; valid: boolean; expired: boolean }[];
    for (const org of orgs) {
      const mine = rows.filter((r) => r.orgId === org.id);
      const required = [...REQUIRED_DOCUMENTS[org.kind].map((t) => `${t}:`), ...new Set(mine.filter((r) => r.type === DocumentType.PRODUCT_AUTHORIZATION).map((r) => `${r.type}:${r.brand}`))];
      const state = new Map(mine.map((r) => [`${r.type}:${r.brand}`, r.valid ? 'valid' : r.expired ? 'expired' : 'missing']));
      const count = (s: string) => required.filter((k) => (state.get(k) ?? 'missing') === s).length;
      out.set(org.id, { required: required.length, valid: count('valid'), expired: count('expired'), missing: count('missing') });
    }
    return out;
  }

  /** A member is real-name verified while its legal representative's ID is approved and unexpired. */
  async realNameVerified(organizationId: string): Promise<boolean> {
    // The one rule, shared with the card order's statement (migration OrderRules1765010000000).
    const [row] = (await this.txHost.tx.query(`SELECT qualifications_real_name_verified($1, $2) AS ok`, [organizationId, this.today()])) as { ok: boolean }[];
    return row.ok;
  }

  // ── expiry (the daily job) ───────────────────────────────────────────────────────────────────

  /** Warns 30 days ahead, once; turns documents past their validTo EXPIRED, in the audit chain. */
  @UnitOfWork()
  async processExpiries(): Promise<{ warned: number; expired: number }> {
    const today = this.today();
    const expiring = await this.docs.find({
      where: { status: DocumentStatus.APPROVED, expiryWarnedAt: IsNull(), ...CURRENT },
    });
    let warned = 0;
    for (const doc of expiring) {
      if (doc.validTo < today || doc.validTo > addDays(today, EXPIRY_WARNING_DAYS)) continue;
      await this.events.publish(new DocumentExpiringEvent(doc, daysBetween(today, doc.validTo)));
      await this.docs.update(doc.id, { expiryWarnedAt: this.clock.now() });
      warned += 1;
    }
    const past = await this.docs
      .createQueryBuilder('d')
      .select(['d.id', 'd.organizationId'])
      .where(`d.status IN ('APPROVED', 'PENDING') AND NOT d.superseded AND d.valid_to < :today`, { today })
      .getMany();
    let expired = 0;
    for (const { id, organizationId } of past) {
      // The organisation first; its document only if nobody moved it meanwhile.
      await this.lifecycles.lockRoot('organization', organizationId);
      const doc = await this.lifecycle.lock(id);
      if (!doc || doc.superseded || doc.validTo >= today || !documentLifecycle.can(doc.status, 'EXPIRE')) continue;
      await this.lifecycle.transition(null, doc, 'EXPIRE');
      expired += 1;
    }
    return { warned, expired };
  }
}
