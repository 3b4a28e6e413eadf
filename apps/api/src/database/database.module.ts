import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';

export const DATABASE_URL = Symbol('DATABASE_URL');

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
      ],
      exports: [DataSource, DATABASE_URL],
    };
  }
}
