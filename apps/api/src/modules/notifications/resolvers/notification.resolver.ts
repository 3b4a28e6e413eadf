import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { UserActor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { PageInput, pageComplexity, pageOf } from '../../../common/pagination';
import { NotificationDto, NotificationPage } from '../dtos/notification.dto';
import { NotificationService } from '../services/notification.service';

@Authorize({})
@Resolver(() => NotificationDto)
export class NotificationResolver {
  constructor(private readonly inbox: NotificationService) {}

  @Query(() => NotificationPage, { description: 'The signed-in person’s inbox, newest first', complexity: pageComplexity })
  async notifications(
    @CurrentActor() actor: UserActor,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<NotificationPage> {
    const result = await this.inbox.list(actor.userId, unreadOnly, pageOf(page));
    return { items: result.items.map(NotificationDto.from), totalCount: result.totalCount };
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentActor() actor: UserActor): Promise<number> {
    return this.inbox.unreadCount(actor.userId);
  }

  @Mutation(() => Int, { description: 'Marks these notifications read, or all of them when ids is empty; returns how many changed' })
  markNotificationsRead(
    @CurrentActor() actor: UserActor,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[],
  ): Promise<number> {
    return this.inbox.markRead(actor.userId, ids?.filter((id) => /^[0-9a-f-]{36}$/i.test(id)));
  }
}
