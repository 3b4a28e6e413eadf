import type { ResolutionKind, TicketCategory } from '@mengyuan/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A supplier's opt-in: resolve tickets of a category at once, up to a number a day (Asia/Shanghai days). */
@Entity('ticket_auto_rules')
export class TicketAutoRuleEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'supplier_id' }) supplierId: string;
  @Column('text') category: TicketCategory;
  @Column('text') resolution: ResolutionKind;
  @Column('int', { name: 'daily_limit' }) dailyLimit: number;
  @Column('boolean') enabled: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
