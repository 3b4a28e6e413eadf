import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { SubjectNames } from '../../../common/subject-names';
import { BrandEntity } from '../entities/brand.entity';
import { QualificationDocumentEntity } from '../entities/qualification-document.entity';

/** Brands by name; documents as organisation · number. */
@Injectable()
export class QualificationSubjectNames implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly names: SubjectNames,
  ) {}

  onModuleInit(): void {
    this.names.register('brand', async (ids) => new Map((await this.txHost.tx.getRepository(BrandEntity).findBy({ id: In(ids) })).map((b) => [b.id, b.name])));
    this.names.register('document', async (ids) => {
      const docs = await this.txHost.tx.getRepository(QualificationDocumentEntity).findBy({ id: In(ids) });
      const orgs = await this.names.of('organization', docs.map((d) => d.organizationId));
      return new Map(docs.map((d) => [d.id, `${orgs.get(d.organizationId) ?? ''} · ${d.number}`]));
    });
  }
}
