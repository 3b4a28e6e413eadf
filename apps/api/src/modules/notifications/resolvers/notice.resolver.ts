import { ACCOUNT_ADMIN_ROLES, NoticeDeliveryStatus, OrganizationKind, Role } from '@mengyuan/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor, UserActor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { forbidden } from '../../../common/errors';
import { PageInput, pageComplexity, pageOf } from '../../../common/pagination';
import { TodoSources } from '../../../common/todo-sources';
import {
  AddChatRobotInput, ChatRobotDto, NoticeDeliveryDto, NoticeDeliveryPage, NoticePreferenceDto, NoticePreferenceInput, OrganizationNoticeSettingsDto, TodoDto, UpdateChatRobotInput,
} from '../dtos/notice.dto';
import { NoticeService } from '../services/notice.service';

const person = (actor: Actor): UserActor => {
  if (actor.kind !== 'user') throw forbidden('An API key has no person behind it');
  return actor;
};

/** Where people hear what (their own preferences; their organisation's defaults, quiet hours and robots), the to-do list, and the admin's view of deliveries. */
@Resolver()
export class NoticeResolver {
  constructor(
    private readonly notices: NoticeService,
    private readonly todoSources: TodoSources,
  ) {}

  @Authorize({})
  @Query(() => [TodoDto], { description: 'The caller’s to-do list (待办): work to do, the nearest deadline first, each with where it is done' })
  async todos(@CurrentActor() actor: Actor): Promise<TodoDto[]> {
    const me = person(actor);
    const items = await this.todoSources.of({ userId: me.userId, organizationId: me.organizationId, organizationKind: me.organizationKind, roles: me.roles });
    return items.map(TodoDto.from);
  }

  @Authorize({})
  @Query(() => [NoticePreferenceDto], { description: 'Where the caller hears each kind of notice (inbox, e-mail)' })
  myNoticePreferences(@CurrentActor() actor: Actor): Promise<NoticePreferenceDto[]> {
    const me = person(actor);
    return this.notices.preferences(me.organizationId, me.organizationKind, me.userId);
  }

  @Authorize({})
  @Mutation(() => [NoticePreferenceDto], { description: 'Changes the caller’s own preferences; enabled null returns to the organisation’s default. Errors: VALIDATION_FAILED' })
  async setMyNoticePreferences(@CurrentActor() actor: Actor, @Args('changes', { type: () => [NoticePreferenceInput] }) changes: NoticePreferenceInput[]): Promise<NoticePreferenceDto[]> {
    const me = person(actor);
    await this.notices.setPreferences(me, me.userId, changes.slice(0, 200));
    return this.notices.preferences(me.organizationId, me.organizationKind, me.userId);
  }

  @Authorize({ roles: [...ACCOUNT_ADMIN_ROLES] })
  @Query(() => OrganizationNoticeSettingsDto, { description: 'The organisation’s quiet hours and the defaults its people hear (owners, the alliance’s admin)' })
  async organizationNoticeSettings(@CurrentActor() actor: Actor): Promise<OrganizationNoticeSettingsDto> {
    const me = person(actor);
    return { quietHours: await this.notices.quietHoursOn(me.organizationId), defaults: await this.notices.preferences(me.organizationId, me.organizationKind, null) };
  }

  @Authorize({ roles: [...ACCOUNT_ADMIN_ROLES] })
  @Mutation(() => OrganizationNoticeSettingsDto, { description: 'Sets the organisation’s defaults (and quiet hours, when given). Errors: VALIDATION_FAILED' })
  async setOrganizationNoticeSettings(
    @CurrentActor() actor: Actor,
    @Args('defaults', { type: () => [NoticePreferenceInput], nullable: true }) defaults?: NoticePreferenceInput[] | null,
    @Args('quietHours', { type: () => Boolean, nullable: true }) quietHours?: boolean | null,
  ): Promise<OrganizationNoticeSettingsDto> {
    const me = person(actor);
    if (defaults?.length) await this.notices.setPreferences(me, null, defaults.slice(0, 200));
    if (quietHours !== undefined && quietHours !== null) await this.notices.setQuietHours(me, quietHours);
    return this.organizationNoticeSettings(me);
  }

  @Authorize({ roles: [...ACCOUNT_ADMIN_ROLES] })
  @Query(() => [ChatRobotDto], { description: 'The organisation’s work-chat group robots' })
  async chatRobots(@CurrentActor() actor: Actor): Promise<ChatRobotDto[]> {
    return (await this.notices.robots(person(actor).organizationId)).map(ChatRobotDto.from);
  }

  @Authorize({ roles: [...ACCOUNT_ADMIN_ROLES] })
  @Mutation(() => ChatRobotDto, { description: 'Adds a group robot (企业微信, 钉钉 with 加签, 飞书 with 签名校验). Errors: VALIDATION_FAILED (a URL not on the vendor’s robot host)' })
  async addChatRobot(@CurrentActor() actor: Actor, @Args('input') input: AddChatRobotInput): Promise<ChatRobotDto> {
    return ChatRobotDto.from(await this.notices.addRobot(person(actor), input));
  }

  @Authorize({ roles: [...ACCOUNT_ADMIN_ROLES] })
  @Mutation(() => ChatRobotDto)
  async updateChatRobot(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateChatRobotInput): Promise<ChatRobotDto> {
    return ChatRobotDto.from(await this.notices.updateRobot(person(actor), id, input));
  }

  @Authorize({ roles: [...ACCOUNT_ADMIN_ROLES] })
  @Mutation(() => Boolean, { description: 'Removes a robot: it posts nothing more, and what it had waiting is dropped' })
  async removeChatRobot(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.notices.removeRobot(person(actor), id);
    return true;
  }

  @Authorize({ roles: [...ACCOUNT_ADMIN_ROLES] })
  @Mutation(() => Boolean, { description: 'Sends the robot a test message now (its lastSentAt or lastError shows how it went)' })
  async testChatRobot(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.notices.testRobot(person(actor), id);
    return true;
  }

  @Authorize({ kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN] })
  @Query(() => NoticeDeliveryPage, { description: 'E-mail and robot messages, newest first (status FAILED: what could not be delivered)', complexity: pageComplexity })
  async noticeDeliveries(
    @Args('status', { type: () => NoticeDeliveryStatus, nullable: true }) status?: NoticeDeliveryStatus | null,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<NoticeDeliveryPage> {
    const result = await this.notices.deliveries({ status }, pageOf(page));
    const robotNames = await this.notices.robotNames(result.items.map((d) => d.robotId).filter((id): id is string => !!id));
    return { items: result.items.map((d) => NoticeDeliveryDto.from(d, robotNames)), totalCount: result.totalCount };
  }

  @Authorize({ kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN] })
  @Mutation(() => NoticeDeliveryDto, { description: 'Sends a FAILED delivery again. Errors: INVALID_TRANSITION (not failed), NOT_FOUND' })
  async retryNoticeDelivery(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<NoticeDeliveryDto> {
    const d = await this.notices.replay(person(actor), id);
    return NoticeDeliveryDto.from(d, await this.notices.robotNames(d.robotId ? [d.robotId] : []));
  }
}
