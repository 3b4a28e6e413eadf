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
  /** Two-step sign-in: the TOTP secret, encrypted with the user's id bound in; enabled once a first code checked out. */
  @Column('bytea', { name: 'totp_secret_ciphertext', nullable: true, select: false }) totpSecretCiphertext: Buffer | null;
  @Column('bytea', { name: 'totp_secret_nonce', nullable: true, select: false }) totpSecretNonce: Buffer | null;
  @Column('timestamptz', { name: 'totp_enabled_at', nullable: true }) totpEnabledAt: Date | null;
  /** A secret being set up (shown once as a QR code), until its first code is confirmed. */
  @Column('bytea', { name: 'totp_pending_ciphertext', nullable: true, select: false }) totpPendingCiphertext: Buffer | null;
  @Column('bytea', { name: 'totp_pending_nonce', nullable: true, select: false }) totpPendingNonce: Buffer | null;
}
