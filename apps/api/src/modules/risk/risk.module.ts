import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RiskResolver } from './resolvers/risk.resolver';
import { RiskService } from './services/risk.service';

@Module({ imports: [AuditModule], providers: [RiskService, RiskResolver], exports: [RiskService] })
export class RiskModule {}
