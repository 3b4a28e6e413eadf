import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PgNotifications } from './pg-notifications';
import { SharedCaches } from './shared-caches';
import { DIRECT_DATABASE_URL } from './tokens';

export { DIRECT_DATABASE_URL };

/** Provides the one DataSource, already initialised and migrated by the bootstrap, and the session-bound URL. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(dataSource: DataSource, directUrl: string): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DataSource, useValue: dataSource },
        { provide: DIRECT_DATABASE_URL, useValue: directUrl },
        PgNotifications,
        SharedCaches,
      ],
      exports: [DataSource, DIRECT_DATABASE_URL, PgNotifications, SharedCaches],
    };
  }
}
