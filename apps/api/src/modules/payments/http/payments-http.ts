import { ErrorCode } from '@mengyuan/domain';
import { PaymentSimulator } from '@mengyuan/payment-sim';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ClsServiceManager } from 'nestjs-cls';
import { AppError } from '../../../common/errors';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { PaymentService } from '../services/payment.service';

const log = new Logger('PaymentsHttp');
const NOTIFY_BODY_LIMIT = 64 * 1024;

const STATUS: Partial<Record<string, number>> = { [ErrorCode.NOT_FOUND]: 404, [ErrorCode.VALIDATION_FAILED]: 400 };

/** The sandbox gateways, one per process, created only when PAYMENT_SIMULATORS is on. */
@Injectable()
export class PaymentSimulatorHost {
  readonly simulator: PaymentSimulator | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.simulator = config.payments.simulators ? new PaymentSimulator({ dir: config.payments.simulatorDir }) : null;
  }
}

function headersOf(req: FastifyRequest): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : v]));
}

/**
 * Routes that are not GraphQL, in their own Fastify scope so their body parsing stays theirs: gateways' notifies
 * (`/payments/notify/:channelId`, GET or POST, the body kept raw for signature checks) and the sandbox gateways
 * under `/sim` outside production.
 */
@Injectable()
export class PaymentsHttp implements OnModuleInit {
  constructor(
    private readonly http: HttpAdapterHost,
    private readonly payments: PaymentService,
    private readonly sim: PaymentSimulatorHost,
  ) {}

  onModuleInit(): void {
    const fastify = this.http.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    const payments = this.payments;
    const simulator = this.sim.simulator;
    void fastify.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: NOTIFY_BODY_LIMIT }, (_req, body, done) => done(null, body));

      scope.route({
        method: ['GET', 'POST'],
        url: '/payments/notify/:channelId',
        handler: (req: FastifyRequest<{ Params: { channelId: string } }>, reply: FastifyReply) =>
          ClsServiceManager.getClsService().run(async () => {
            const rawBody = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
            try {
              const answer = await payments.handleNotify(req.params.channelId, { method: req.method, query: (req.query ?? {}) as Record<string, string>, headers: headersOf(req), rawBody });
              if (answer.ok) return reply.status(answer.ack.status).header('content-type', answer.ack.contentType).send(answer.ack.body || undefined);
              return reply.status(STATUS[answer.error.code] ?? 400).send({ code: answer.error.code, message: answer.error.message, outcome: answer.outcome });
            } catch (err) {
              if (err instanceof AppError) return reply.status(STATUS[err.code] ?? 400).send({ code: err.code, message: err.message });
              log.error(`notify for channel ${req.params.channelId} failed: ${(err as Error).name}: ${(err as Error).message.slice(0, 200)}`);
              return reply.status(500).send({ code: ErrorCode.INTERNAL, message: 'Internal error' });
            }
          }),
      });

      if (simulator) {
        scope.route({
          method: ['GET', 'POST', 'DELETE'],
          url: '/sim/*',
          handler: async (req: FastifyRequest, reply: FastifyReply) => {
            const url = new URL(req.url, 'http://sim.local');
            const host = req.headers.host ?? '127.0.0.1';
            const res = await simulator.handle({
              method: req.method, path: url.pathname, query: url.searchParams, headers: headersOf(req), body: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
              mount: '/sim', base: `${req.protocol}://${host}/sim`,
            });
            void reply.status(res.status);
            for (const [k, v] of Object.entries(res.headers ?? {})) void reply.header(k, v);
            return reply.send(res.body);
          },
        });
        scope.get('/sim', (_req, reply) => reply.redirect('/sim/'));
      }
    });
  }
}
