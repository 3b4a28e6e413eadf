import { Module } from '@nestjs/common';
import { AuditModule } from '../../modules/audit/audit.module';
import { AuthModule } from '../../modules/auth/auth.module';
import { FilesModule } from '../../modules/files/files.module';
import { DemoSeedService } from './demo-seed';

@Module({ imports: [AuditModule, AuthModule, FilesModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class SeedModule {}
