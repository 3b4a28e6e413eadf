import type { AllianceSettingKey } from '@mengyuan/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One version of one alliance setting: every change is a new row (who, when, why); the highest version is in force. */
@Entity('alliance_setting_versions')
export class AllianceSettingVersionEntity {
  @PrimaryColumn('text') key: AllianceSettingKey;
  @PrimaryColumn('int') version: number;
  /** Canonical text (checkSettingValue in packages/domain). */
  @Column('text') value: string;
  @Column('text') reason: string;
  @Column('uuid', { name: 'changed_by_user_id', nullable: true }) changedByUserId: string | null;
  /** The e-mail of whoever changed it, as it was then (the settings module sits below the users' module). */
  @Column('text', { name: 'changed_by_email', nullable: true }) changedByEmail: string | null;
  @Column('timestamptz', { name: 'changed_at' }) changedAt: Date;
}
