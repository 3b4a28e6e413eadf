import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { SubjectNames } from '../../../common/subject-names';
import { TicketEntity } from '../entities/ticket.entity';

/** Tickets by their number (TK000123). */
@Injectable()
export class TicketSubjectNames implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly names: SubjectNames,
  ) {}

  onModuleInit(): void {
    this.names.register('ticket', async (ids) => new Map((await this.txHost.tx.getRepository(TicketEntity).findBy({ id: In(ids) })).map((t) => [t.id, `TK${t.number.padStart(6, '0')}`])));
  }
}
