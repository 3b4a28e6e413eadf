import type { Role } from '@mengyuan/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Organization } from '../../organizations/organization.types';

/** An owner's invitation to join the organisation; only the token's SHA-256 is stored, like refresh tokens. */
@Entity('user_invitations')
export class UserInvitationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  /** Read-only join (by entity name: entities stay inside their module). */
  @ManyToOne('OrganizationEntity') @JoinColumn({ name: 'organization_id' }) organization?: Organization;
  @Column('text') email: string;
  @Column('text', { array: true }) roles: Role[];
  @Column('text', { name: 'token_hash' }) tokenHash: string;
  @Column('uuid', { name: 'invited_by_user_id' }) invitedByUserId: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt: Date | null;
  @Column('uuid', { name: 'accepted_user_id', nullable: true }) acceptedUserId: string | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
}
