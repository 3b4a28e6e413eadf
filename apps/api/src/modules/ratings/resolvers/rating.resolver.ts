import { OrganizationKind, Role } from '@mengyuan/domain';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, UserActor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { PageInput, pageComplexity, pageOf } from '../../../common/pagination';
import { OrderDto, SaleDto } from '../../orders/dtos/order.dto';
import { OrderRatingDto, RatingDto, RatingPage, RatingRemovalRequestDto, RatingRemovalRequestPage, RatingSummaryDto } from '../dtos/rating.dto';
import { DecideRatingRemovalInput, RateOrderInput, RatingFilterInput, RatingRemovalFilterInput } from '../inputs/rating.inputs';
import { RatingViewService } from '../services/rating-view.service';
import { RatingService } from '../services/rating.service';

const PARTIES = { kinds: [OrganizationKind.MEMBER, OrganizationKind.SUPPLIER], roles: [Role.OWNER, Role.OPERATOR] };
const READERS = { roles: [Role.OWNER, Role.OPERATOR, Role.SUPPORT, Role.TECH, Role.ADMIN, Role.AUDITOR] };
const ADMIN = { kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN] };

@Resolver(() => RatingDto)
export class RatingResolver {
  constructor(
    private readonly ratings: RatingService,
    private readonly views: RatingViewService,
  ) {}

  @Authorize(PARTIES)
  @Mutation(() => RatingDto, {
    description: 'Rates a delivered order within 30 days: a member rates its supplier, a supplier its member (the side follows the caller). Sealed until both rated or 14 days passed. Errors: CONFLICT (rated already), RATING_WINDOW_CLOSED, RATING_CLOSED_REVEALED (the other side’s rating is revealed), INVALID_TRANSITION (not delivered), VALIDATION_FAILED',
  })
  async rateOrder(@CurrentActor() actor: Actor, @Args('input') input: RateOrderInput): Promise<RatingDto> {
    return this.views.one(actor, await this.ratings.rate(actor, { orderId: input.orderId, scores: { ...input.scores }, comment: input.comment }));
  }

  @Authorize(PARTIES)
  @Mutation(() => RatingDto, { description: 'The rated side answers a revealed rating, once (CONFLICT the second time)' })
  async replyToRating(@CurrentActor() actor: UserActor, @Args('ratingId', { type: () => ID }) ratingId: string, @Args('body') body: string): Promise<RatingDto> {
    return this.views.one(actor, await this.ratings.reply(actor, ratingId, body));
  }

  @Authorize(PARTIES)
  @Mutation(() => RatingRemovalRequestDto, { description: 'The rated side asks the alliance to remove an abusive revealed rating' })
  async requestRatingRemoval(@CurrentActor() actor: UserActor, @Args('ratingId', { type: () => ID }) ratingId: string, @Args('reason') reason: string): Promise<RatingRemovalRequestDto> {
    return (await this.views.requests(actor, [await this.ratings.requestRemoval(actor, ratingId, reason)]))[0];
  }

  @Authorize(ADMIN)
  @Mutation(() => RatingRemovalRequestDto, { description: 'Approves (the rating is hidden with the reason, never deleted) or rejects a removal request; recorded in the audit chain' })
  async decideRatingRemoval(@CurrentActor() actor: UserActor, @Args('input') input: DecideRatingRemovalInput): Promise<RatingRemovalRequestDto> {
    return (await this.views.requests(actor, [await this.ratings.decideRemoval(actor, input.requestId, input.approve, input.note)]))[0];
  }

  @Authorize(READERS)
  @Query(() => [RatingDto], { description: 'Both ratings of an order, for its member, its supplier and alliance staff' })
  async orderRatings(@CurrentActor() actor: Actor, @Args('orderId', { type: () => ID }) orderId: string): Promise<RatingDto[]> {
    return this.views.many(actor, await this.ratings.ofOrder(actor, orderId));
  }

  @Authorize(READERS)
  @Query(() => RatingDto)
  async rating(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<RatingDto> {
    return this.views.one(actor, await this.ratings.get(actor, id));
  }

  @Authorize(READERS)
  @Query(() => RatingPage, { description: 'Ratings the caller’s organisation received, newest first (alliance staff: all, or one organisation’s)', complexity: pageComplexity })
  async ratingsReceived(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => RatingFilterInput, nullable: true }) filter?: RatingFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<RatingPage> {
    const result = await this.ratings.received(actor, filter ?? {}, pageOf(page));
    return { items: await this.views.many(actor, result.items), totalCount: result.totalCount };
  }

  @Authorize({ kinds: [OrganizationKind.MEMBER, OrganizationKind.SUPPLIER], ...READERS })
  @Query(() => RatingPage, { description: 'Ratings the caller’s organisation gave, newest first', complexity: pageComplexity })
  async ratingsGiven(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => RatingFilterInput, nullable: true }) filter?: RatingFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<RatingPage> {
    const result = await this.ratings.given(actor, filter ?? {}, pageOf(page));
    return { items: await this.views.many(actor, result.items), totalCount: result.totalCount };
  }

  @Authorize(READERS)
  @Query(() => RatingSummaryDto, { description: 'Averages per dimension and count of the ratings an organisation received that count. A member’s: for suppliers and the alliance; one’s own: for itself' })
  async ratingSummary(@CurrentActor() actor: Actor, @Args('organizationId', { type: () => ID }) organizationId: string): Promise<RatingSummaryDto> {
    return RatingViewService.summary(await this.ratings.summary(actor, organizationId));
  }

  @Authorize(ADMIN)
  @Query(() => RatingRemovalRequestPage, { description: 'Removal requests (pending: oldest first)', complexity: pageComplexity })
  async ratingRemovalRequests(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => RatingRemovalFilterInput, nullable: true }) filter?: RatingRemovalFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<RatingRemovalRequestPage> {
    const result = await this.ratings.removalRequests(filter ?? {}, pageOf(page));
    return { items: await this.views.requests(actor, result.items), totalCount: result.totalCount };
  }
}

/** On an order (the member's view) and a sale (the supplier's): whether the caller may still rate it, and until when. */
@Resolver(() => OrderDto)
export class OrderRatingResolver {
  constructor(
    private readonly ratings: RatingService,
    private readonly views: RatingViewService,
  ) {}

  @ResolveField(() => OrderRatingDto, { description: 'Whether the caller may still rate this order and until when, with both ratings as the caller may see them' })
  async rating(@Parent() order: OrderDto, @CurrentActor() actor: Actor): Promise<OrderRatingDto> {
    return this.views.window(actor, await this.ratings.window(actor, order.id));
  }
}

@Resolver(() => SaleDto)
export class SaleRatingResolver {
  constructor(
    private readonly ratings: RatingService,
    private readonly views: RatingViewService,
  ) {}

  @ResolveField(() => OrderRatingDto, { description: 'Whether the supplier may still rate the member of this order and until when, with both ratings as it may see them' })
  async rating(@Parent() sale: SaleDto, @CurrentActor() actor: Actor): Promise<OrderRatingDto> {
    return this.views.window(actor, await this.ratings.window(actor, sale.orderId));
  }
}
