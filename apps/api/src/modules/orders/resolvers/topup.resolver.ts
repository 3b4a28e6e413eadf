import { ApiKeyScope, OrganizationKind, Role, TopupTaskStatus } from '@mengyuan/domain';
import { Args, Field, GraphQLISODateTime, ID, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import type { Actor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { PageInput, Paginated, pageComplexity, pageOf } from '../../../common/pagination';
import { TopupService, type TopupTaskRow } from '../services/topup.service';

registerEnumType(TopupTaskStatus, { name: 'TopupTaskStatus' });

@ObjectType('TopupTask', { description: 'A direct top-up (直充) waiting in the supplier’s queue' })
export class TopupTaskDto {
  @Field(() => ID) id: string;
  @Field(() => ID) orderId: string;
  @Field(() => ID) offerId: string;
  @Field(() => TopupTaskStatus) status: TopupTaskStatus;
  @Field() rechargeAccount: string;
  @Field(() => Int) quantity: number;
  @Field(() => GraphQLISODateTime, { description: 'After it the task fails over to the next source' }) deadlineAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) claimedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt: Date | null;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field(() => String, { nullable: true }) failureReason: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;

  static from(t: TopupTaskRow): TopupTaskDto {
    return Object.assign(new TopupTaskDto(), {
      id: t.id, orderId: t.order_id, offerId: t.offer_id, status: t.status, rechargeAccount: t.recharge_account, quantity: t.quantity, deadlineAt: t.deadline_at,
      claimedAt: t.claimed_at, finishedAt: t.finished_at, reference: t.reference, failureReason: t.failure_reason, createdAt: t.created_at,
    });
  }
}

@ObjectType()
export class TopupTaskPage extends Paginated(TopupTaskDto, 'TopupTaskPage') {}

/** The supplier's staff (support and tech included) or its systems with a TOPUPS_WRITE key. */
@Authorize({ kinds: [OrganizationKind.SUPPLIER], roles: [Role.OWNER, Role.OPERATOR, Role.SUPPORT, Role.TECH], apiKeyScopes: [ApiKeyScope.TOPUPS_WRITE] })
@Resolver(() => TopupTaskDto)
export class TopupResolver {
  constructor(private readonly topups: TopupService) {}

  @Query(() => TopupTaskPage, { description: 'Open tasks first, by deadline', complexity: pageComplexity })
  async topupTasks(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => TopupTaskStatus, nullable: true }) status?: TopupTaskStatus,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<TopupTaskPage> {
    const result = await this.topups.list(actor, status, pageOf(page));
    return { items: result.items.map(TopupTaskDto.from), totalCount: result.totalCount };
  }

  @Mutation(() => TopupTaskDto)
  async claimTopupTask(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<TopupTaskDto> {
    return TopupTaskDto.from(await this.topups.claim(actor, id));
  }

  @Mutation(() => TopupTaskDto, { description: 'Done, with the operator’s reference: the order is delivered and the supplier paid' })
  async completeTopupTask(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('reference') reference: string): Promise<TopupTaskDto> {
    return TopupTaskDto.from(await this.topups.complete(actor, id, reference));
  }

  @Mutation(() => TopupTaskDto, { description: 'Could not be done: the next source gets it, or the member is refunded' })
  async failTopupTask(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string): Promise<TopupTaskDto> {
    return TopupTaskDto.from(await this.topups.fail(actor, id, reason));
  }
}
