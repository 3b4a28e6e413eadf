import type { PriceChangeStatus } from '@mengyuan/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One settlement-price change of an offer: scheduled with notice (like a unified price change), then applied at
 * its effective time or cancelled. Applied changes feed price stability; one pending change per offer.
 */
@Entity('offer_price_changes')
export class OfferPriceChangeEntity {
  /** bigserial: a string. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('uuid', { name: 'offer_id' }) offerId: string;
  @Column('bigint', { name: 'old_price' }) oldPrice: string;
  @Column('bigint', { name: 'new_price' }) newPrice: string;
  @Column('timestamptz', { name: 'effective_at' }) effectiveAt: Date;
  /** Why the notice was shortened (or any note the supplier gave). */
  @Column('text', { nullable: true }) reason: string | null;
  /** Less than the alliance's notice (immediate included): unannounced in price stability. */
  @Column('boolean', { name: 'notice_shortened' }) noticeShortened: boolean;
  @Column('text') status: PriceChangeStatus;
  @Column('uuid', { name: 'changed_by_user_id', nullable: true }) changedByUserId: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  /** When it was applied (null until then). */
  @Column('timestamptz', { name: 'changed_at', nullable: true }) changedAt: Date | null;
}
