import type { ApiKeyScope } from '@mengyuan/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A machine credential: `mk_<prefix>_<secret>`; the prefix finds the row, only the secret's SHA-256 is kept. */
@Entity('api_keys')
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'created_by_user_id' }) createdByUserId: string;
  @Column('text') name: string;
  @Column('text') prefix: string;
  @Column('text', { name: 'secret_hash' }) secretHash: string;
  @Column('text', { array: true }) scopes: ApiKeyScope[];
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'last_used_at', nullable: true }) lastUsedAt: Date | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
}
