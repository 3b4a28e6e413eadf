import type { Logger } from 'pino';
import { describeError } from '../request-facts';

/**
 * The last resort, after every known source is handled where it arises (pg clients and pools, the job
 * queue): an error nothing caught is logged with its stack rather than ending the process with every
 * request in flight. If the process dies anyway (out of memory), the supervisor (scripts/supervise.mjs) or
 * the orchestrator restarts it and the reason is in the log.
 */
export function installProcessGuards(log: Pick<Logger, 'fatal' | 'error'>): void {
  process.on('uncaughtException', (err, origin) => log.fatal({ error: describeError(err), origin }, 'uncaught exception: the process keeps running, but this is a bug to fix at its source'));
  process.on('unhandledRejection', (reason) => log.error({ error: describeError(reason) }, 'unhandled promise rejection'));
}
