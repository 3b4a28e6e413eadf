import { NotificationType } from '@mengyuan/domain';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JSONScalar } from '../../../common/json.scalar';
import { Paginated } from '../../../common/pagination';
import type { NotificationEntity } from '../entities/notification.entity';

registerEnumType(NotificationType, { name: 'NotificationType' });

@ObjectType('Notification', { description: 'Rendered by the apps through i18n: notifications.<type> with params' })
export class NotificationDto {
  @Field(() => ID) id: string;
  @Field(() => NotificationType) type: NotificationType;
  @Field(() => JSONScalar) params: Record<string, unknown>;
  @Field(() => GraphQLISODateTime, { nullable: true }) readAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;

  static from(e: NotificationEntity): NotificationDto {
    return Object.assign(new NotificationDto(), { id: e.id, type: e.type, params: e.params, readAt: e.readAt, createdAt: e.createdAt });
  }
}

@ObjectType()
export class NotificationPage extends Paginated(NotificationDto, 'NotificationPage') {}
