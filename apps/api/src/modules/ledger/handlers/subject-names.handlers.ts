import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { SubjectNames, nameOfInstant } from '../../../common/subject-names';
import { LedgerTransactionEntity } from '../entities/ledger-transaction.entity';

/** A ledger transaction by its type and its reference (an order or top-up number), else the time it was posted. */
@Injectable()
export class LedgerSubjectNames implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly names: SubjectNames,
  ) {}

  onModuleInit(): void {
    this.names.register('ledger_transaction', async (ids) =>
      new Map((await this.txHost.tx.getRepository(LedgerTransactionEntity).findBy({ id: In(ids) })).map((x) => [x.id, `#LedgerTransactionType.${x.type} · ${x.reference ?? nameOfInstant(x.createdAt)}`])));
  }
}
