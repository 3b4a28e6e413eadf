import type { LedgerTransactionType } from '@mengyuan/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One movement of money: its entries sum to zero (checked by the database at commit) and are never edited. */
@Entity('ledger_transactions')
export class LedgerTransactionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') type: LedgerTransactionType;
  @Column('text', { nullable: true }) reference: string | null;
  @Column('uuid', { name: 'order_id', nullable: true }) orderId: string | null;
  @Column('text', { nullable: true }) memo: string | null;
  @Column('uuid', { name: 'created_by_user_id', nullable: true }) createdByUserId: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
