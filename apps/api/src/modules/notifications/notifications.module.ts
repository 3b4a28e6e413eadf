import { Module } from '@nestjs/common';
import { NotificationResolver } from './resolvers/notification.resolver';
import { NotificationService } from './services/notification.service';

@Module({ providers: [NotificationService, NotificationResolver], exports: [NotificationService] })
export class NotificationsModule {}
