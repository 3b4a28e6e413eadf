import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { SubjectNames } from '../../../common/subject-names';
import { RatingRemovalRequestEntity } from '../entities/rating-removal-request.entity';
import { RatingEntity } from '../entities/rating.entity';

/** Ratings (and their replies and removal requests) by the order number they rate (issue 18 §7: the audit log names them). */
@Injectable()
export class RatingSubjectNames implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly names: SubjectNames,
  ) {}

  onModuleInit(): void {
    const ratings = async (ids: string[]) => {
      const rows = await this.txHost.tx.getRepository(RatingEntity).findBy({ id: In(ids) });
      const numbers = await this.names.of('order', rows.map((r) => r.orderId));
      return new Map(rows.filter((r) => numbers.has(r.orderId)).map((r) => [r.id, numbers.get(r.orderId)!]));
    };
    this.names.register('rating', ratings);
    this.names.register('rating_removal_request', async (ids) => {
      const rows = await this.txHost.tx.getRepository(RatingRemovalRequestEntity).findBy({ id: In(ids) });
      const names = await ratings(rows.map((r) => r.ratingId));
      return new Map(rows.filter((r) => names.has(r.ratingId)).map((r) => [r.id, names.get(r.ratingId)!]));
    });
  }
}
