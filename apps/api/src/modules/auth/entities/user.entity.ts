import type { Role } from '@mengyuan/domain';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Organization } from '../../organizations/organization.types';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  /** Read-only join to the organisation (by entity name: entities stay inside their module). */
  @ManyToOne('OrganizationEntity') @JoinColumn({ name: 'organization_id' }) organization?: Organization;
  /** Stored lower-cased; unique. */
  @Column('text') email: string;
  @Column('text', { name: 'display_name' }) displayName: string;
  @Column('text', { name: 'password_hash' }) passwordHash: string;
  @Column('text', { array: true }) roles: Role[];
  /** Bumped by "sign out everywhere" and password changes: access tokens carrying an older value stop working. */
  @Column('int', { name: 'session_version', default: 0 }) sessionVersion: number;
  @Column('timestamptz', { name: 'last_login_at', nullable: true }) lastLoginAt: Date | null;
  /** Set by the organisation's owner: the user cannot sign in and its sessions have ended. */
  @Column('timestamptz', { name: 'disabled_at', nullable: true }) disabledAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
