import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Operation names a process labels its request metrics with; past this many, new names count as `other`. */
const MAX_OPERATIONS = 300;
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The process's Prometheus metrics (prom-client), one registry per application. Counters of domain facts are
 * added to by event subscribers after commit (modules/metrics), request timings by the HTTP layer, webhook
 * attempts by the dispatcher; gauges of shared state (queues, clocks, pools) are read when scraped. Every
 * replica serves its own: sum the counters across replicas, and take one replica's value (max) of the gauges
 * read from the database, which every replica reports alike.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  readonly httpRequests = new Histogram({
    name: 'mengyuan_http_request_duration_seconds',
    help: 'HTTP requests by route and GraphQL operation: rates from _count, latencies from the buckets',
    labelNames: ['route', 'operation', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly orders = new Counter({
    name: 'mengyuan_orders_total',
    help: 'Orders by outcome as they commit (DELIVERED, FAILED by failure code, HELD for review, REFUNDED)',
    labelNames: ['outcome', 'reason'] as const,
    registers: [this.registry],
  });

  readonly orderLatency = new Histogram({
    name: 'mengyuan_order_delivery_seconds',
    help: 'From an order placed to its codes (or top-up) delivered',
    labelNames: ['mode'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 3, 10, 60, 600],
    registers: [this.registry],
  });

  readonly webhookAttempts = new Counter({
    name: 'mengyuan_webhook_attempts_total',
    help: 'Webhook delivery attempts by this process, by result (delivered, failed)',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  readonly webhookLag = new Histogram({
    name: 'mengyuan_webhook_delivery_lag_seconds',
    help: 'From an event to its webhook delivered (successful attempts)',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600],
    registers: [this.registry],
  });

  readonly slaBreaches = new Counter({
    name: 'mengyuan_sla_breaches_total',
    help: 'SLA breaches recorded, by tier and metric',
    labelNames: ['tier', 'metric'] as const,
    registers: [this.registry],
  });

  readonly jobFailures = new Counter({
    name: 'mengyuan_job_failures_total',
    help: 'Job runs that failed in this process (each is retried by the queue until its retry limit)',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });

  /** Gauges read from the database when scraped; `collect` fills them (see MetricsService). */
  readonly webhookQueue = new Gauge({ name: 'mengyuan_webhook_queue_deliveries', help: 'Webhook deliveries due now, by state (waiting: not being sent; leased: being sent)', labelNames: ['state'] as const, registers: [this.registry] });
  readonly webhookOldest = new Gauge({ name: 'mengyuan_webhook_queue_oldest_seconds', help: 'How long the oldest due, unsent webhook delivery has waited', registers: [this.registry] });
  readonly jobQueue = new Gauge({ name: 'mengyuan_job_queue_jobs', help: 'Jobs per queue by state (ready, deferred, active, failed) as the last supervision pass counted them', labelNames: ['queue', 'state'] as const, registers: [this.registry] });
  readonly slaClocks = new Gauge({ name: 'mengyuan_sla_clocks', help: 'Running SLA clocks not breached: overdue (past due, breach not yet recorded) and due within the hour', labelNames: ['state'] as const, registers: [this.registry] });
  readonly pool = new Gauge({ name: 'mengyuan_db_pool_connections', help: 'Database pool connections by pool (primary, replica) and state (total, idle, waiting requests)', labelNames: ['pool', 'state'] as const, registers: [this.registry] });
  readonly replicaLag = new Gauge({ name: 'mengyuan_db_replica_lag_seconds', help: 'How far the read replica is behind the primary (0 when caught up)', registers: [this.registry] });
  readonly replicaUp = new Gauge({ name: 'mengyuan_db_replica_serving', help: '1 while reads go to the replica, 0 while they fall back to the primary', registers: [this.registry] });

  constructor() {
    // Process CPU and memory, heap, GC, and event-loop delay (nodejs_eventloop_lag_* from monitorEventLoopDelay).
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 20 });
  }

  /** A GraphQL operation name as a label: a bounded set, so a client cannot grow the series without end. */
  operationLabel(name: string | undefined): string {
    if (!name) return '';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATIONS || !/^[A-Za-z_][A-Za-z0-9_]{0,80}$/.test(name)) return 'other';
    this.operations.add(name);
    return name;
  }
}
