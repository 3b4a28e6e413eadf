import { ACCOUNT_ADMIN_ROLES } from '@mengyuan/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { UserActor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { ApiKeyDto, CreatedApiKeyDto } from '../dtos/api-key.dto';
import { CreateApiKeyInput } from '../inputs/create-api-key.input';
import { ApiKeyService } from '../services/api-key.service';

/** Keys are managed by the organisation's owner (or an alliance admin for the alliance's own keys). */
@Authorize({ roles: [...ACCOUNT_ADMIN_ROLES] })
@Resolver(() => ApiKeyDto)
export class ApiKeyResolver {
  constructor(private readonly keys: ApiKeyService) {}

  @Query(() => [ApiKeyDto])
  async apiKeys(@CurrentActor() actor: UserActor): Promise<ApiKeyDto[]> {
    return (await this.keys.list(actor.organizationId)).map(ApiKeyDto.from);
  }

  @Mutation(() => CreatedApiKeyDto)
  async createApiKey(@CurrentActor() actor: UserActor, @Args('input') input: CreateApiKeyInput): Promise<CreatedApiKeyDto> {
    const { apiKey, secret } = await this.keys.create(actor, input.name, input.scopes);
    return { apiKey: ApiKeyDto.from(apiKey), secret };
  }

  @Mutation(() => ApiKeyDto)
  async revokeApiKey(@CurrentActor() actor: UserActor, @Args('id', { type: () => ID }) id: string): Promise<ApiKeyDto> {
    return ApiKeyDto.from(await this.keys.revoke(actor, id));
  }
}
