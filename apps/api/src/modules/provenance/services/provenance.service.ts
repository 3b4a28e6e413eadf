import { AuditEventType, OrganizationKind, TicketCategory, TicketStatus } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { isAlliance, type Actor } from '../../../common/actor';
import { assertId, notFound } from '../../../common/errors';
import { BUNDLE_FORMAT, verifyBundle, type ProvenanceBundle, type PublicEvent } from '@mengyuan/provenance';
import { AllianceSigner } from '../../../common/crypto/alliance-signer';
import { AuditCheckpointService } from '../../audit/audit-checkpoint.service';
import { AuditService, type ChainLink, type ChainVerification } from '../../audit/audit.service';

/** A card code a member bought, as its provenance shows it: only that member's order and the code's own supplier and batch. */
export interface CodeFacts {
  codeId: string;
  codeStatus: string;
  batchId: string;
  supplierId: string;
  supplierName: string;
  skuName: string;
  importedAt: Date;
  batchStatus: string;
  batchDecidedAt: Date | null;
  sampleSize: number;
  sampleValid: number;
  sampleInvalid: number;
  sampled: boolean;
  sampleResult: string | null;
  soldAt: Date | null;
  orderId: string;
  orderLineId: string;
  memberId: string;
  clientOrderNo: string;
  placedAt: Date;
  deliveredAt: Date | null;
}

export interface TicketOnCode {
  id: string;
  number: string;
  category: TicketCategory;
  status: TicketStatus;
  openedAt: Date;
}

export interface CodeProvenance {
  code: CodeFacts;
  tickets: TicketOnCode[];
  events: ChainLink[];
}

export interface BatchFactsView {
  batchId: string;
  supplierId: string;
  skuName: string;
  status: string;
  source: string;
  accepted: number;
  createdAt: Date;
  completedAt: Date | null;
  decidedAt: Date | null;
  sampleSize: number;
  sampleValid: number;
  sampleInvalid: number;
  quarantineReason: string | null;
}

export interface BatchProvenance {
  batch: BatchFactsView;
  /** Codes by status (AVAILABLE, SOLD, REPLACED, VOIDED, …). */
  counts: { status: string; count: number }[];
  sold: number;
  tickets: TicketOnCode[];
  events: ChainLink[];
}

/** The chain events of a code's life that its buyer may read: its batch's import and sample decision, its own sample, its order, its line's after-sales, its tickets. */
const BATCH_TYPES = [AuditEventType.BATCH_IMPORTED, AuditEventType.BATCH_QUARANTINED, AuditEventType.BATCH_DECIDED];
const ORDER_TYPES = [AuditEventType.ORDER_DELIVERED, AuditEventType.ORDER_CODES_REVEALED, AuditEventType.ORDER_REFUNDED];
const LINE_TYPES = [AuditEventType.CODES_REPLACED, AuditEventType.CODES_VOIDED];
const TICKET_TYPES = [AuditEventType.TICKET_OPENED, AuditEventType.TICKET_STATUS_CHANGED, AuditEventType.TICKET_RESOLVED, AuditEventType.TICKET_REOPENED, AuditEventType.TICKET_ARBITRATION_RULED];

const TICKET_COLUMNS = `t.id, 'TK' || lpad(t.number::text, 6, '0') AS number, t.category, t.status, t.opened_at AS "openedAt"`;

/**
 * Code provenance (溯源, DESIGN.md §2.10): a member sees, for a code it bought, its supplier, batch, import
 * time, sample result, sale, delivery and tickets, drawn from the audit chain with each link's hashes, and can
 * have that slice of the chain verified. Nothing of other parties: another member's code is NOT_FOUND.
 * A supplier sees the life of its own batches. Reads only (joins across modules' tables; writes none).
 */
