import type { PriceChangeStatus } from '@mengyuan/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('sku_price_changes')
export class PriceChangeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'sku_id' }) skuId: string;
  @Column('bigint', { name: 'old_price' }) oldPrice: string;
  @Column('bigint', { name: 'new_price' }) newPrice: string;
  @Column('timestamptz', { name: 'effective_at' }) effectiveAt: Date;
  @Column('text') reason: string;
  @Column('boolean', { name: 'notice_shortened' }) noticeShortened: boolean;
  @Column('text') status: PriceChangeStatus;
  @Column('uuid', { name: 'scheduled_by_user_id', nullable: true }) scheduledByUserId: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'applied_at', nullable: true }) appliedAt: Date | null;
}
