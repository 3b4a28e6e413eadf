import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsObject, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { JSONScalar } from '../../../common/json.scalar';
import type { SavedViewEntity } from '../entities/saved-view.entity';

@ObjectType('SavedView', { description: 'A named set of a list’s filters and sort: the caller’s own, or shared by a teammate' })
export class SavedViewDto {
  @Field(() => ID) id: string;
  @Field() listKey: string;
  @Field() name: string;
  @Field(() => JSONScalar, { description: 'The list’s URL parameters as the app saved them' }) state: Record<string, unknown>;
  @Field({ description: 'Seen by everyone of the organisation' }) shared: boolean;
  @Field({ description: 'The caller saved it (and may change or delete it)' }) mine: boolean;
  @Field() updatedAt: Date;

  static from(e: SavedViewEntity, userId: string): SavedViewDto {
    return { id: e.id, listKey: e.listKey, name: e.name, state: e.state, shared: e.shared, mine: e.ownerUserId === userId, updatedAt: e.updatedAt };
  }
}

@InputType()
export class SaveViewInput {
  @Field(() => ID, { nullable: true, description: 'Given: replaces that view (the caller’s own); absent: a new one' })
  @IsOptional() @IsUUID() id?: string | null;
  @Field() @IsString() @Length(1, 100) @Matches(/^[a-z][a-zA-Z0-9.-]*$/) listKey: string;
  @Field() @IsString() @Length(1, 60) name: string;
  @Field(() => JSONScalar) @IsObject() state: Record<string, unknown>;
  @Field({ defaultValue: false }) @IsBoolean() shared: boolean;
}
