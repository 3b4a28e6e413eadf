import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Orders a member had accepted this minute and the one before: the velocity limit's counter. */
@Entity('order_velocity')
export class OrderVelocityEntity {
  @PrimaryColumn('uuid', { name: 'member_id' }) memberId: string;
  @Column('timestamptz', { name: 'window_start' }) windowStart: Date;
  @Column('int') count: number;
  @Column('int', { name: 'prev_count' }) prevCount: number;
}
