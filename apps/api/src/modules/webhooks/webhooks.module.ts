import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { WebhookSubjectNames } from './handlers/subject-names.handlers';
import { WebhookHandlers } from './handlers/webhook.handlers';
import { WebhookResolver } from './resolvers/webhook.resolver';
import { WebhookDispatcher } from './services/webhook-dispatcher';
import { WebhookService } from './services/webhook.service';

@Module({ imports: [AuditModule], providers: [WebhookService, WebhookDispatcher, WebhookResolver, WebhookHandlers, WebhookSubjectNames], exports: [WebhookService] })
export class WebhooksModule {}
