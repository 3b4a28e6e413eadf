import { Module } from '@nestjs/common';
import { NotificationHandlers } from './handlers/notification.handlers';
import { NotificationResolver } from './resolvers/notification.resolver';
import { NotificationService } from './services/notification.service';

@Module({ providers: [NotificationService, NotificationResolver, NotificationHandlers], exports: [NotificationService] })
export class NotificationsModule {}
