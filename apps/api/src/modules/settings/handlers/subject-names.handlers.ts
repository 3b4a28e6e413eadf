import { AllianceSettingKey } from '@mengyuan/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { SubjectNames } from '../../../common/subject-names';

const KEYS = new Set<string>(Object.values(AllianceSettingKey));

/** A setting by its key, which the app shows in the reader's language (`#AllianceSettingKey.ROUTING_RULE`). */
@Injectable()
export class SettingSubjectNames implements OnModuleInit {
  constructor(private readonly names: SubjectNames) {}

  onModuleInit(): void {
    this.names.register('alliance_setting', async (keys) => new Map(keys.filter((k) => KEYS.has(k)).map((k) => [k, `#AllianceSettingKey.${k}`])), { keys: 'text' });
  }
}
