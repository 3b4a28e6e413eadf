import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where an organisation's system hears of its events; the signing secret is stored encrypted. */
@Entity('webhook_endpoints')
export class WebhookEndpointEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('text') url: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('text', { array: true }) events: string[];
  @Column('bytea', { name: 'secret_ciphertext', select: false }) secretCiphertext: Buffer;
  @Column('bytea', { name: 'secret_nonce', select: false }) secretNonce: Buffer;
  @Column('boolean') enabled: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'disabled_at', nullable: true }) disabledAt: Date | null;
  @Column('int', { name: 'consecutive_failures', default: 0 }) consecutiveFailures: number;
  /** While open, its deliveries wait: a failing receiver does not hold up the others. */
  @Column('timestamptz', { name: 'circuit_open_until', nullable: true }) circuitOpenUntil: Date | null;
}
