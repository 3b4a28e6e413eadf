import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { SubjectNames } from '../../../common/subject-names';
import { WebhookEndpointEntity } from '../entities/webhook-endpoint.entity';

/** Webhook endpoints by their URL (issue 18 §7). */
@Injectable()
export class WebhookSubjectNames implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly names: SubjectNames,
  ) {}

  onModuleInit(): void {
    this.names.register('webhook_endpoint', async (ids) => new Map((await this.txHost.tx.getRepository(WebhookEndpointEntity).findBy({ id: In(ids) })).map((e) => [e.id, e.url])));
  }
}
