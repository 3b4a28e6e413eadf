import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { StoredFile } from '../file.types';

@Entity('files')
export class StoredFileEntity implements StoredFile {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'uploaded_by_user_id' }) uploadedByUserId: string;
  @Column('text') sha256: string;
  @Column('bigint') size: string;
  @Column('text', { name: 'content_type' }) contentType: string;
  @Column('text', { name: 'original_name' }) originalName: string;
  @Column('text', { name: 'storage_key' }) storageKey: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
