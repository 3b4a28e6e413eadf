import { ApiKeyScope, OrganizationKind, Role } from '@mengyuan/domain';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { PageInput, pageComplexity } from '../../../common/pagination';
import { OrganizationDto, OrganizationPage } from '../dtos/organization.dto';
import { OrganizationFilter } from '../inputs/organization-filter.input';
import { OrganizationService } from '../services/organization.service';

@Resolver(() => OrganizationDto)
export class OrganizationResolver {
  constructor(private readonly service: OrganizationService) {}

  @Authorize({ apiKeyScopes: Object.values(ApiKeyScope) })
  @Query(() => OrganizationDto, { description: 'Own organisation, or any for alliance staff; any API key may read its own' })
  async organization(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<OrganizationDto> {
    return OrganizationDto.from(await this.service.get(actor, id));
  }

  @Authorize({ kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN, Role.AUDITOR] })
  @Query(() => OrganizationPage, { description: 'Alliance staff only', complexity: pageComplexity })
  async organizations(
    @Args('filter', { type: () => OrganizationFilter, nullable: true }) filter?: OrganizationFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<OrganizationPage> {
    const result = await this.service.list(filter, page);
    return { items: result.items.map(OrganizationDto.from), totalCount: result.totalCount };
  }
}
