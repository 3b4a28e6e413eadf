import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type QueryRunner } from 'typeorm';

/**
 * State a unit of work keeps beside its transaction (deferred writes, after-commit work, the roots it has
 * locked). One value per frame: the transaction is the outermost frame, each savepoint a frame inside it.
 * A savepoint released merges its value into the enclosing frame's; one rolled back drops it.
 */
export interface FrameSlot<T> {
  readonly name: string;
  init(): T;
  merge(into: T, from: T): void;
}

export const frameSlot = <T>(name: string, init: () => T, merge: (into: T, from: T) => void): FrameSlot<T> => ({ name, init, merge });

interface Frame {
  depth: number;
  values: Map<FrameSlot<unknown>, unknown>;
}

/** Hooks run at the outermost transaction's edges, with the root frame's merged values. */
export interface FrameListener {
  /** Just before COMMIT of the outermost transaction: may still write (and fail the commit). */
  beforeCommit?(qr: QueryRunner, read: <T>(slot: FrameSlot<T>) => T | undefined): Promise<void> | void;
  /** After COMMIT of the outermost transaction. */
  afterCommit?(read: <T>(slot: FrameSlot<T>) => T | undefined): void;
}

const FRAMES = Symbol('mengyuan.frames');
type RunnerData = { [FRAMES]?: Frame[] };
const depthOf = (qr: QueryRunner) => (qr as unknown as { transactionDepth: number }).transactionDepth;

/**
 * Savepoint-aware per-transaction state (issue 17.2): TypeORM announces every BEGIN/SAVEPOINT, COMMIT/RELEASE
 * and ROLLBACK [TO SAVEPOINT] to subscribers; this keeps a stack of frames on the query runner in step with them.
 */
@Injectable()
export class TransactionFrames implements OnModuleInit {
  private readonly log = new Logger(TransactionFrames.name);
  private readonly listeners: FrameListener[] = [];

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push({
      afterTransactionStart: ({ queryRunner }) => {
        const frames = this.stack(queryRunner);
        if (depthOf(queryRunner) === 1) frames.length = 0;
        frames.push({ depth: depthOf(queryRunner), values: new Map() });
      },
      beforeTransactionCommit: async ({ queryRunner }) => {
        if (depthOf(queryRunner) !== 1) return;
        const root = this.stack(queryRunner)[0];
        for (const l of this.listeners) await l.beforeCommit?.(queryRunner, (slot) => root?.values.get(slot as FrameSlot<unknown>) as never);
      },
      afterTransactionCommit: ({ queryRunner }) => {
        const frames = this.stack(queryRunner);
        const top = frames.pop();
        if (depthOf(queryRunner) > 0) {
          // a savepoint released: what it kept now belongs to the frame around it
          const parent = frames[frames.length - 1];
          if (top && parent) for (const [slot, value] of top.values) this.mergeInto(parent, slot, value);
          return;
        }
        frames.length = 0;
        if (!top) return;
        for (const l of this.listeners) {
          try {
            l.afterCommit?.((slot) => top.values.get(slot as FrameSlot<unknown>) as never);
          } catch (err) {
            this.log.error(`after-commit listener failed: ${(err as Error)?.stack ?? String(err)}`);
          }
        }
      },
      afterTransactionRollback: ({ queryRunner }) => {
        const frames = this.stack(queryRunner);
        if (depthOf(queryRunner) === 0 || !queryRunner.isTransactionActive) frames.length = 0;
        else frames.pop();
      },
    });
  }

  listen(listener: FrameListener): void {
    this.listeners.push(listener);
  }

  /** The current frame's value of a slot (created on first use); throws outside a transaction. */
  current<T>(slot: FrameSlot<T>): T {
    const frame = this.top();
    if (!frame) throw new Error(`${slot.name} needs a transaction`);
    let value = frame.values.get(slot as FrameSlot<unknown>) as T | undefined;
    if (value === undefined) frame.values.set(slot as FrameSlot<unknown>, (value = slot.init()));
    return value;
  }

  /** The slot's value in every open frame, outermost first (reads that must see the whole transaction). */
  all<T>(slot: FrameSlot<T>): T[] {
    const qr = this.runner();
    if (!qr) return [];
    return this.stack(qr)
      .map((f) => f.values.get(slot as FrameSlot<unknown>) as T | undefined)
      .filter((v): v is T => v !== undefined);
  }

  get active(): boolean {
    return !!this.top();
  }

  private top(): Frame | undefined {
    const qr = this.runner();
    if (!qr) return undefined;
    const frames = this.stack(qr);
    return frames[frames.length - 1];
  }

  private runner(): QueryRunner | undefined {
    if (!this.txHost.isTransactionActive()) return undefined;
    const qr = this.txHost.tx.queryRunner;
    return qr?.isTransactionActive ? qr : undefined;
  }

  private stack(qr: QueryRunner): Frame[] {
    const data = qr.data as RunnerData;
    return (data[FRAMES] ??= []);
  }

  private mergeInto(parent: Frame, slot: FrameSlot<unknown>, value: unknown): void {
    const existing = parent.values.get(slot);
    if (existing === undefined) parent.values.set(slot, value);
    else slot.merge(existing, value);
  }
}
