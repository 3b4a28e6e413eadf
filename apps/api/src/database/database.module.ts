import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PgNotifications } from './pg-notifications';

import { DATABASE_URL } from './tokens';

export { DATABASE_URL };

/** Provides the one DataSource, already initialised and migrated by the bootstrap. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(dataSource: DataSource, url: string): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DataSource, useValue: dataSource },
        { provide: DATABASE_URL, useValue: url },
        PgNotifications,
      ],
      exports: [DataSource, DATABASE_URL, PgNotifications],
    };
  }
}