@Injectable()
export class ProvenanceService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditService,
    private readonly checkpoints: AuditCheckpointService,
    private readonly signer: AllianceSigner,
  ) {}

  /**
   * A slice as a member takes it away: its events as a member sees them (who acted committed, not shown),
   * the newest signed checkpoint (made now if the newest does not cover the slice) and each event's inclusion
   * proof against it; given the size of a checkpoint the member kept, the proof that it is a prefix.
   */
  async bundleOf(events: ChainLink[], knownSize?: number | null): Promise<ProvenanceBundle> {
    const publicEvents: PublicEvent[] = events.map((e) => ({
      seq: Number(e.seq), type: e.type, subjectType: e.subjectType, subjectId: e.subjectId, payload: e.payload, occurredAt: e.occurredAt.toISOString(), prevHash: e.prevHash, hash: e.hash, who: e.who,
    }));
    const p = await this.checkpoints.proofs(publicEvents.map((e) => e.seq), knownSize);
    return { format: BUNDLE_FORMAT, checkpoint: p?.checkpoint.note ?? '', events: publicEvents, proofs: p?.proofs ?? [], consistency: p?.consistency ?? null };
  }

  /**
   * The server's check of a slice is the member's: the links to the events before (as the full walk checks
   * them), then the bundle through the verifier members run, with the alliance's own key — so an event
   * rewritten with its hash recomputed fails here as it fails in the member's browser.
   */
  private async verifyEvents(events: ChainLink[]): Promise<ChainVerification> {
    const links = await this.audit.verifySlice(events.map((e) => e.seq));
    if (!events.length) return links;
    const r = await verifyBundle(await this.bundleOf(events), this.signer.verifierKey);
    if (r.ok && links.ok) return links;
    // The first event either check names: a rewritten event fails inclusion, the one after it its link.
    const bad = r.problem ? Number(events[0].seq) : (r.events.find((e) => e.status !== 'OK' && e.status !== 'LEGACY_INCLUDED')?.seq ?? Infinity);
    const firstBrokenSeq = Math.min(bad, links.firstBrokenSeq ?? Infinity);
    return { ok: false, checked: events.filter((e) => Number(e.seq) < firstBrokenSeq).length, firstBrokenSeq };
  }

  async codeBundle(actor: Actor, codeId: string, knownSize?: number | null): Promise<ProvenanceBundle> {
    const { events } = await this.ofCode(actor, codeId);
    return this.bundleOf(events, knownSize);
  }

  private async codeFacts(actor: Actor, codeId: string): Promise<CodeFacts> {
    const id = assertId(codeId, 'Card code');
    const [row] = (await this.txHost.tx.query(
      `SELECT c.id AS "codeId", c.status AS "codeStatus", c.batch_id AS "batchId", c.supplier_id AS "supplierId", sp.name AS "supplierName", s.name AS "skuName",
              b.created_at AS "importedAt", b.status AS "batchStatus", b.decided_at AS "batchDecidedAt", b.sample_size AS "sampleSize", b.sample_valid AS "sampleValid",
              b.sample_invalid AS "sampleInvalid", c.sampled, c.sample_result AS "sampleResult", c.sold_at AS "soldAt", o.id AS "orderId", l.id AS "orderLineId",
              o.member_id AS "memberId", o.client_order_no AS "clientOrderNo", o.placed_at AS "placedAt", o.delivered_at AS "deliveredAt"
         FROM card_codes c
         JOIN order_lines l ON l.id = c.order_line_id
         JOIN orders o ON o.id = l.order_id
         JOIN card_batches b ON b.id = c.batch_id
         JOIN organizations sp ON sp.id = c.supplier_id
         JOIN skus s ON s.id = o.sku_id
        WHERE c.id = $1`,
      [id],
    )) as CodeFacts[];
    // Another member's code, or one never sold, is simply not there for the caller.
    if (!row || (!isAlliance(actor) && !(actor.organizationKind === OrganizationKind.MEMBER && row.memberId === actor.organizationId))) throw notFound('Card code');
    return row;
  }

  async ofCode(actor: Actor, codeId: string): Promise<CodeProvenance> {
    const code = await this.codeFacts(actor, codeId);
    const tickets = (await this.txHost.tx.query(`SELECT ${TICKET_COLUMNS} FROM tickets t WHERE t.order_id = $1 AND $2::uuid = ANY(t.code_ids) ORDER BY t.opened_at`, [code.orderId, code.codeId])) as TicketOnCode[];
    const events = await this.audit.trail([
      { type: 'card_batch', id: code.batchId, types: BATCH_TYPES },
      { type: 'card_code', id: code.codeId, types: [AuditEventType.CODE_SAMPLE_RECORDED] },
      { type: 'order', id: code.orderId, types: ORDER_TYPES },
      { type: 'order_line', id: code.orderLineId, types: LINE_TYPES },
      ...tickets.map((t) => ({ type: 'ticket', id: t.id, types: TICKET_TYPES })),
    ]);
    return { code, tickets, events };
  }

  /** Recomputes the hashes of a code's slice of the chain, its links to the events before them and its inclusion in the signed tree. */
  async verifyCode(actor: Actor, codeId: string): Promise<ChainVerification> {
    const { events } = await this.ofCode(actor, codeId);
    return this.verifyEvents(events);
  }

  async ofBatch(actor: Actor, batchId: string): Promise<BatchProvenance> {
    const id = assertId(batchId, 'Card batch');
    const [batch] = (await this.txHost.tx.query(
      `SELECT b.id AS "batchId", b.supplier_id AS "supplierId", s.name AS "skuName", b.status, b.source, b.accepted, b.created_at AS "createdAt", b.completed_at AS "completedAt",
              b.decided_at AS "decidedAt", b.sample_size AS "sampleSize", b.sample_valid AS "sampleValid", b.sample_invalid AS "sampleInvalid", b.quarantine_reason AS "quarantineReason"
         FROM card_batches b JOIN offers f ON f.id = b.offer_id JOIN skus s ON s.id = f.sku_id WHERE b.id = $1`,
      [id],
    )) as BatchFactsView[];
    if (!batch || (!isAlliance(actor) && batch.supplierId !== actor.organizationId)) throw notFound('Card batch');
    const counts = ((await this.txHost.tx.query(`SELECT status, count(*)::int AS count FROM card_codes WHERE batch_id = $1 GROUP BY status ORDER BY status`, [id])) as { status: string; count: number }[]);
    const [{ sold }] = (await this.txHost.tx.query(`SELECT count(*)::int AS sold FROM card_codes WHERE batch_id = $1 AND sold_at IS NOT NULL`, [id])) as { sold: number }[];
    const tickets = (await this.txHost.tx.query(
      `SELECT ${TICKET_COLUMNS} FROM tickets t WHERE t.supplier_id = $2 AND EXISTS (SELECT 1 FROM card_codes c WHERE c.batch_id = $1 AND c.id = ANY(t.code_ids)) ORDER BY t.opened_at DESC LIMIT 100`,
      [id, batch.supplierId],
    )) as TicketOnCode[];
    const events = await this.audit.trail([{ type: 'card_batch', id }]);
    return { batch, counts, sold, tickets, events };
  }

  async verifyBatch(actor: Actor, batchId: string): Promise<ChainVerification> {
    const { events } = await this.ofBatch(actor, batchId);
    return this.verifyEvents(events);
  }
}
