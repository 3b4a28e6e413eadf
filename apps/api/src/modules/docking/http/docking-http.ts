import { SupplierSimulator } from '@mengyuan/supplier-sim';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ClsServiceManager } from 'nestjs-cls';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { TopupDockingService } from '../services/topup-docking.service';

const log = new Logger('DockingHttp');
const CALLBACK_BODY_LIMIT = 64 * 1024;

/** The demo upstream, one per process, served under /sim/supplier when the simulators are on (never in production). */
@Injectable()
export class SupplierSimulatorHost {
  readonly simulator: SupplierSimulator | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.simulator = config.payments.simulators
      ? new SupplierSimulator({ name: '模拟上游 · 盟源演示 Demo upstream', keyId: 'demo-upstream', secret: process.env.SUPPLIER_SIM_SECRET || 'demo-upstream-secret-0123456789abcdef' })
      : null;
  }
}

/**
 * Docking's routes that are not GraphQL, in their own Fastify scope (raw bodies for signatures): the upstream's
 * signed top-up callbacks (`POST /docking/callback/:connectorId`: the Mengyuan protocol's, or a dujiao-next site's
 * own callback for a DUJIAO_NEXT connector) and the demo upstream under `/sim/supplier`.
 */
@Injectable()
export class DockingHttp implements OnModuleInit {
  constructor(
    private readonly http: HttpAdapterHost,
    private readonly topups: TopupDockingService,
    private readonly sim: SupplierSimulatorHost,
  ) {}

  onModuleInit(): void {
    const fastify = this.http.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    const topups = this.topups;
    const simulator = this.sim.simulator;
    void fastify.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: CALLBACK_BODY_LIMIT }, (_req, body, done) => done(null, body));
      scope.post('/docking/callback/:connectorId', (req: FastifyRequest<{ Params: { connectorId: string } }>, reply: FastifyReply) =>
        ClsServiceManager.getClsService().run(async () => {
          try {
            const answer = await topups.callback(req.params.connectorId, { method: req.method, path: req.url, headers: req.headers, body: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0) });
            return reply.status(answer.status).send(answer.body);
          } catch (err) {
            log.error(`callback for ${req.params.connectorId} failed: ${(err as Error).name}: ${(err as Error).message.slice(0, 200)}`);
            return reply.status(500).send({ error: { code: 'UNAVAILABLE', message: 'try again' } });
          }
        }),
      );
      if (simulator) {
        scope.route({
          method: ['GET', 'POST'],
          url: '/sim/supplier/*',
          handler: async (req: FastifyRequest, reply: FastifyReply) => {
            const res = await simulator.handle({ method: req.method, path: req.url, headers: req.headers, body: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0), mount: '/sim/supplier' });
            void reply.status(res.status);
            for (const [k, v] of Object.entries(res.headers)) void reply.header(k, v);
            return reply.send(res.body);
          },
        });
      }
    });
  }
}
