import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One side of a transaction: fen into (positive) or out of (negative) an account. */
@Entity('ledger_entries')
export class LedgerEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid', { name: 'transaction_id' }) transactionId: string;
  @Column('uuid', { name: 'account_id' }) accountId: string;
  @Column('bigint') amount: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
