import type { WebhookDeliveryStatus } from '@mengyuan/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One event for one endpoint (its id is the Standard Webhooks message id, kept across retries and replays). */
@Entity('webhook_deliveries')
export class WebhookDeliveryEntity {
  @PrimaryColumn('text') id: string;
  @Column('uuid', { name: 'endpoint_id' }) endpointId: string;
  @Column('text', { name: 'event_type' }) eventType: string;
  @Column('jsonb') payload: Record<string, unknown>;
  @Column('text') status: WebhookDeliveryStatus;
  @Column('int') attempts: number;
  @Column('int', { name: 'last_status_code', nullable: true }) lastStatusCode: number | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'delivered_at', nullable: true }) deliveredAt: Date | null;
  /** Due to be sent from then (retries back off); null once it is no longer pending. */
  @Column('timestamptz', { name: 'next_attempt_at', nullable: true }) nextAttemptAt: Date | null;
  /** A replica is sending it until then. */
  @Column('timestamptz', { name: 'leased_until', nullable: true }) leasedUntil: Date | null;
  /** Which dispatcher holds the lease (a process's random token). */
  @Column('text', { name: 'leased_by', nullable: true }) leasedBy: string | null;
}
