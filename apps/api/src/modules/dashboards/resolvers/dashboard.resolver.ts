import { comparisonRange, DeliveryMode, OrganizationKind, Role, SlaMetric, TicketCategory, TicketTier } from '@mengyuan/domain';
import { type Type } from '@nestjs/common';
import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { Clock } from '../../../common/clock';
import { dayRange } from '../../../common/date-range';
import {
  AdminDashboardDto,
  CategoryCountDto,
  SlaAttainmentDto,
  TierCountDto,
  CountFigureDto,
  DailyFiguresDto,
  DashboardRangeDto,
  DashboardRangeInput,
  LatencyFigureDto,
  MemberDashboardDto,
  MoneyFigureDto,
  OfferStockLevelDto,
  RateFigureDto,
  SingleSourceSkuDto,
  SkuRankingDto,
  SupplierDashboardDto,
  SupplierShareDto,
  TopupQueueSummaryDto,
  WalletBalancesDto,
} from '../dtos/dashboard.dto';
import { DashboardService, type DashboardScope } from '../services/dashboard.service';

type Dashboard = AdminDashboardDto | SupplierDashboardDto | MemberDashboardDto;

function build<T extends Dashboard>(cls: Type<T>, service: DashboardService, scope: DashboardScope, input: DashboardRangeInput | undefined, now: Date): T {
  const days = dayRange(input, now);
  let totals: ReturnType<DashboardService['totals']> | undefined;
  const dashboard = Object.assign(new cls(), { scope, days, totals: () => (totals ??= service.totals(scope, days)) });
  return dashboard;
}

/** The panels every dashboard has; each is its own field, so a page asks only for what it shows. */
function DashboardPanels<T extends Dashboard>(cls: Type<T>) {
  @Resolver(() => cls, { isAbstract: true })
  abstract class Panels {
    constructor(readonly service: DashboardService) {}

    @ResolveField(() => DashboardRangeDto)
    range(@Parent() d: T): DashboardRangeDto {
      const previous = comparisonRange(d.days.from, d.days.to);
      return { from: d.days.from, to: d.days.to, previousFrom: previous.from, previousTo: previous.to };
    }

    @ResolveField(() => LatencyFigureDto, { description: 'Card orders: the server’s time from order to codes' })
    async cardLatency(@Parent() d: T): Promise<LatencyFigureDto> {
      return LatencyFigureDto.of(DashboardService.latency(await d.totals(), DeliveryMode.CARD_CODE));
    }

    @ResolveField(() => LatencyFigureDto, { description: 'Direct top-ups: from order to the supplier’s completion' })
    async topupLatency(@Parent() d: T): Promise<LatencyFigureDto> {
      return LatencyFigureDto.of(DashboardService.latency(await d.totals(), DeliveryMode.DIRECT_TOPUP));
    }

    @ResolveField(() => [DailyFiguresDto], { description: 'One point a day of the range, for trend charts' })
    daily(@Parent() d: T): Promise<DailyFiguresDto[]> {
      return this.service.daily(d.scope, d.days);
    }

    @ResolveField(() => [SkuRankingDto], { description: 'Best sellers by value (热销)' })
    hotSkus(@Parent() d: T, @Args('limit', { type: () => Int, nullable: true, description: '1–50, default 10' }) limit?: number | null): Promise<SkuRankingDto[]> {
      return this.service.hotSkus(d.scope, d.days, limit ?? 10);
    }
  }
  return Panels;
}

@Resolver(() => AdminDashboardDto)
export class AdminDashboardResolver extends DashboardPanels(AdminDashboardDto) {
  constructor(
    service: DashboardService,
    private readonly clock: Clock,
  ) {
    super(service);
  }

