import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { LedgerService } from './services/ledger.service';

@Module({ imports: [AuditModule, OrganizationsModule], providers: [LedgerService], exports: [LedgerService] })
export class LedgerModule {}
