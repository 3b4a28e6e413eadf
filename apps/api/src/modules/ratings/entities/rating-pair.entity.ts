import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The root of an order's two ratings (互评): rating, revealing and hiding lock it before either rating row. */
@Entity('rating_pairs')
export class RatingPairEntity {
  @PrimaryColumn('uuid', { name: 'order_id' }) orderId: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
