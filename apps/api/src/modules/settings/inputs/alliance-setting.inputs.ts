import { AllianceSettingKey } from '@mengyuan/domain';
import { Field, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsString, MaxLength, Min } from 'class-validator';

@InputType()
export class ChangeAllianceSettingInput {
  @Field(() => AllianceSettingKey) @IsIn(Object.values(AllianceSettingKey)) key: AllianceSettingKey;
  @Field({ description: 'The new value as text (FEN: integer fen; CHOICE: one of its choices)' }) @IsString() @MaxLength(40) value: string;
  @Field({ description: 'Why (kept with the version and in the audit log)' }) @IsString() @MaxLength(1000) reason: string;
  @Field(() => Int, { description: 'The version the change was made against (0: never changed); CONFLICT if it moved since' }) @IsInt() @Min(0) expectedVersion: number;
}
