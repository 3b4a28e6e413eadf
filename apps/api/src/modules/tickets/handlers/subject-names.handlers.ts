import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { SubjectNames } from '../../../common/subject-names';
import { SlaCalendarEntity, SlaPolicyEntity } from '../entities/sla.entities';
import { TicketAutoRuleEntity } from '../entities/ticket-auto-rule.entity';
import { TicketEntity } from '../entities/ticket.entity';

/** Tickets by their number (TK000123); auto-resolution rules by supplier and category, SLA policies by tier and version, calendars by name. */
@Injectable()
export class TicketSubjectNames implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly names: SubjectNames,
  ) {}

  onModuleInit(): void {
    this.names.register('ticket', async (ids) => new Map((await this.txHost.tx.getRepository(TicketEntity).findBy({ id: In(ids) })).map((t) => [t.id, `TK${t.number.padStart(6, '0')}`])));
    this.names.register('ticket_auto_rule', async (ids) => {
      const rules = await this.txHost.tx.getRepository(TicketAutoRuleEntity).findBy({ id: In(ids) });
      const suppliers = await this.names.of('organization', rules.map((r) => r.supplierId));
      return new Map(rules.map((r) => [r.id, [suppliers.get(r.supplierId), `#TicketCategory.${r.category}`].filter(Boolean).join(' · ')]));
    });
    this.names.register('sla_policy', async (ids) =>
      new Map((await this.txHost.tx.getRepository(SlaPolicyEntity).findBy({ id: In(ids) })).map((p) => [p.id, `#TicketTier.${p.tier} · v${p.version}`])));
    this.names.register('sla_calendar', async (ids) => new Map((await this.txHost.tx.getRepository(SlaCalendarEntity).findBy({ id: In(ids) })).map((c) => [c.id, c.name])));
  }
}
