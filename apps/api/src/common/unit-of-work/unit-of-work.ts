import { ErrorCode } from '@mengyuan/domain';
import { Propagation, TransactionHost } from '@nestjs-cls/transactional';
import { Logger } from '@nestjs/common';
import { AppError } from '../errors';

/** Deadlock detected, serialization failure: the database rolled the transaction back and it can run again. */
const RETRYABLE_SQLSTATE = new Set(['40P01', '40001']);
const ATTEMPTS = 5;
const log = new Logger('UnitOfWork');

/** The SQLSTATE of a database error, looking through TypeORM's wrapper. */
export function sqlStateOf(err: unknown): string | undefined {
  const e = err as { driverError?: { code?: unknown }; code?: unknown } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

export const isRetryable = (err: unknown): boolean => RETRYABLE_SQLSTATE.has(sqlStateOf(err) ?? '');

/** What a caller hears when its change kept colliding with others: typed, and safe to send again. */
export const concurrentChange = () =>
  new AppError(ErrorCode.CONCURRENT_CHANGE, 'Others were changing the same records at the same moment; nothing was saved, please retry', { retryAfterSeconds: 1 });

const pause = (attempt: number) => new Promise((r) => setTimeout(r, Math.floor(Math.random() * 20 * attempt) + 5 * attempt));

/**
 * Runs `fn` as one unit of work: inside the caller's transaction when there is one (it joins it, and the
 * outermost unit retries), otherwise in a new transaction that is run again from the start when PostgreSQL
 * breaks a deadlock or a serialization conflict by rolling it back. After the last attempt the caller gets
 * CONCURRENT_CHANGE (retryable), never INTERNAL.
 */
export async function runUnitOfWork<T>(fn: () => Promise<T>, name = fn.name || 'unit of work', options: UnitOfWorkOptions = {}): Promise<T> {
  const host = TransactionHost.getInstance();
  if (host.isTransactionActive() && !options.separate) return fn();
  for (let attempt = 1; ; attempt++) {
    try {
      return await host.withTransaction(Propagation.RequiresNew, fn);
    } catch (err) {
      if (!isRetryable(err)) throw err;
      if (attempt >= ATTEMPTS) {
        log.warn(`${name}: gave up after ${attempt} attempts (${sqlStateOf(err)})`);
        throw concurrentChange();
      }
      await pause(attempt);
    }
  }
}

export interface UnitOfWorkOptions {
  /**
   * Commit on its own even inside another unit of work (a long import's chunks, progress the caller must
   * see at once): a new transaction on its own connection, retried by itself.
   */
  separate?: boolean;
}

/**
 * The one way a service method opens a transaction (instead of @Transactional): the method is a unit of
 * work, retried whole on deadlock or serialization failure when it is the outermost one (see runUnitOfWork).
 */
export function UnitOfWork(options: UnitOfWorkOptions = {}): MethodDecorator {
  return (target, key, descriptor: PropertyDescriptor) => {
    const original = descriptor.value as (...args: unknown[]) => Promise<unknown>;
    const name = `${(target as { constructor: { name: string } }).constructor.name}.${String(key)}`;
    const wrapped = function (this: unknown, ...args: unknown[]) {
      return runUnitOfWork(() => original.apply(this, args), name, options);
    };
    // Keep what other decorators recorded about the method (Nest's metadata lives on the function).
    for (const k of Reflect.getMetadataKeys(original)) Reflect.defineMetadata(k, Reflect.getMetadata(k, original), wrapped);
    Object.defineProperty(wrapped, 'name', { value: original.name });
    descriptor.value = wrapped;
    return descriptor;
  };
}
