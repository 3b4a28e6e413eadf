import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { SubjectNames } from '../../../common/subject-names';
import { OrganizationEntity } from '../entities/organization.entity';

/** Organisations by name. */
@Injectable()
export class OrganizationSubjectNames implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly names: SubjectNames,
  ) {}

  onModuleInit(): void {
    this.names.register('organization', async (ids) => new Map((await this.txHost.tx.getRepository(OrganizationEntity).findBy({ id: In(ids) })).map((o) => [o.id, o.name])));
  }
}
