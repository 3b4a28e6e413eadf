import type { Plant, Trade } from './state';
import { createHash } from 'node:crypto';
import { shanghaiDay } from './util';

/** Digits derived from a seed: a planted line reads the same every time the statement is served. */
const digitsOf = (seed: string, n: number) => BigInt(`0x${createHash('sha256').update(seed).digest('hex')}`).toString().slice(0, n).padEnd(n, '0');

export interface StatementLine {
  tradeNo: string;
  outTradeNo: string;
  amount: bigint;
  fee: bigint;
  paidAt: Date;
  subject: string;
}

/** The paid trades of one Asia/Shanghai day as the channel reports them, with any planted differences applied. */
export function statementLines(trades: Trade[], plants: Plant[], day: string): StatementLine[] {
  let lines: StatementLine[] = trades
    .filter((t) => t.status === 'PAID' && t.paidAt && shanghaiDay(new Date(t.paidAt)) === day)
    .map((t) => ({ tradeNo: t.tradeNo, outTradeNo: t.outTradeNo, amount: BigInt(t.amount), fee: BigInt(t.fee), paidAt: new Date(t.paidAt!), subject: t.subject }));
  for (const [i, p] of plants.entries()) {
    const delta = BigInt(p.deltaFen ?? '100');
    if (p.kind === 'DROP') lines = lines.filter((l) => l.outTradeNo !== p.outTradeNo);
    if (p.kind === 'AMOUNT') lines = lines.map((l) => (l.outTradeNo === p.outTradeNo ? { ...l, amount: l.amount + delta } : l));
    if (p.kind === 'FEE') lines = lines.map((l) => (l.outTradeNo === p.outTradeNo ? { ...l, fee: l.fee + delta } : l));
    if (p.kind === 'EXTRA' && (p.day ?? day) === day) {
      const at = new Date(`${day}T12:00:00+08:00`);
      const seed = `${day}:${i}:${p.deltaFen ?? ''}`;
      lines.push({ tradeNo: `9${digitsOf(seed, 17)}`, outTradeNo: p.outTradeNo ?? `UNKNOWN${digitsOf(`${seed}:o`, 8)}`, amount: delta < 0n ? -delta : delta, fee: 0n, paidAt: at, subject: '钱包充值' });
    }
  }
  return lines.sort((a, b) => a.paidAt.getTime() - b.paidAt.getTime());
}
