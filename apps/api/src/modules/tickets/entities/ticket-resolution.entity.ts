import type { Fault, ResolutionKind, RulingAgainst } from '@mengyuan/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What was done to put a ticket right, by whom, at whose cost. One per resolution (a reopened ticket may have several). */
@Entity('ticket_resolutions')
export class TicketResolutionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'ticket_id' }) ticketId: string;
  @Column('int') cycle: number;
  @Column('text') kind: ResolutionKind;
  @Column('text') fault: Fault;
  @Column('boolean') upheld: boolean;
  /** Fen to the member (REFUND, COMPENSATION). */
  @Column('bigint') amount: string;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('boolean') auto: boolean;
  @Column('text', { nullable: true }) against: RulingAgainst | null;
  @Column('uuid', { name: 'replaced_code_ids', array: true }) replacedCodeIds: string[];
  @Column('uuid', { name: 'replacement_code_ids', array: true }) replacementCodeIds: string[];
  @Column('uuid', { name: 'replacement_offer_id', nullable: true }) replacementOfferId: string | null;
  @Column('uuid', { name: 'by_user_id', nullable: true }) byUserId: string | null;
  @Column('uuid', { name: 'by_organization_id', nullable: true }) byOrganizationId: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
