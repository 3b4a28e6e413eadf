import type { TicketAuthorKind } from '@mengyuan/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One message of a ticket's thread; internal notes are seen by their author's organisation and the alliance only. */
@Entity('ticket_messages')
export class TicketMessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'ticket_id' }) ticketId: string;
  @Column('text', { name: 'author_kind' }) authorKind: TicketAuthorKind;
  @Column('uuid', { name: 'author_organization_id', nullable: true }) authorOrganizationId: string | null;
  @Column('uuid', { name: 'author_user_id', nullable: true }) authorUserId: string | null;
  @Column('text') body: string;
  @Column('boolean') internal: boolean;
  @Column('uuid', { name: 'attachment_ids', array: true }) attachmentIds: string[];
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
