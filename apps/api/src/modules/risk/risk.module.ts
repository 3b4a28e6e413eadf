import { Module } from '@nestjs/common';
import { RiskResolver } from './resolvers/risk.resolver';
import { RiskService } from './services/risk.service';

@Module({ providers: [RiskService, RiskResolver], exports: [RiskService] })
export class RiskModule {}
