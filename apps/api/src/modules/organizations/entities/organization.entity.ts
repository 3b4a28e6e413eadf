import type { ChannelType, OrganizationKind, OrganizationStatus } from '@mengyuan/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Organization } from '../organization.types';

@Entity('organizations')
export class OrganizationEntity implements Organization {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') kind: OrganizationKind;
  @Column('text', { name: 'channel_type', nullable: true }) channelType: ChannelType | null;
  @Column('text') status: OrganizationStatus;
  @Column('text', { name: 'unified_social_credit_code' }) unifiedSocialCreditCode: string;
  @Column('text', { name: 'contact_name' }) contactName: string;
  @Column('text', { name: 'contact_phone' }) contactPhone: string;
  /** Why the last lifecycle decision was taken (a rejection's reasons, to fix and resubmit). */
  @Column('text', { name: 'status_reason', nullable: true }) statusReason: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