  @Authorize({ kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN, Role.AUDITOR] })
  @Query(() => AdminDashboardDto, { description: 'The alliance’s dashboard for a range of days, with the change against the same days whole weeks earlier' })
  adminDashboard(@Args('range', { type: () => DashboardRangeInput, nullable: true }) input?: DashboardRangeInput): AdminDashboardDto {
    const d = build(AdminDashboardDto, this.service, { kind: 'alliance' }, input, this.clock.now());
    let tickets: ReturnType<DashboardService['ticketFigures']> | undefined;
    return Object.assign(d, { tickets: () => (tickets ??= this.service.ticketFigures(d.days)) });
  }

  @ResolveField(() => MoneyFigureDto, { description: 'Gross merchandise value: what members paid for delivered orders' })
  async gmv(@Parent() d: AdminDashboardDto): Promise<MoneyFigureDto> {
    const t = await d.totals();
    return MoneyFigureDto.of(t.current.gmv, t.prior.gmv);
  }

  @ResolveField(() => CountFigureDto, { description: 'Orders delivered' })
  async orders(@Parent() d: AdminDashboardDto): Promise<CountFigureDto> {
    const t = await d.totals();
    return CountFigureDto.of(t.current.delivered, t.prior.delivered);
  }

  @ResolveField(() => CountFigureDto, { description: 'Orders that failed (nothing charged)' })
  async failedOrders(@Parent() d: AdminDashboardDto): Promise<CountFigureDto> {
    const t = await d.totals();
    return CountFigureDto.of(t.current.failed, t.prior.failed);
  }

  @ResolveField(() => RateFigureDto, { description: 'Delivered ÷ (delivered + failed)' })
  async fulfilmentSuccess(@Parent() d: AdminDashboardDto): Promise<RateFigureDto> {
    const { current: c, prior: p } = await d.totals();
    return RateFigureDto.of(c.delivered, c.delivered + c.failed, p.delivered, p.delivered + p.failed);
  }

  @ResolveField(() => RateFigureDto, { description: 'Delivered orders that routing’s first choice did not deliver' })
  async failoverRate(@Parent() d: AdminDashboardDto): Promise<RateFigureDto> {
    const { current: c, prior: p } = await d.totals();
    return RateFigureDto.of(c.failover, c.delivered, p.failover, p.delivered);
  }

  @ResolveField(() => MoneyFigureDto, { description: 'Money given back to members after delivery' })
  async refunds(@Parent() d: AdminDashboardDto): Promise<MoneyFigureDto> {
    const t = await d.totals();
    return MoneyFigureDto.of(t.current.refunded, t.prior.refunded);
  }

  @ResolveField(() => [SupplierShareDto], { description: 'Each supplier’s share of the delivered orders' })
  routingShare(@Parent() d: AdminDashboardDto): Promise<SupplierShareDto[]> {
    return this.service.routingShare(d.days);
  }

  @ResolveField(() => [SingleSourceSkuDto], { description: 'Active SKUs with fewer than 2 live offers (now, not in the range)' })
  singleSourceSkus(): Promise<SingleSourceSkuDto[]> {
    return this.service.singleSourceSkus();
  }

  @ResolveField(() => SlaAttainmentDto, { description: 'After-sales SLA attainment in the range, first response and resolution' })
  async slaAttainment(@Parent() d: AdminDashboardDto): Promise<SlaAttainmentDto> {
    const { attainment: a } = await d.tickets();
    const rate = (m: SlaMetric) => RateFigureDto.of(a[m].current.met, a[m].current.total, a[m].previous.met, a[m].previous.total);
    return { firstResponse: rate(SlaMetric.FIRST_RESPONSE), resolution: rate(SlaMetric.RESOLUTION) };
  }

  @ResolveField(() => RateFigureDto, { description: 'Tickets resolved in the range (each once) and the share an auto-rule resolved without a person (the article’s AI 客服 70 %)' })
  async ticketsResolvedWithoutPerson(@Parent() d: AdminDashboardDto): Promise<RateFigureDto> {
    const { resolvedWithoutPerson: r } = await d.tickets();
    return RateFigureDto.of(r.current.met, r.current.total, r.previous.met, r.previous.total);
  }

  @ResolveField(() => [TierCountDto], { description: 'SLA breaches recorded in the range, by the tier that breached (L1, L2, L3)' })
  async slaBreachesByTier(@Parent() d: AdminDashboardDto): Promise<TierCountDto[]> {
    const { breachesByTier: b } = await d.tickets();
    return Object.values(TicketTier).map((tier) => ({ tier, count: b[tier].current, previous: b[tier].previous }));
  }

  @ResolveField(() => [CategoryCountDto], { description: 'Tickets opened in the range by category, most first' })
  async ticketsByCategory(@Parent() d: AdminDashboardDto): Promise<CategoryCountDto[]> {
    const { openedByCategory: c } = await d.tickets();
    return Object.values(TicketCategory)
      .map((category) => ({ category, count: c[category].current, previous: c[category].previous }))
      .sort((x, y) => y.count - x.count || y.previous - x.previous);
  }

  @ResolveField(() => Int, { description: 'Risk events waiting for a decision (now)' })
  riskEventsWaiting(): Promise<number> {
    return this.service.riskEventsWaiting();
  }
}

@Resolver(() => SupplierDashboardDto)
export class SupplierDashboardResolver extends DashboardPanels(SupplierDashboardDto) {
  constructor(
    service: DashboardService,
    private readonly clock: Clock,
  ) {
    super(service);
  }

