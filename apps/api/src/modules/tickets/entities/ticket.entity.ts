import type { TicketCategory, TicketStatus, TicketTier } from '@mengyuan/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An after-sales ticket on an order line (DESIGN.md §2.8); its status moves only through TicketService.transition. */
@Entity('tickets')
export class TicketEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'bigint', insert: false, update: false }) number: string;
  @Column('uuid', { name: 'order_id' }) orderId: string;
  @Column('uuid', { name: 'order_line_id' }) orderLineId: string;
  @Column('uuid', { name: 'member_id' }) memberId: string;
  @Column('uuid', { name: 'supplier_id' }) supplierId: string;
  @Column('text') category: TicketCategory;
  /** The supplier's tier the category sets (L1/L2). */
  @Column('text') tier: TicketTier;
  /** Who has it now: the tier, or L3 once escalated. */
  @Column('text') level: TicketTier;
  @Column('text') status: TicketStatus;
  @Column('text') description: string;
  @Column('uuid', { name: 'code_ids', array: true }) codeIds: string[];
  /** 1, then one more at each reopen: each cycle has its own SLA clocks. */
  @Column('int') cycle: number;
  /** Bumped by every change (status, message, resolution): what live updates carry and subscribers resume from. */
  @Column('int') version: number;
  @Column('uuid', { name: 'opened_by_user_id', nullable: true }) openedByUserId: string | null;
  @Column('uuid', { name: 'opened_by_api_key_id', nullable: true }) openedByApiKeyId: string | null;
  @Column('timestamptz', { name: 'opened_at' }) openedAt: Date;
  @Column('timestamptz', { name: 'first_responded_at', nullable: true }) firstRespondedAt: Date | null;
  @Column('timestamptz', { name: 'escalated_at', nullable: true }) escalatedAt: Date | null;
  @Column('timestamptz', { name: 'resolved_at', nullable: true }) resolvedAt: Date | null;
  @Column('timestamptz', { name: 'reopened_at', nullable: true }) reopenedAt: Date | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt: Date | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
