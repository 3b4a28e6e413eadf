import { OrganizationKind, RiskEventStatus, Role } from '@mengyuan/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { UserActor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { PageInput, pageComplexity, pageOf } from '../../../common/pagination';
import { RiskEventDto, RiskEventPage } from '../dtos/risk-event.dto';
import { RiskService } from '../services/risk.service';

@Authorize({ kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN, Role.AUDITOR] })
@Resolver(() => RiskEventDto)
export class RiskResolver {
  constructor(private readonly risk: RiskService) {}

  @Query(() => RiskEventPage, { description: 'The risk queue (风控), newest first', complexity: pageComplexity })
  async riskEvents(
    @Args('status', { type: () => RiskEventStatus, nullable: true }) status?: RiskEventStatus,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<RiskEventPage> {
    const result = await this.risk.list(status ?? null, pageOf(page));
    return { items: result.items.map(RiskEventDto.from), totalCount: result.totalCount };
  }

  @Authorize({ kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN] })
  @Mutation(() => RiskEventDto)
  async decideRiskEvent(
    @CurrentActor() actor: UserActor,
    @Args('id', { type: () => ID }) id: string,
    @Args('decision', { type: () => RiskEventStatus }) decision: RiskEventStatus,
    @Args('note') note: string,
  ): Promise<RiskEventDto> {
    return RiskEventDto.from(await this.risk.decide(actor, id, decision, note));
  }
}
