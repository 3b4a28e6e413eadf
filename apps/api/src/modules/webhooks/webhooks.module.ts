import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CodeCipher } from '../inventory/services/code-cipher';
import { WebhookResolver } from './resolvers/webhook.resolver';
import { WebhookService } from './services/webhook.service';

/** Provides its own CodeCipher (stateless) rather than importing inventory, which depends on the catalog. */
@Module({ imports: [AuditModule], providers: [WebhookService, CodeCipher, WebhookResolver], exports: [WebhookService] })
export class WebhooksModule {}
