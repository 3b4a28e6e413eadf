import { ApiKeyScope, MIN_LIVE_OFFERS, OfferAction, OrganizationKind, PRICE_MOVEMENT_FLAG_BP, ReviewDecision, Role, SkuStatus } from '@mengyuan/domain';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, UserActor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { PageInput, pageComplexity, pageOf } from '../../../common/pagination';
import { OfferDto, OfferPage, PriceChangeDto, SkuDto, SkuPage } from '../dtos/catalog.dto';
import type { OfferEntity } from '../entities/offer.entity';
import type { SkuEntity } from '../entities/sku.entity';
import { CatalogFilter, CreateOfferInput, CreateSkuInput, OfferFilter, SchedulePriceInput, UpdateOfferInput, UpdateSkuInput } from '../inputs/catalog.inputs';
import { OfferService } from '../services/offer.service';
import { SkuService } from '../services/sku.service';

const ADMIN = { kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN] };
const ALLIANCE_STAFF = { kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN, Role.AUDITOR] };
const SUPPLIER_STAFF = { kinds: [OrganizationKind.SUPPLIER], roles: [Role.OWNER, Role.OPERATOR] };

@Resolver(() => SkuDto)
export class SkuResolver {
  constructor(private readonly skus: SkuService) {}

  private async dtos(skus: SkuEntity[]): Promise<SkuDto[]> {
    const supply = await this.skus.supplyOf(skus);
    return skus.map((s) => SkuDto.from(s, supply.get(s.id)!, PRICE_MOVEMENT_FLAG_BP));
  }

  @Authorize({ apiKeyScopes: [ApiKeyScope.CATALOG_READ] })
  @Query(() => SkuPage, { description: 'The alliance catalog at unified prices', complexity: pageComplexity })
  async catalog(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => CatalogFilter, nullable: true }) filter?: CatalogFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<SkuPage> {
    const result = await this.skus.list(actor, filter, pageOf(page));
    return { items: await this.dtos(result.items), totalCount: result.totalCount };
  }

  @Authorize({ apiKeyScopes: [ApiKeyScope.CATALOG_READ] })
  @Query(() => SkuDto)
  async sku(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<SkuDto> {
    return (await this.dtos([await this.skus.get(actor, id)]))[0];
  }

  @ResolveField(() => [PriceChangeDto], { description: 'Scheduled, applied and cancelled changes, newest first' })
  async priceHistory(@Parent() sku: SkuDto): Promise<PriceChangeDto[]> {
    return (await this.skus.history(sku.id)).map(PriceChangeDto.from);
  }

  @Authorize(ALLIANCE_STAFF)
  @Query(() => [SkuDto], { description: `Active SKUs with fewer than ${MIN_LIVE_OFFERS} live offers (the backup-source rule)` })
  async thinlySourcedSkus(): Promise<SkuDto[]> {
    return this.dtos(await this.skus.thinlySourced(MIN_LIVE_OFFERS));
  }

  @Authorize(ADMIN)
  @Mutation(() => SkuDto)
  async createSku(@CurrentActor() actor: UserActor, @Args('input') input: CreateSkuInput): Promise<SkuDto> {
    return (await this.dtos([await this.skus.create(actor, input)]))[0];
  }

  @Authorize(ADMIN)
  @Mutation(() => SkuDto)
  async updateSku(@CurrentActor() actor: UserActor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateSkuInput): Promise<SkuDto> {
    return (await this.dtos([await this.skus.update(actor, id, input)]))[0];
  }

  @Authorize(ADMIN)
  @Mutation(() => SkuDto)
  async setSkuStatus(
    @CurrentActor() actor: UserActor,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => SkuStatus }) status: SkuStatus,
  ): Promise<SkuDto> {
    return (await this.dtos([await this.skus.setStatus(actor, id, status)]))[0];
  }

  @Authorize(ADMIN)
  @Mutation(() => PriceChangeDto, { description: 'Members are notified at once; the price applies at effectiveAt' })
  async scheduleUnifiedPrice(@CurrentActor() actor: UserActor, @Args('input') input: SchedulePriceInput): Promise<PriceChangeDto> {
    return PriceChangeDto.from(await this.skus.schedulePrice(actor, input));
  }

  @Authorize(ADMIN)
  @Mutation(() => PriceChangeDto)
  async cancelPriceChange(@CurrentActor() actor: UserActor, @Args('id', { type: () => ID }) id: string): Promise<PriceChangeDto> {
    return PriceChangeDto.from(await this.skus.cancelPrice(actor, id));
  }
}

