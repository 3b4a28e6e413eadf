import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The ledger as it stood after entry `throughEntryId`: a digest chained over the entries since the checkpoint
 * before, a digest of every account's balance, and the alliance's Ed25519 signature over the whole, so the
 * check reads only what moved since and a rewritten checkpoint does not hold.
 */
@Entity('ledger_checkpoints')
export class LedgerCheckpointEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('bigint', { name: 'through_entry_id' }) throughEntryId: string;
  @Column('bigint', { name: 'entry_count' }) entryCount: string;
  @Column('text', { name: 'entries_digest' }) entriesDigest: string;
  @Column('text', { name: 'balances_digest' }) balancesDigest: string;
  @Column('text', { name: 'prev_digest' }) prevDigest: string;
  @Column('text') digest: string;
  @Column('text', { name: 'key_hash' }) keyHash: string;
  @Column('text') signature: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}

/** An account's balance at a checkpoint, for the accounts that moved since the one before. */
@Entity('ledger_checkpoint_balances')
export class LedgerCheckpointBalanceEntity {
  @PrimaryColumn('bigint', { name: 'checkpoint_id' }) checkpointId: string;
  @PrimaryColumn('uuid', { name: 'account_id' }) accountId: string;
  @Column('bigint') balance: string;
}
