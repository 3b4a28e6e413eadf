import { ApiKeyScope } from '@mengyuan/domain';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { ApiKeyEntity } from '../entities/api-key.entity';

@ObjectType('ApiKey')
export class ApiKeyDto {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'The public part of the key, to recognise it' }) prefix: string;
  @Field(() => [ApiKeyScope]) scopes: ApiKeyScope[];
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastUsedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt: Date | null;

  static from(e: ApiKeyEntity): ApiKeyDto {
    return Object.assign(new ApiKeyDto(), {
      id: e.id,
      name: e.name,
      prefix: e.prefix,
      scopes: e.scopes,
      createdAt: e.createdAt,
      lastUsedAt: e.lastUsedAt,
      revokedAt: e.revokedAt,
    });
  }
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyDto {
  @Field(() => ApiKeyDto) apiKey: ApiKeyDto;
  @Field({ description: 'The whole key, shown this once; only its hash is stored.' }) secret: string;
}
