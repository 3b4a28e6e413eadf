import type { Category, DeliveryMode, SkuStatus } from '@mengyuan/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

@Entity('skus')
export class SkuEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') code: string;
  @Column('text') name: string;
  @Column('uuid', { name: 'brand_id' }) brandId: string;
  /** Read-only join to the brand (by entity name: entities stay inside their module). */
  @ManyToOne('BrandEntity') @JoinColumn({ name: 'brand_id' }) brand?: { id: string; name: string; createdAt: Date };
  @Column('text') category: Category;
  /** Fen, as a string (bigint column). */
  @Column('bigint', { name: 'face_value' }) faceValue: string;
  @Column('text', { name: 'delivery_mode' }) deliveryMode: DeliveryMode;
  @Column('bigint', { name: 'unified_price' }) unifiedPrice: string;
  @Column('text') status: SkuStatus;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
