import type { CodeStatus, SampleResult } from '@mengyuan/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A card code: only ciphertext and a keyed fingerprint are stored, never the plaintext. */
@Entity('card_codes')
export class CardCodeEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'batch_id' }) batchId: string;
  @Column('uuid', { name: 'offer_id' }) offerId: string;
  @Column('uuid', { name: 'supplier_id' }) supplierId: string;
  @Column('text') status: CodeStatus;
  @Column('bytea') fingerprint: Buffer;
  @Column('bytea') ciphertext: Buffer;
  @Column('bytea') nonce: Buffer;
  @Column('smallint', { name: 'key_version' }) keyVersion: number;
  @Column('timestamptz', { name: 'expires_at', nullable: true }) expiresAt: Date | null;
  @Column('boolean') sampled: boolean;
  @Column('text', { name: 'sample_result', nullable: true }) sampleResult: SampleResult | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'sold_at', nullable: true }) soldAt: Date | null;
  @Column('uuid', { name: 'order_line_id', nullable: true }) orderLineId: string | null;
}