  @Authorize({ kinds: [OrganizationKind.SUPPLIER], roles: [Role.OWNER, Role.OPERATOR] })
  @Query(() => SupplierDashboardDto, { description: 'The calling supplier’s dashboard for a range of days, with week-on-week change' })
  supplierDashboard(@CurrentActor() actor: Actor, @Args('range', { type: () => DashboardRangeInput, nullable: true }) input?: DashboardRangeInput): SupplierDashboardDto {
    return build(SupplierDashboardDto, this.service, { kind: 'supplier', supplierId: actor.organizationId }, input, this.clock.now());
  }

  @ResolveField(() => MoneyFigureDto, { description: 'Members’ price of what this supplier delivered' })
  async sales(@Parent() d: SupplierDashboardDto): Promise<MoneyFigureDto> {
    const t = await d.totals();
    return MoneyFigureDto.of(t.current.gmv, t.prior.gmv);
  }

  @ResolveField(() => MoneyFigureDto, { description: 'What the alliance owes for it (settlement prices)' })
  async settlement(@Parent() d: SupplierDashboardDto): Promise<MoneyFigureDto> {
    const t = await d.totals();
    return MoneyFigureDto.of(t.current.settlement, t.prior.settlement);
  }

  @ResolveField(() => CountFigureDto, { description: 'Orders this supplier delivered' })
  async orders(@Parent() d: SupplierDashboardDto): Promise<CountFigureDto> {
    const t = await d.totals();
    return CountFigureDto.of(t.current.delivered, t.prior.delivered);
  }

  @ResolveField(() => RateFigureDto, { description: 'Delivered ÷ (delivered + direct top-ups it failed or let expire)' })
  async fulfilmentSuccess(@Parent() d: SupplierDashboardDto): Promise<RateFigureDto> {
    const { current: c, prior: p } = await d.totals();
    return RateFigureDto.of(c.delivered, c.delivered + c.supplierFailures, p.delivered, p.delivered + p.supplierFailures);
  }

  @ResolveField(() => [OfferStockLevelDto], { description: 'Listed offers and their stock, lowest first (now)' })
  stock(@Parent() d: SupplierDashboardDto): Promise<OfferStockLevelDto[]> {
    return this.service.stock((d.scope as { supplierId: string }).supplierId);
  }

  @ResolveField(() => TopupQueueSummaryDto, { description: 'Open direct top-up tasks (now)' })
  topupQueue(@Parent() d: SupplierDashboardDto): Promise<TopupQueueSummaryDto> {
    return this.service.topupQueue((d.scope as { supplierId: string }).supplierId);
  }
}

@Resolver(() => MemberDashboardDto)
export class MemberDashboardResolver extends DashboardPanels(MemberDashboardDto) {
  constructor(
    service: DashboardService,
    private readonly clock: Clock,
  ) {
    super(service);
  }

  @Authorize({ kinds: [OrganizationKind.MEMBER], roles: [Role.OWNER, Role.OPERATOR] })
  @Query(() => MemberDashboardDto, { description: 'The calling member’s dashboard for a range of days, with week-on-week change' })
  memberDashboard(@CurrentActor() actor: Actor, @Args('range', { type: () => DashboardRangeInput, nullable: true }) input?: DashboardRangeInput): MemberDashboardDto {
    return build(MemberDashboardDto, this.service, { kind: 'member', memberId: actor.organizationId }, input, this.clock.now());
  }

  @ResolveField(() => MoneyFigureDto, { description: 'Paid for delivered orders, less refunds' })
  async spend(@Parent() d: MemberDashboardDto): Promise<MoneyFigureDto> {
    const t = await d.totals();
    return MoneyFigureDto.of(t.current.gmv - t.current.refunded, t.prior.gmv - t.prior.refunded);
  }

  @ResolveField(() => CountFigureDto, { description: 'Orders delivered' })
  async orders(@Parent() d: MemberDashboardDto): Promise<CountFigureDto> {
    const t = await d.totals();
    return CountFigureDto.of(t.current.delivered, t.prior.delivered);
  }

  @ResolveField(() => CountFigureDto, { description: 'Orders that failed (nothing charged)' })
  async failedOrders(@Parent() d: MemberDashboardDto): Promise<CountFigureDto> {
    const t = await d.totals();
    return CountFigureDto.of(t.current.failed, t.prior.failed);
  }

  @ResolveField(() => WalletBalancesDto, { description: 'The wallet now' })
  wallet(@Parent() d: MemberDashboardDto): Promise<WalletBalancesDto> {
    return this.service.wallet((d.scope as { memberId: string }).memberId);
  }
}
