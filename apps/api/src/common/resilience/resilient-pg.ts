import { Client, type ClientConfig } from 'pg';

export type ConnectionErrorListener = (error: Error & { code?: string }) => void;

/**
 * A pg Client with an 'error' listener for its whole life, for the pools the api creates (TypeORM's, the
 * job queue's). pg-pool removes its idle listener the moment it hands a client out, and the borrower
 * (TypeORM's query runner, pg-boss) attaches its own a promise step later; a connection terminated in
 * between (a failover, a restarted server, pg_terminate_backend) used to emit 'error' with nobody
 * listening, which ends the process. With this listener the error is logged; the pool still drops the
 * broken client when it is released, and the query that was waiting on it fails and is answered as
 * SERVICE_UNAVAILABLE.
 */
export function resilientPgClient(onError: ConnectionErrorListener): typeof Client {
  return class ResilientPgClient extends Client {
    constructor(config?: string | ClientConfig) {
      super(config);
      this.on('error', onError);
    }
  };
}
