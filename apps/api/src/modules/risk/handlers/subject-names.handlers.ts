import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { SubjectNames, nameOfInstant } from '../../../common/subject-names';
import { RiskEventEntity } from '../entities/risk-event.entity';

/** A risk event by its kind and what it is about (the order, offer or organisation, as their owners name them), else its time. */
@Injectable()
export class RiskSubjectNames implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly names: SubjectNames,
  ) {}

  onModuleInit(): void {
    this.names.register('risk_event', async (ids) => {
      const rows = await this.txHost.tx.getRepository(RiskEventEntity).findBy({ id: In(ids) });
      const about = new Map<string, string>();
      for (const kind of new Set(rows.map((r) => r.subjectType))) {
        for (const [id, name] of await this.names.of(kind, rows.filter((r) => r.subjectType === kind).map((r) => r.subjectId))) about.set(`${kind}:${id}`, name);
      }
      return new Map(rows.map((r) => [r.id, `#RiskEventType.${r.type} · ${about.get(`${r.subjectType}:${r.subjectId}`) ?? nameOfInstant(r.createdAt)}`]));
    });
  }
}
