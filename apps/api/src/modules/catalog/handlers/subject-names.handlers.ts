import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { SubjectNames } from '../../../common/subject-names';
import { OfferEntity } from '../entities/offer.entity';
import { SkuEntity } from '../entities/sku.entity';

/** SKUs by name and code; offers as supplier · product, and to their own supplier by product alone (`offer_product`). */
@Injectable()
export class CatalogSubjectNames implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly names: SubjectNames,
  ) {}

  onModuleInit(): void {
    this.names.register('sku', async (ids) => new Map((await this.txHost.tx.getRepository(SkuEntity).findBy({ id: In(ids) })).map((s) => [s.id, `${s.name} (${s.code})`])));
    this.names.register('offer', async (ids) => {
      const offers = await this.txHost.tx.getRepository(OfferEntity).findBy({ id: In(ids) });
      const [products, suppliers] = [await this.names.of('offer_product', ids), await this.names.of('organization', offers.map((o) => o.supplierId))];
      return new Map(offers.map((o) => [o.id, `${suppliers.get(o.supplierId) ?? ''} · ${products.get(o.id) ?? ''}`]));
    });
    this.names.register('offer_product', async (ids) => {
      const offers = await this.txHost.tx.getRepository(OfferEntity).findBy({ id: In(ids) });
      if (!offers.length) return new Map();
      const products = new Map((await this.txHost.tx.getRepository(SkuEntity).findBy({ id: In(offers.map((o) => o.skuId)) })).map((s) => [s.id, s.name]));
      return new Map(offers.filter((o) => products.has(o.skuId)).map((o) => [o.id, products.get(o.skuId)!]));
    });
  }
}
