import type { LedgerAccountKind } from '@mengyuan/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An account of the double-entry ledger: per member wallet and hold, per supplier payable, the alliance's. */
@Entity('ledger_accounts')
export class LedgerAccountEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') kind: LedgerAccountKind;
  @Column('uuid', { name: 'organization_id', nullable: true }) organizationId: string | null;
  /** A payment channel's clearing and fee accounts are one per channel (issue 20). */
  @Column('uuid', { name: 'channel_id', nullable: true }) channelId: string | null;
  /** Kept only for wallets and holds, where a CHECK keeps it from going negative; others are sums of entries. */
  @Column('bigint') balance: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
