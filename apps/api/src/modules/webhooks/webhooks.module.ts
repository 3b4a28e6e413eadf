import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { WebhookHandlers } from './handlers/webhook.handlers';
import { WebhookResolver } from './resolvers/webhook.resolver';
import { WebhookService } from './services/webhook.service';

@Module({ imports: [AuditModule], providers: [WebhookService, WebhookResolver, WebhookHandlers], exports: [WebhookService] })
export class WebhooksModule {}
