import { ReconciliationStatus, addDays, isCalendarDate, shanghaiDate, shanghaiDayStart } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { FindOptionsWhere } from 'typeorm';
import { Clock } from '../../../common/clock';
import { AppError, assertId, notFound, validationFailed } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import type { Page } from '../../../common/pagination';
import { runUnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { JobsService } from '../../jobs/jobs.service';
import { LedgerService } from '../../ledger/services/ledger.service';
import type { ChannelStatementLine } from '../channels/channel-adapter';
import { ReconciliationLineEntity, ReconciliationRunEntity } from '../entities/payments.entities';
import { ReconciliationDifferencesEvent } from '../payments.events';
import { PaymentChannelService } from './payment-channel.service';
import { PaymentService } from './payment.service';

export const PAYMENTS_RECONCILE_JOB = 'payments.reconcile';

export interface ReconciliationRunRow extends ReconciliationRunEntity {
  channelName: string;
  channelKind: string;
}

const log = new Logger('Reconciliation');

/**
 * The daily reconciliation (issue 20): each enabled channel's statement of a day, fetched in the channel's own
 * format, compared line by line with the ledger's CHANNEL_PAYMENT transactions of the payments the channel
 * paid that day. Every difference is a line: MISSING_IN_LEDGER (the channel took money the ledger never
 * credited), MISSING_IN_CHANNEL (the ledger credited a payment the channel does not list), AMOUNT_MISMATCH,
 * FEE_MISMATCH. Running a day again replaces its lines.
 */
@Injectable()
export class ReconciliationService implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly channels: PaymentChannelService,
    private readonly payments: PaymentService,
    private readonly ledger: LedgerService,
    private readonly events: EventBus,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // Gateways publish the previous day's statements in the small hours (Alipay after 09:00 at the latest): 10:05 Shanghai.
    this.jobs.define({ name: PAYMENTS_RECONCILE_JOB, cron: '5 10 * * *', handler: () => this.runYesterday() });
  }

  async runYesterday(): Promise<number> {
    const day = addDays(shanghaiDate(this.clock.now()), -1);
    const channels = await runUnitOfWork(() => this.channels.enabled());
    for (const c of channels) await this.run(c.id, day).catch((err: Error) => log.warn(`channel ${c.id} ${day}: ${err.name}`));
    return channels.length;
  }

  /** Reconciles one channel's day; the statement is fetched outside any transaction. */
  async run(channelId: string, day: string): Promise<ReconciliationRunRow> {
    if (!isCalendarDate(day)) throw validationFailed({ day: ['YYYY-MM-DD'] });
    if (day >= shanghaiDate(this.clock.now())) throw validationFailed({ day: ['only days that have ended can be reconciled'] });
    const channel = await runUnitOfWork(() => this.channels.get(channelId));
    let statement: ChannelStatementLine[] | null = null;
    let error: string | null = null;
    try {
      statement = await this.channels.adapter(channel.kind).statement(this.channels.resolve(channel), day);
    } catch (err) {
      error = err instanceof AppError ? err.message : 'the statement could not be read';
    }
    const runId = await runUnitOfWork(async () => {
      const from = shanghaiDayStart(day);
      const to = shanghaiDayStart(addDays(day, 1));
      const lines: Omit<ReconciliationLineEntity, 'id' | 'runId'>[] = [];
      if (statement) {
        const expected = await this.payments.paidBetween(channel.id, from, to);
        const statementRefs = statement.map((s) => s.outTradeNo);
        const known = new Map([...expected, ...(await this.payments.byOutTradeNos(channel.id, statementRefs))].map((p) => [p.outTradeNo, p]));
        const ledgerRows = await this.ledger.channelPayments(channel.id, { references: [...new Set([...statementRefs, ...expected.map((p) => p.outTradeNo)])] });
        const ledgerByRef = new Map(ledgerRows.map((l) => [l.reference ?? '', l]));
        const listed = new Set<string>();
        for (const s of statement) {
          listed.add(s.outTradeNo);
          const l = ledgerByRef.get(s.outTradeNo);
          const p = known.get(s.outTradeNo);
          const status = !l ? ReconciliationStatus.MISSING_IN_LEDGER : l.amount !== s.amount ? ReconciliationStatus.AMOUNT_MISMATCH : l.fee !== s.fee ? ReconciliationStatus.FEE_MISMATCH : ReconciliationStatus.MATCHED;
          lines.push({
            status, outTradeNo: s.outTradeNo, tradeNo: s.tradeNo, paymentId: p?.id ?? null, channelAmount: s.amount.toString(), ledgerAmount: l?.amount.toString() ?? null,
            channelFee: s.fee.toString(), ledgerFee: l?.fee.toString() ?? null,
          });
        }
        for (const p of expected) {
          if (listed.has(p.outTradeNo)) continue;
          const l = ledgerByRef.get(p.outTradeNo);
          lines.push({
            status: ReconciliationStatus.MISSING_IN_CHANNEL, outTradeNo: p.outTradeNo, tradeNo: p.tradeNo, paymentId: p.id, channelAmount: null, ledgerAmount: l?.amount.toString() ?? null,
            channelFee: null, ledgerFee: l?.fee.toString() ?? null,
          });
        }
      }
      const differences = lines.filter((l) => l.status !== ReconciliationStatus.MATCHED).length;
      const runs = this.txHost.tx.getRepository(ReconciliationRunEntity);
      const values = {
        channelId: channel.id, day, status: error ? ('FAILED' as const) : differences ? ('DIFFERENCES' as const) : ('OK' as const), matched: lines.length - differences, differences,
        channelTotal: lines.reduce((a, l) => a + BigInt(l.channelAmount ?? '0'), 0n).toString(), ledgerTotal: lines.reduce((a, l) => a + BigInt(l.ledgerAmount ?? '0'), 0n).toString(),
        error, ranAt: this.clock.now(),
      };
      await runs.createQueryBuilder().insert().values(values).orUpdate(['status', 'matched', 'differences', 'channel_total', 'ledger_total', 'error', 'ran_at'], ['channel_id', 'day']).execute();
      const run = await runs.findOneByOrFail({ channelId: channel.id, day });
      const lineRepo = this.txHost.tx.getRepository(ReconciliationLineEntity);
      await lineRepo.delete({ runId: run.id });
      if (lines.length) await lineRepo.insert(lines.map((l) => ({ ...l, runId: run.id })));
      if (values.status !== 'OK') await this.events.publish(new ReconciliationDifferencesEvent(run.id, channel.id, channel.name, day, differences, values.status));
      return run.id;
    }, 'ReconciliationService.run');
    return this.get(runId);
  }

  async get(id: string): Promise<ReconciliationRunRow> {
    const run = await this.txHost.tx.getRepository(ReconciliationRunEntity).findOne({ where: { id: assertId(id, 'Reconciliation') } });
    if (!run) throw notFound('Reconciliation');
    return (await this.withChannels([run]))[0];
  }

  private async withChannels(runs: ReconciliationRunEntity[]): Promise<ReconciliationRunRow[]> {
    const all = await this.channels.list();
    const byId = new Map(all.map((c) => [c.id, c]));
    return runs.map((r) => Object.assign(r, { channelName: byId.get(r.channelId)?.name ?? '', channelKind: byId.get(r.channelId)?.kind ?? '' }));
  }

  async list(filter: { channelId?: string | null; day?: string | null; withDifferences?: boolean | null }, page: { offset: number; limit: number }): Promise<Page<ReconciliationRunRow>> {
    const where: FindOptionsWhere<ReconciliationRunEntity> = {};
    if (filter.channelId) where.channelId = assertId(filter.channelId, 'Payment channel');
    if (filter.day) {
      if (!isCalendarDate(filter.day)) throw validationFailed({ day: ['YYYY-MM-DD'] });
      where.day = filter.day;
    }
    const qb = this.txHost.tx.getRepository(ReconciliationRunEntity).createQueryBuilder('r').where(where);
    if (filter.withDifferences) qb.andWhere(`r.status <> 'OK'`);
    const [items, totalCount] = await qb.orderBy('r.day', 'DESC').addOrderBy('r.channel_id').skip(page.offset).take(page.limit).getManyAndCount();
    return { items: await this.withChannels(items), totalCount };
  }

  async lines(runId: string, status: ReconciliationStatus | null, page: { offset: number; limit: number }): Promise<Page<ReconciliationLineEntity>> {
    const where: FindOptionsWhere<ReconciliationLineEntity> = { runId };
    if (status) where.status = status;
    const [items, totalCount] = await this.txHost.tx.getRepository(ReconciliationLineEntity).findAndCount({ where, order: { id: 'ASC' }, skip: page.offset, take: page.limit });
    return { items, totalCount };
  }
}