@Resolver(() => OfferDto)
export class OfferResolver {
  constructor(private readonly service: OfferService) {}

  /** Offers with their pending settlement-price changes (one query for the page). */
  private async dtos(offers: OfferEntity[]): Promise<OfferDto[]> {
    const pending = await this.service.pendingOf(offers.map((o) => o.id));
    return offers.map((o) => OfferDto.from(o, pending.get(o.id) ?? null));
  }

  private async dto(offer: OfferEntity): Promise<OfferDto> {
    return (await this.dtos([offer]))[0];
  }

  @Authorize({ kinds: [OrganizationKind.SUPPLIER, OrganizationKind.ALLIANCE] })
  @Query(() => OfferPage, { description: 'The supplier’s own offers, or all for alliance staff (the review queue: status PENDING_REVIEW)', complexity: pageComplexity })
  async offers(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => OfferFilter, nullable: true }) filter?: OfferFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<OfferPage> {
    const result = await this.service.list(actor, filter, pageOf(page));
    return { items: await this.dtos(result.items), totalCount: result.totalCount };
  }

  @Authorize({ kinds: [OrganizationKind.SUPPLIER, OrganizationKind.ALLIANCE] })
  @Query(() => OfferDto)
  async offer(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<OfferDto> {
    return this.dto(await this.service.get(actor, id));
  }

  @Authorize(SUPPLIER_STAFF)
  @Mutation(() => OfferDto, { description: 'Needs an approved, unexpired product authorisation for the SKU’s brand; waits for review' })
  async createOffer(@CurrentActor() actor: UserActor, @Args('input') input: CreateOfferInput): Promise<OfferDto> {
    return this.dto(await this.service.create(actor, input));
  }

  @Authorize(SUPPLIER_STAFF)
  @Mutation(() => OfferDto)
  async updateOffer(@CurrentActor() actor: UserActor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateOfferInput): Promise<OfferDto> {
    return this.dto(await this.service.update(actor, id, input));
  }

  @ResolveField(() => Int, { description: 'Hours between scheduling a settlement-price change and its effect (the alliance setting); sooner needs a reason' })
  async priceNoticeHours(): Promise<number> {
    return this.service.priceNoticeHours();
  }

  @Authorize(SUPPLIER_STAFF)
  @Mutation(() => OfferDto, { description: 'Withdraws the offer\'s pending settlement-price change before it applies' })
  async cancelOfferPriceChange(@CurrentActor() actor: UserActor, @Args('offerId', { type: () => ID }) offerId: string): Promise<OfferDto> {
    return this.dto(await this.service.cancelPendingPrice(actor, offerId));
  }

  @Authorize({ kinds: [OrganizationKind.SUPPLIER, OrganizationKind.ALLIANCE], roles: [Role.OWNER, Role.OPERATOR, Role.ADMIN] })
  @Mutation(() => OfferDto, { description: 'PAUSE, RESUME or DELIST (suppliers their own; admins any)' })
  async changeOfferStatus(
    @CurrentActor() actor: UserActor,
    @Args('id', { type: () => ID }) id: string,
    @Args('action', { type: () => OfferAction }) action: OfferAction,
  ): Promise<OfferDto> {
    return this.dto(await this.service.act(actor, id, action));
  }

  @Authorize(ALLIANCE_STAFF)
  @Mutation(() => OfferDto)
  async reviewOffer(
    @CurrentActor() actor: UserActor,
    @Args('id', { type: () => ID }) id: string,
    @Args('decision', { type: () => ReviewDecision }) decision: ReviewDecision,
    @Args('note', { type: () => String, nullable: true }) note?: string,
  ): Promise<OfferDto> {
    return this.dto(await this.service.review(actor, id, decision === ReviewDecision.APPROVE, note ?? null));
  }
}
