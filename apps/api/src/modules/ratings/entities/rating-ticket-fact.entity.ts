import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A ticket fact that excludes or flags ratings, kept from the tickets module's events (never read from its tables). */
@Entity('rating_ticket_facts')
export class RatingTicketFactEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid', { name: 'ticket_id' }) ticketId: string;
  @Column('uuid', { name: 'order_id' }) orderId: string;
  @Column('uuid', { name: 'member_id' }) memberId: string;
  @Column('uuid', { name: 'supplier_id' }) supplierId: string;
  /** MEMBER_FAULT: resolved with the member at fault; RULING: an L3 ruling, against one side. */
  @Column('text') kind: 'MEMBER_FAULT' | 'RULING';
  @Column('text', { nullable: true }) against: 'MEMBER' | 'SUPPLIER' | null;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt: Date;
}
