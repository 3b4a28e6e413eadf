import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A named set of a list's filters, sort and columns: a person's own, or shared with the people of its organisation. */
@Entity('saved_views')
export class SavedViewEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'owner_user_id' }) ownerUserId: string;
  /** Which list, e.g. 'admin.audit', 'portal.orders'. */
  @Column('text', { name: 'list_key' }) listKey: string;
  @Column('text') name: string;
  /** What the list's URL carries (filters, sort, page size), as the app wrote it. */
  @Column('jsonb') state: Record<string, unknown>;
  @Column('boolean') shared: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
