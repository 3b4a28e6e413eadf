import { ApiKeyScope, OrganizationKind, Role, TopupAction, TopupTaskStatus, topupLifecycle } from '@mengyuan/domain';
import { Args, Field, GraphQLISODateTime, ID, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import type { Actor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { PageInput, Paginated, pageComplexity, pageOf } from '../../../common/pagination';
import type { TopupTaskEntity } from '../entities/topup-task.entity';
import { TopupService } from '../services/topup.service';

registerEnumType(TopupAction, { name: 'TopupAction' });

@ObjectType('TopupTask', { description: 'A direct top-up (直充) waiting in the supplier’s queue' })
export class TopupTaskDto {
  @Field(() => ID) id: string;
  @Field(() => ID) orderId: string;
  @Field(() => ID) offerId: string;
  @Field(() => TopupTaskStatus, { description: 'Moves by claim/complete/fail (and EXPIRED at the deadline); possibleActions lists what can be done now' }) status: TopupTaskStatus;
  @Field(() => [TopupAction]) possibleActions: TopupAction[];
  @Field() rechargeAccount: string;
  @Field(() => Int) quantity: number;
  @Field(() => GraphQLISODateTime, { description: 'After it the task fails over to the next source' }) deadlineAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) claimedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt: Date | null;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field(() => String, { nullable: true }) failureReason: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;

  static from(t: TopupTaskEntity): TopupTaskDto {
    return Object.assign(new TopupTaskDto(), {
      id: t.id, orderId: t.orderId, offerId: t.offerId, status: t.status, rechargeAccount: t.rechargeAccount, quantity: t.quantity, deadlineAt: t.deadlineAt,
      claimedAt: t.claimedAt, finishedAt: t.finishedAt, reference: t.reference, failureReason: t.failureReason, createdAt: t.createdAt,
      possibleActions: topupLifecycle.actionsFrom(t.status).filter((a) => a !== TopupAction.EXPIRE),
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
