import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { SubjectNames } from '../../../common/subject-names';
import { CardBatchEntity } from '../entities/card-batch.entity';

/** Card batches as their offer: supplier · product. */
@Injectable()
export class CardBatchSubjectNames implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly names: SubjectNames,
  ) {}

  onModuleInit(): void {
    this.names.register('card_batch', async (ids) => {
      const batches = await this.txHost.tx.getRepository(CardBatchEntity).findBy({ id: In(ids) });
      const offers = await this.names.of('offer', batches.map((b) => b.offerId));
      return new Map(batches.filter((b) => offers.has(b.offerId)).map((b) => [b.id, offers.get(b.offerId)!]));
    });
  }
}
