import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type SimChannel = 'epay' | 'alipay' | 'wechat';
export const SIM_CHANNELS: readonly SimChannel[] = ['epay', 'alipay', 'wechat'];

/**
 * What the cashier's buttons (and the control API) can make the gateway do: pay and notify once, notify twice,
 * pay but hold the notify until released (late), or send a notify that must not credit: a forged signature, a
 * wrong amount, another merchant's.
 */
export const BEHAVIOURS = ['normal', 'duplicate', 'hold', 'forged', 'wrong_amount', 'other_merchant'] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

export interface NotifyAnswer {
  at: string;
  behaviour: Behaviour | 'release';
  status: number;
  body: string;
}

export interface Trade {
  channel: SimChannel;
  tradeNo: string;
  outTradeNo: string;
  /** Fen, as a decimal string (JSON). */
  amount: string;
  subject: string;
  notifyUrl: string;
  returnUrl: string | null;
  payType: string | null;
  version: 'V1' | 'V2' | null;
  status: 'WAIT' | 'PAID';
  createdAt: string;
  paidAt: string | null;
  fee: string;
  held: boolean;
  answers: NotifyAnswer[];
}

/** A difference planted in a channel's statement, so reconciliation has something to find. */
export interface Plant {
  /** AMOUNT: a line's amount changed by deltaFen; FEE: its fee; DROP: the line left out; EXTRA: a line the ledger never saw. */
  kind: 'AMOUNT' | 'FEE' | 'DROP' | 'EXTRA';
  outTradeNo?: string;
  deltaFen?: string;
  /** EXTRA: the day (YYYY-MM-DD) it appears on. */
  day?: string;
}

export interface SimState {
  trades: Trade[];
  plants: Record<SimChannel, Plant[]>;
}

/** The simulator's trades, in memory and (when given a directory) in a JSON file, so a restart keeps its statements. */
export class SimStore {
  private state: SimState = { trades: [], plants: { epay: [], alipay: [], wechat: [] } };
  private readonly file: string | null;

  constructor(dir?: string) {
    this.file = dir ? join(dir, 'state.json') : null;
    if (this.file && existsSync(this.file)) this.state = JSON.parse(readFileSync(this.file, 'utf8')) as SimState;
  }

  save(): void {
    if (!this.file) return;
    mkdirSync(join(this.file, '..'), { recursive: true });
    writeFileSync(this.file, JSON.stringify(this.state));
  }

  add(trade: Trade): Trade {
    this.state.trades.push(trade);
    this.save();
    return trade;
  }

  find(channel: SimChannel, tradeNo: string): Trade | undefined {
    return this.state.trades.find((t) => t.channel === channel && (t.tradeNo === tradeNo || t.outTradeNo === tradeNo));
  }

  byOutTradeNo(channel: SimChannel, outTradeNo: string): Trade | undefined {
    return this.state.trades.find((t) => t.channel === channel && t.outTradeNo === outTradeNo);
  }

  trades(channel: SimChannel): Trade[] {
    return this.state.trades.filter((t) => t.channel === channel);
  }

  plants(channel: SimChannel): Plant[] {
    return this.state.plants[channel];
  }

  plant(channel: SimChannel, plant: Plant): void {
    this.state.plants[channel].push(plant);
    this.save();
  }

  clearPlants(channel: SimChannel): void {
    this.state.plants[channel] = [];
    this.save();
  }
}
