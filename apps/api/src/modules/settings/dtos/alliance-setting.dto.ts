import { AllianceSettingKey, SettingGroup, SettingValueKind } from '@mengyuan/domain';
import { Field, Float, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AllianceSettingView } from '../services/alliance-settings.service';

registerEnumType(AllianceSettingKey, { name: 'AllianceSettingKey', description: 'An alliance setting (its environment variable of the same name is the default)' });
registerEnumType(SettingValueKind, { name: 'SettingValueKind' });
registerEnumType(SettingGroup, { name: 'SettingGroup' });

@ObjectType('AllianceSettingVersion', { description: 'One change of a setting: who, when, why' })
export class AllianceSettingVersionDto {
  @Field(() => Int) version: number;
  @Field() value: string;
  @Field() reason: string;
  @Field(() => String, { nullable: true, description: 'E-mail of whoever changed it' }) changedBy: string | null;
  @Field(() => GraphQLISODateTime) changedAt: Date;
}

@ObjectType('AllianceSetting', { description: 'An alliance setting: value in force, default, and every change' })
export class AllianceSettingDto {
  @Field(() => AllianceSettingKey) key: AllianceSettingKey;
  @Field(() => SettingGroup) group: SettingGroup;
  @Field(() => SettingValueKind) kind: SettingValueKind;
  @Field({ description: 'In force now (FEN: integer fen)' }) value: string;
  @Field({ description: 'What applies when nobody changed it: the environment variable, else the built-in value' }) defaultValue: string;
  @Field({ description: 'The environment variable of the default' }) envVar: string;
  @Field({ description: 'The default comes from the environment (not the built-in value)' }) envSet: boolean;
  @Field(() => Float, { nullable: true }) min: number | null;
  @Field(() => Float, { nullable: true }) max: number | null;
  @Field(() => [String], { nullable: true }) choices: string[] | null;
  @Field(() => Int, { description: '0: never changed (the default is in force)' }) version: number;
  @Field(() => String, { nullable: true }) changedBy: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) changedAt: Date | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => [AllianceSettingVersionDto], { description: 'Every change, newest first' }) history: AllianceSettingVersionDto[];

  static from(s: AllianceSettingView): AllianceSettingDto {
    const v = (r: AllianceSettingView['history'][number]): AllianceSettingVersionDto => ({ version: r.version, value: r.value, reason: r.reason, changedBy: r.changedByEmail, changedAt: r.changedAt });
    return {
      key: s.definition.key, group: s.definition.group, kind: s.definition.kind, value: s.value, defaultValue: s.defaultValue, envVar: s.envVar, envSet: s.envSet,
      min: s.definition.min ?? null, max: s.definition.max ?? null, choices: s.definition.choices ? [...s.definition.choices] : null,
      version: s.version, changedBy: s.current?.changedByEmail ?? null, changedAt: s.current?.changedAt ?? null, reason: s.current?.reason ?? null,
      history: s.history.map(v),
    };
  }
}
