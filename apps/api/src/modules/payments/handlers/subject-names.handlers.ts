import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { SubjectNames, nameOfAmount, nameOfNumber } from '../../../common/subject-names';
import {
  BankAccountEntity, PaymentChannelEntity, PaymentEntity, ReconciliationRunEntity, SettlementPolicyEntity, TopupRequestEntity, WithdrawalEntity,
} from '../entities/payments.entities';

/**
 * Money in and out as people name it (issue 18 §7): a withdrawal or a top-up request by its number and amount, an
 * online payment by its merchant order number and amount, a receiving account by bank and masked number, a channel by
 * name, a reconciliation by channel and day, a settlement policy by the organisation it is for.
 */
@Injectable()
export class PaymentSubjectNames implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly names: SubjectNames,
  ) {}

  onModuleInit(): void {
    const repo = <T extends object>(entity: new () => T) => this.txHost.tx.getRepository<T>(entity);
    const channels = async (ids: string[]) => new Map((await repo(PaymentChannelEntity).findBy({ id: In(ids) })).map((c) => [c.id, c.name]));
    this.names.register('withdrawal', async (ids) =>
      new Map((await repo(WithdrawalEntity).findBy({ id: In(ids) })).map((w) => [w.id, `${nameOfNumber('WD', w.number)} · ${nameOfAmount(w.amount)}`])));
    this.names.register('topup_request', async (ids) =>
      new Map((await repo(TopupRequestEntity).findBy({ id: In(ids) })).map((r) => [r.id, `${nameOfNumber('TU', r.number)} · ${nameOfAmount(r.amount)}`])));
    this.names.register('payment', async (ids) => new Map((await repo(PaymentEntity).findBy({ id: In(ids) })).map((p) => [p.id, `${p.outTradeNo} · ${nameOfAmount(p.amount)}`])));
    this.names.register('bank_account', async (ids) =>
      new Map((await repo(BankAccountEntity).findBy({ id: In(ids) })).map((a) => [a.id, `${a.bankName} ${a.accountName} ****${a.accountNo.slice(-4)}`])));
    this.names.register('payment_channel', channels);
    this.names.register('reconciliation_run', async (ids) => {
      const runs = await repo(ReconciliationRunEntity).findBy({ id: In(ids) });
      const names = await channels(runs.map((r) => r.channelId));
      return new Map(runs.map((r) => [r.id, [names.get(r.channelId), r.day].filter(Boolean).join(' · ')]));
    });
    // A policy's subject is the organisation it is for (the alliance's default has none).
    this.names.register('settlement_policy', async (ids) => {
      const held = (await repo(SettlementPolicyEntity).findBy({ organizationId: In(ids) })).map((p) => p.organizationId!);
      return this.names.of('organization', held);
    });
  }
}
