import { Module } from '@nestjs/common';
import { RiskSubjectNames } from './handlers/subject-names.handlers';
import { RiskResolver } from './resolvers/risk.resolver';
import { RiskService } from './services/risk.service';

@Module({ providers: [RiskService, RiskResolver, RiskSubjectNames], exports: [RiskService] })
export class RiskModule {}
