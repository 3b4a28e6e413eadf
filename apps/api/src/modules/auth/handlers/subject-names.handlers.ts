import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { SubjectNames } from '../../../common/subject-names';
import { UserEntity } from '../entities/user.entity';

/** People by name and e-mail. */
@Injectable()
export class UserSubjectNames implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly names: SubjectNames,
  ) {}

  onModuleInit(): void {
    this.names.register('user', async (ids) => new Map((await this.txHost.tx.getRepository(UserEntity).findBy({ id: In(ids) })).map((u) => [u.id, `${u.displayName} <${u.email}>`])));
  }
}
