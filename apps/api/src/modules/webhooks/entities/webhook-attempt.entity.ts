import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every attempt to send a delivery, whatever came of it. */
@Entity('webhook_attempts')
export class WebhookAttemptEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('text', { name: 'delivery_id' }) deliveryId: string;
  @Column('timestamptz', { name: 'attempted_at' }) attemptedAt: Date;
  @Column('int', { name: 'status_code', nullable: true }) statusCode: number | null;
  @Column('text', { nullable: true }) error: string | null;
  @Column('int', { name: 'duration_ms' }) durationMs: number;
}
