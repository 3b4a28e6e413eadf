import { OrganizationKind, Role } from '@mengyuan/domain';
import { Args, Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../common/actor';
import { CurrentActor } from '../../../common/authorize.decorator';
import { forbidden } from '../../../common/errors';
import { MoneyScalar } from '../../../common/money.scalar';
import { TeamMemberDto } from '../../auth/dtos/team.dto';
import { TeamService } from '../../auth/services/team.service';
import { OfferService } from '../../catalog/services/offer.service';
import { LedgerService } from '../../ledger/services/ledger.service';
import { OrderDto, SaleDto } from '../../orders/dtos/order.dto';
import { OrderSearchService } from '../../orders/services/order-search.service';
import { OrganizationDto } from '../../organizations/dtos/organization.dto';
import { OfferStockLevelDto } from '../dtos/dashboard.dto';

@ObjectType('OrganizationBalances', { description: 'A member’s wallet and hold, or what the alliance owes a supplier' })
export class OrganizationBalancesDto {
  @Field(() => MoneyScalar) wallet: string;
  @Field(() => MoneyScalar) hold: string;
  @Field(() => MoneyScalar) payable: string;
}

/** Field resolvers run no guard of their own: each checks the caller is alliance staff. */
function staffOnly(actor: Actor): void {
  if (actor.organizationKind !== OrganizationKind.ALLIANCE || (actor.kind === 'user' && !actor.roles.some((r) => r === Role.ADMIN || r === Role.AUDITOR))) {
    throw forbidden('Only alliance staff see this');
  }
}
const limitOf = (n?: number | null) => Math.max(1, Math.min(50, n ?? 10));

/**
 * What alliance staff see of one organisation (its detail page): people, balances, offers, recent orders.
 * Each is a field of Organization for alliance staff only; tickets and score are added by their modules.
 */
@Resolver(() => OrganizationDto)
export class OrganizationDetailResolver {
  constructor(
    private readonly teams: TeamService,
    private readonly ledger: LedgerService,
    private readonly offers: OfferService,
    private readonly orders: OrderSearchService,
  ) {}

  @ResolveField(() => [TeamMemberDto], { description: 'Alliance staff: the organisation’s users and their last sign-in' })
  async users(@CurrentActor() actor: Actor, @Parent() org: OrganizationDto): Promise<TeamMemberDto[]> {
    staffOnly(actor);
    return (await this.teams.members(org.id)).map(TeamMemberDto.from);
  }

  @ResolveField(() => OrganizationBalancesDto, { description: 'Alliance staff: wallet and hold (members) or payable (suppliers)' })
  balances(@CurrentActor() actor: Actor, @Parent() org: OrganizationDto): Promise<OrganizationBalancesDto> {
    staffOnly(actor);
    return this.ledger.balances(org.id, org.kind);
  }

  @ResolveField(() => [OfferStockLevelDto], { description: 'Alliance staff: a supplier’s listed offers and their stock (empty for members)' })
  async offerStock(@CurrentActor() actor: Actor, @Parent() org: OrganizationDto): Promise<OfferStockLevelDto[]> {
    staffOnly(actor);
    return org.kind === OrganizationKind.SUPPLIER ? this.offers.stockOf(org.id) : [];
  }

  @ResolveField(() => [OrderDto], { description: 'Alliance staff: a member’s latest orders (empty for suppliers)' })
  async recentOrders(@CurrentActor() actor: Actor, @Parent() org: OrganizationDto, @Args('limit', { type: () => Int, nullable: true, description: '1–50, default 10' }) limit?: number | null): Promise<OrderDto[]> {
    staffOnly(actor);
    if (org.kind !== OrganizationKind.MEMBER) return [];
    return (await this.orders.search(actor, { memberId: org.id }, { offset: 0, limit: limitOf(limit) })).items.map((o) => OrderDto.from(o));
  }

  @ResolveField(() => [SaleDto], { description: 'Alliance staff: a supplier’s latest order lines (empty for members)' })
  async recentSales(@CurrentActor() actor: Actor, @Parent() org: OrganizationDto, @Args('limit', { type: () => Int, nullable: true, description: '1–50, default 10' }) limit?: number | null): Promise<SaleDto[]> {
    staffOnly(actor);
    if (org.kind !== OrganizationKind.SUPPLIER) return [];
    return (await this.orders.searchSales(org.id, {}, { offset: 0, limit: limitOf(limit) })).items.map(SaleDto.from);
  }
}
