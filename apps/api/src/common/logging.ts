import pino, { type Logger } from 'pino';
import type { AppConfig } from '../config/app-config';

/** Where logs go: standard output, or LOG_FILE when set (appended, written synchronously so a crash keeps its last lines). */
export function logDestination(config: Pick<AppConfig, 'logFile'>): pino.DestinationStream {
  return pino.destination({ dest: config.logFile ?? 1, sync: true, mkdir: Boolean(config.logFile) });
}

/** A logger outside the request cycle (bootstrap, database pool, process guards), same level and destination. */
export function processLogger(config: Pick<AppConfig, 'logLevel' | 'logFile'>, name: string): Logger {
  return pino({ level: config.logLevel, name }, logDestination(config));
}
