import { createDataSource } from './database/data-source';
import { PublicUrl } from './common/public-url';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ClsModule } from 'nestjs-cls';
import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import { MercuriusDriver } from '@nestjs/mercurius';
import { LoggerModule, type Params } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Clock } from './common/clock';
import { AllianceSigner } from './common/crypto/alliance-signer';
import { CodeCipher } from './common/crypto/code-cipher';
import { EventsModule } from './common/events/events.module';
import { Metrics } from './common/metrics';
import { logDestination, processLogger } from './common/logging';
import { UniqueViolationInterceptor } from './common/unique-violation.interceptor';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { DatabaseModule } from './common/database/database.module';
import { ReadDatabaseModule } from './common/database/read-database.module';
import { ReadDatabase, ReplicaAwareTypeOrmAdapter } from './common/database/read-database';
import { SeedModule } from './database/seed/seed.module';
import { graphqlOptions } from './graphql.config';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { ActorService } from './modules/auth/services/actor.service';
import { HealthModule } from './modules/health/health.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { CatalogModule } from './modules/catalog/catalog.module';
import { FilesModule } from './modules/files/files.module';
import { InventoryModule } from './modules/inventory/inventory.module';
import { LedgerModule } from './modules/ledger/ledger.module';
import { OrdersModule } from './modules/orders/orders.module';
import { WebhooksModule } from './modules/webhooks/webhooks.module';
import { RiskModule } from './modules/risk/risk.module';
import { RoutingModule } from './modules/routing/routing.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { QualificationsModule } from './modules/qualifications/qualifications.module';
import { DashboardsModule } from './modules/dashboards/dashboards.module';
import { ReportsModule } from './modules/reports/reports.module';
import { ScorecardsModule } from './modules/scorecards/scorecards.module';
import { MetricsModule } from './modules/metrics/metrics.module';

import { TicketsModule } from './modules/tickets/tickets.module';
import { RatingsModule } from './modules/ratings/ratings.module';
import { ProvenanceModule } from './modules/provenance/provenance.module';
import { LiveModule } from './modules/live/live.module';
import { LiveService } from './modules/live/services/live.service';
import { PaymentsModule } from './modules/payments/payments.module';
import { DockingModule } from './modules/docking/docking.module';
import { SettingsModule } from './modules/settings/settings.module';
import { ViewsModule } from './modules/views/views.module';

/** The feature modules; the schema emitter walks these to find every resolver. */
export const FEATURE_MODULES = [AuditModule, AuthModule, OrganizationsModule, HealthModule, FilesModule, NotificationsModule, QualificationsModule, RiskModule,
  CatalogModule, InventoryModule, RoutingModule, LedgerModule, OrdersModule, WebhooksModule, TicketsModule, LiveModule, DashboardsModule, ReportsModule, RatingsModule,
  ProvenanceModule, ScorecardsModule, PaymentsModule, MetricsModule, DockingModule, SettingsModule, ViewsModule];

/** The application's logger (Nest's and services' lines); request lines are written by create-app.ts. */
function httpLogging(config: AppConfig): Params['pinoHttp'] {
  const options: NonNullable<Exclude<Params['pinoHttp'], unknown[]>> = {
    level: config.logLevel,
    // Credentials never reach the log.
    redact: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'],
    autoLogging: false,
  };
  if (config.nodeEnv === 'development' && !config.logFile) return { ...options, transport: { target: 'pino-pretty', options: { singleLine: true } } };
  return [options, logDestination(config)];
}

@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }, Clock, CodeCipher, AllianceSigner, Metrics, PublicUrl, { provide: APP_INTERCEPTOR, useClass: UniqueViolationInterceptor }],
      exports: [APP_CONFIG, Clock, CodeCipher, AllianceSigner, Metrics, PublicUrl],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(opts: { config: AppConfig; dataSource: DataSource; directUrl: string }): DynamicModule {
    const { config } = opts;
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: httpLogging(config) }),
        DatabaseModule.forRoot(opts.dataSource, opts.directUrl),
        ClsModule.forRoot({
          global: true,
          plugins: [
            new ClsPluginTransactional({
              imports: [DatabaseModule],
              // Outside transactions, a request routed to the read replica reads it (DATABASE_READ_URL; see ReadDatabase).
              adapter: new ReplicaAwareTypeOrmAdapter({ dataSourceToken: DataSource }),
            }),
          ],
        }),
        ReadDatabaseModule.forRoot((url, options) => createDataSource(url, options)),
        // The document limits tell anonymous callers from signed-in ones, and subscriptions authenticate through
        // the live module: both with the same ActorService as HTTP.
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          imports: [AuthModule, LiveModule],
          inject: [ActorService, LiveService, ReadDatabase],
          useFactory: (actors: ActorService, live: LiveService, reads: ReadDatabase) =>
            ({ ...graphqlOptions(config, actors, processLogger(config, 'graphql'), reads), subscription: live.subscriptionOptions() }) as MercuriusDriverConfig,
        }),
        EventsModule,
        JobsModule,
        ...FEATURE_MODULES,
        SeedModule,
      ],
    };
  }
}
