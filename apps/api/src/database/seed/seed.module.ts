import { Module } from '@nestjs/common';
import { AuditModule } from '../../modules/audit/audit.module';
import { AuthModule } from '../../modules/auth/auth.module';
import { DemoSeedService } from './demo-seed';

@Module({ imports: [AuditModule, AuthModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class SeedModule {}
