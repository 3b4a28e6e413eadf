import type { ChatRobotKind, NoticeDeliveryStatus, NoticeUrgency, NotificationType } from '@mengyuan/domain';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** Whether a person (userId set) or an organisation's people by default (userId null) hear a kind on a channel. */
@Entity('notice_preferences')
export class NoticePreferenceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'user_id', nullable: true }) userId: string | null;
  @Column('text') kind: NotificationType;
  @Column('text') channel: 'IN_APP' | 'EMAIL';
  @Column('boolean') enabled: boolean;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

/** An organisation's notice settings: quiet hours follow its business calendar unless turned off. */
@Entity('notice_settings')
export class NoticeSettingsEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('boolean', { name: 'quiet_hours' }) quietHours: boolean;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

/** A work-chat group robot of an organisation; its webhook URL and signing secret are encrypted together. */
@Entity('chat_robots')
export class ChatRobotEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('text') kind: ChatRobotKind;
  @Column('text') name: string;
  /** What the apps show of the URL (host and the key's last characters), never the key. */
  @Column('text', { name: 'url_hint' }) urlHint: string;
  @Column('bytea', { name: 'secret_ciphertext', select: false }) secretCiphertext: Buffer;
  @Column('bytea', { name: 'secret_nonce', select: false }) secretNonce: Buffer;
  /** The notice kinds it posts. */
  @Column('text', { array: true }) kinds: NotificationType[];
  @Column('boolean') enabled: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('uuid', { name: 'created_by_user_id', nullable: true }) createdByUserId: string | null;
  @Column('timestamptz', { name: 'last_sent_at', nullable: true }) lastSentAt: Date | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
}

/** One notice for one person's e-mail (or one robot): the queue the dispatchers of every replica share. */
@Entity('notice_deliveries')
export class NoticeDeliveryEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id', nullable: true }) organizationId: string | null;
  @Column('uuid', { name: 'user_id', nullable: true }) userId: string | null;
  @Column('uuid', { name: 'robot_id', nullable: true }) robotId: string | null;
  @Column('text', { nullable: true }) address: string | null;
  @Column('text') channel: 'EMAIL' | 'ROBOT';
  /** Notices due together for the same target go out as one message (a digest). */
  @Column('text', { name: 'target_key' }) targetKey: string;
  @Column('text') kind: NotificationType;
  @Column('text') urgency: NoticeUrgency;
  @Column('jsonb') params: Record<string, unknown>;
  /** Parameters that must not rest in clear (a one-time link), encrypted with the delivery's id bound in. */
  @Column('bytea', { name: 'secret_ciphertext', nullable: true, select: false }) secretCiphertext: Buffer | null;
  @Column('bytea', { name: 'secret_nonce', nullable: true, select: false }) secretNonce: Buffer | null;
  @Column('text', { name: 'dedupe_key', nullable: true }) dedupeKey: string | null;
  @Column('text') status: NoticeDeliveryStatus;
  @Column('int') attempts: number;
  /** Not before then: quiet hours, the digest's minute, or the next retry. */
  @Column('timestamptz', { name: 'next_attempt_at', nullable: true }) nextAttemptAt: Date | null;
  /** A warning that could not go out by its deadline expires instead of arriving late. */
  @Column('timestamptz', { name: 'expires_at', nullable: true }) expiresAt: Date | null;
  @Column('timestamptz', { name: 'leased_until', nullable: true }) leasedUntil: Date | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt: Date | null;
}

/** Every attempt to send one message (carrying one or more deliveries), whatever came of it. */
@Entity('notice_attempts')
export class NoticeAttemptEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid', { name: 'delivery_ids', array: true }) deliveryIds: string[];
  @Column('text') channel: string;
  @Column('text', { name: 'target_key' }) targetKey: string;
  @Column('timestamptz', { name: 'attempted_at' }) attemptedAt: Date;
  @Column('text', { nullable: true }) error: string | null;
  @Column('int', { name: 'duration_ms' }) durationMs: number;
}

/** Who at the supplier handles a ticket and when they last acted: kept from the tickets' events, for escalation. */
@Entity('notice_ticket_watches')
export class NoticeTicketWatchEntity {
  @PrimaryColumn('uuid', { name: 'ticket_id' }) ticketId: string;
  @Column('uuid', { name: 'supplier_id' }) supplierId: string;
  @Column('uuid', { name: 'assignee_user_id', nullable: true }) assigneeUserId: string | null;
  @Column('timestamptz', { name: 'last_supplier_activity_at', nullable: true }) lastSupplierActivityAt: Date | null;
  @Column('boolean') done: boolean;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

export const NOTICE_ENTITIES = [NoticePreferenceEntity, NoticeSettingsEntity, ChatRobotEntity, NoticeDeliveryEntity, NoticeAttemptEntity, NoticeTicketWatchEntity];
