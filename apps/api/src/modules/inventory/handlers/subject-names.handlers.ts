import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { SubjectNames, nameOfInstant } from '../../../common/subject-names';
import { CardCodeEntity } from '../entities/card-code.entity';
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
    // A code by its offer and when it was imported: never by its number (codes are sealed).
    this.names.register('card_code', async (ids) => {
      const codes = await this.txHost.tx.getRepository(CardCodeEntity).find({ where: { id: In(ids) }, select: { id: true, offerId: true, createdAt: true } });
      const offers = await this.names.of('offer', codes.map((c) => c.offerId));
      return new Map(codes.filter((c) => offers.has(c.offerId)).map((c) => [c.id, `${offers.get(c.offerId)!} · ${nameOfInstant(c.createdAt)}`]));
    });
  }
}
