import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One link of the append-only, hash-chained audit log (DESIGN.md §2.10). */
@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryColumn('bigint') seq: string;
  @Column('text') type: string;
  @Column('uuid', { name: 'actor_user_id', nullable: true }) actorUserId: string | null;
  @Column('text', { name: 'actor_email', nullable: true }) actorEmail: string | null;
  @Column('uuid', { name: 'actor_api_key_id', nullable: true }) actorApiKeyId: string | null;
  @Column('uuid', { name: 'organization_id', nullable: true }) organizationId: string | null;
  @Column('text', { name: 'subject_type', nullable: true }) subjectType: string | null;
  @Column('text', { name: 'subject_id', nullable: true }) subjectId: string | null;
  @Column('jsonb') payload: Record<string, unknown>;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt: Date;
  @Column('text', { name: 'prev_hash' }) prevHash: string;
  @Column('text') hash: string;
  /** The salt of the event's `who` commitment (its actor and organisation); null: a version-1 event, actor hashed in the clear. */
  @Column('text', { name: 'who_salt', nullable: true }) whoSalt: string | null;
}
