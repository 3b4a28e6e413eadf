import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { SubjectNames } from '../../../common/subject-names';
import { StoredFileEntity } from '../entities/stored-file.entity';

/** An uploaded file by the name it was uploaded with. */
@Injectable()
export class FileSubjectNames implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly names: SubjectNames,
  ) {}

  onModuleInit(): void {
    this.names.register('file', async (ids) => new Map((await this.txHost.tx.getRepository(StoredFileEntity).findBy({ id: In(ids) })).map((f) => [f.id, f.originalName])));
  }
}
