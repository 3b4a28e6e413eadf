import { ChatRobotKind, NoticeChannel, NoticeDeliveryStatus, NotificationType, TodoKind, TodoSeverity } from '@mengyuan/domain';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { JSONScalar } from '../../../common/json.scalar';
import { Paginated } from '../../../common/pagination';
import type { TodoItem } from '../../../common/todo-sources';
import type { ChatRobotEntity, NoticeDeliveryEntity } from '../entities/notice.entities';

registerEnumType(NoticeChannel, { name: 'NoticeChannel' });
registerEnumType(ChatRobotKind, { name: 'ChatRobotKind', description: '企业微信 WECOM, 钉钉 DINGTALK, 飞书 FEISHU group robots' });
registerEnumType(NoticeDeliveryStatus, { name: 'NoticeDeliveryStatus' });
registerEnumType(TodoKind, { name: 'TodoKind' });
registerEnumType(TodoSeverity, { name: 'TodoSeverity' });

@ObjectType('NoticePreference', { description: 'Whether a kind of notice reaches the inbox and e-mail; *Own: set here rather than inherited (from the organisation, or the default)' })
export class NoticePreferenceDto {
  @Field(() => NotificationType) kind: NotificationType;
  @Field() inApp: boolean;
  @Field() email: boolean;
  @Field() inAppOwn: boolean;
  @Field() emailOwn: boolean;
}

@InputType()
export class NoticePreferenceInput {
  @Field(() => NotificationType) @IsEnum(NotificationType) kind: NotificationType;
  @Field(() => NoticeChannel, { description: 'IN_APP or EMAIL (robots choose their kinds themselves)' }) @IsEnum(NoticeChannel) channel: NoticeChannel;
  @Field(() => Boolean, { nullable: true, description: 'null returns to the inherited value' }) @IsOptional() @IsBoolean() enabled: boolean | null;
}

@ObjectType('OrganizationNoticeSettings')
export class OrganizationNoticeSettingsDto {
  @Field({ description: 'E-mail and robots hold ordinary notices and warnings outside the business calendar (breaches still go out at once)' }) quietHours: boolean;
  @Field(() => [NoticePreferenceDto], { description: 'What the organisation’s people hear unless they choose otherwise' }) defaults: NoticePreferenceDto[];
}

@ObjectType('ChatRobot')
export class ChatRobotDto {
  @Field(() => ID) id: string;
  @Field(() => ChatRobotKind) kind: ChatRobotKind;
  @Field() name: string;
  @Field({ description: 'The webhook host and the last characters of its key (the URL itself is never shown again)' }) urlHint: string;
  @Field(() => [NotificationType]) kinds: NotificationType[];
  @Field() enabled: boolean;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastSentAt: Date | null;
  @Field(() => String, { nullable: true }) lastError: string | null;

  static from(r: ChatRobotEntity): ChatRobotDto {
    return Object.assign(new ChatRobotDto(), { id: r.id, kind: r.kind, name: r.name, urlHint: r.urlHint, kinds: r.kinds, enabled: r.enabled, createdAt: r.createdAt, lastSentAt: r.lastSentAt, lastError: r.lastError });
  }
}

@InputType()
export class AddChatRobotInput {
  @Field(() => ChatRobotKind) @IsEnum(ChatRobotKind) kind: ChatRobotKind;
  @Field() @IsString() @MaxLength(60) name: string;
  @Field({ description: 'The group robot’s webhook URL, as the chat app shows it' }) @IsString() @MaxLength(1000) url: string;
  @Field(() => String, { nullable: true, description: '钉钉 加签 / 飞书 签名校验 secret (SEC…); none for 企业微信' }) @IsOptional() @IsString() @MaxLength(200) secret?: string | null;
  @Field(() => [NotificationType], { nullable: true, description: 'What it posts (default: breaches, warnings, new tickets and the like)' }) @IsOptional() @IsEnum(NotificationType, { each: true }) kinds?: NotificationType[] | null;
}

@InputType()
export class UpdateChatRobotInput {
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() enabled?: boolean | null;
  @Field(() => [NotificationType], { nullable: true }) @IsOptional() @IsEnum(NotificationType, { each: true }) kinds?: NotificationType[] | null;
}

@ObjectType('NoticeDelivery', { description: 'One e-mail or robot message of a notice, as the alliance’s admin sees it' })
export class NoticeDeliveryDto {
  @Field(() => ID) id: string;
  @Field(() => String) channel: 'EMAIL' | 'ROBOT';
  @Field(() => NotificationType) kind: NotificationType;
  @Field(() => NoticeDeliveryStatus) status: NoticeDeliveryStatus;
  @Field({ description: 'The e-mail address, or the robot' }) recipient: string;
  @Field(() => ID, { nullable: true }) organizationId: string | null;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) nextAttemptAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) expiresAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) sentAt: Date | null;

  static from(d: NoticeDeliveryEntity, robotNames: Map<string, string>): NoticeDeliveryDto {
    return Object.assign(new NoticeDeliveryDto(), {
      id: d.id, channel: d.channel, kind: d.kind, status: d.status, recipient: d.channel === 'EMAIL' ? (d.address ?? '') : (robotNames.get(d.robotId ?? '') ?? d.targetKey),
      organizationId: d.organizationId, attempts: d.attempts, lastError: d.lastError, createdAt: d.createdAt, nextAttemptAt: d.nextAttemptAt, expiresAt: d.expiresAt, sentAt: d.sentAt,
    });
  }
}

@ObjectType()
export class NoticeDeliveryPage extends Paginated(NoticeDeliveryDto, 'NoticeDeliveryPage') {}

@ObjectType('Todo', { description: 'A piece of work (待办) with where it is done; rendered through i18n todos.<kind> with params' })
export class TodoDto {
  @Field(() => TodoKind) kind: TodoKind;
  @Field(() => ID) subjectId: string;
  @Field(() => JSONScalar) params: Record<string, unknown>;
  @Field(() => GraphQLISODateTime, { nullable: true }) dueAt: Date | null;
  @Field(() => TodoSeverity) severity: TodoSeverity;
  @Field({ description: 'A path of the viewer’s app where it is done' }) link: string;

  static from(t: TodoItem): TodoDto {
    return Object.assign(new TodoDto(), t);
  }
}
