import type { BatchStatus } from '@mengyuan/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

@Entity('card_batches')
export class CardBatchEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'offer_id' }) offerId: string;
  /** Read-only join to the catalog's offer (by entity name: entities stay inside their module). */
  @ManyToOne('OfferEntity') @JoinColumn({ name: 'offer_id' }) offer?: { sku?: { code: string; name: string; deliveryMode: string } };
  @Column('uuid', { name: 'supplier_id' }) supplierId: string;
  @Column('text') source: 'INLINE' | 'CSV' | 'UPSTREAM';
  @Column('text') status: BatchStatus;
  @Column('int') processed: number;
  @Column('int') accepted: number;
  @Column('int', { name: 'refused_invalid' }) refusedInvalid: number;
  @Column('int', { name: 'refused_in_batch' }) refusedInBatch: number;
  @Column('int', { name: 'refused_existing' }) refusedExisting: number;
  @Column('int', { name: 'refused_other_supplier' }) refusedOtherSupplier: number;
  @Column('text', { name: 'quarantine_reason', nullable: true }) quarantineReason: string | null;
  @Column('int', { name: 'sample_size' }) sampleSize: number;
  @Column('int', { name: 'sample_valid' }) sampleValid: number;
  @Column('int', { name: 'sample_invalid' }) sampleInvalid: number;
  @Column('text', { nullable: true }) failure: string | null;
  @Column('uuid', { name: 'created_by_user_id', nullable: true }) createdByUserId: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt: Date | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
}
