import type { DocumentStatus, DocumentType, VerificationMethod } from '@mengyuan/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { StoredFile } from '../../files/file.types';
import type { Organization } from '../../organizations/organization.types';
import { BrandEntity } from './brand.entity';

@Entity('qualification_documents')
export class QualificationDocumentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  // Read-only joins to other modules' rows, by entity name: entities stay inside their module.
  @ManyToOne('OrganizationEntity') @JoinColumn({ name: 'organization_id' }) organization?: Organization;
  @Column('text') type: DocumentType;
  @Column('text') number: string;
  @Column('text') issuer: string;
  /** Calendar dates (YYYY-MM-DD), valid through the end of validTo in Asia/Shanghai. */
  @Column('date', { name: 'valid_from' }) validFrom: string;
  @Column('date', { name: 'valid_to' }) validTo: string;
  @Column('uuid', { name: 'brand_id', nullable: true }) brandId: string | null;
  @ManyToOne(() => BrandEntity) @JoinColumn({ name: 'brand_id' }) brand?: BrandEntity | null;
  /** Fen, as stated on a business licence; required of an official channel (OFFICIAL_MIN_REGISTERED_CAPITAL_FEN). */
  @Column('bigint', { name: 'registered_capital', nullable: true }) registeredCapital: string | null;
  @Column('uuid', { name: 'file_id' }) fileId: string;
  @ManyToOne('StoredFileEntity') @JoinColumn({ name: 'file_id' }) file?: StoredFile;
  @Column('text') status: DocumentStatus;
  @Column('text', { name: 'verification_method', nullable: true }) verificationMethod: VerificationMethod | null;
  @Column('text', { name: 'review_note', nullable: true }) reviewNote: string | null;
  @Column('uuid', { name: 'reviewed_by_user_id', nullable: true }) reviewedByUserId: string | null;
  @ManyToOne('UserEntity') @JoinColumn({ name: 'reviewed_by_user_id' }) reviewedBy?: { id: string; email: string; displayName: string } | null;
  @Column('timestamptz', { name: 'reviewed_at', nullable: true }) reviewedAt: Date | null;
  @Column('uuid', { name: 'replaces_id', nullable: true }) replacesId: string | null;
  /** A newer submission replaced this one: it no longer counts, but stays for the record. */
  @Column('boolean', { default: false }) superseded: boolean;
  @Column('timestamptz', { name: 'expiry_warned_at', nullable: true }) expiryWarnedAt: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
