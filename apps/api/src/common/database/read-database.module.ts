import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ReadDatabase, REPLICA_DATA_SOURCE, type ReplicaDataSourceFactory } from './read-database';

/** The optional read replica (DATABASE_READ_URL); a module of its own, after the transaction host it sets. */
@Global()
@Module({})
export class ReadDatabaseModule {
  static forRoot(makeDataSource: ReplicaDataSourceFactory): DynamicModule {
    return { module: ReadDatabaseModule, providers: [{ provide: REPLICA_DATA_SOURCE, useValue: makeDataSource }, ReadDatabase], exports: [ReadDatabase] };
  }
}
