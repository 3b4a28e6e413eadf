import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AuditModule } from '../audit/audit.module';
import { FilesController } from './files.controller';
import { FileSubjectNames } from './handlers/subject-names.handlers';
import { FILE_STORAGE, LocalDiskStorage } from './services/file-storage';
import { S3Storage } from './services/s3-storage';
import { FileService } from './services/file.service';

@Module({
  imports: [AuditModule],
  controllers: [FilesController],
  providers: [
    FileService,
    FileSubjectNames,
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => (config.files.storage === 's3' ? new S3Storage(config.files.s3) : new LocalDiskStorage(config.files.dir)),
    },
  ],
  exports: [FileService],
})
export class FilesModule {}
