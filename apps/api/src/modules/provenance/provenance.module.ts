import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ProvenanceResolver } from './resolvers/provenance.resolver';
import { ProvenanceService } from './services/provenance.service';

/** Code provenance (溯源, issue 12): a bought code's life and a supplier's batch's, from the audit chain, verifiable. No tables of its own. */
@Module({ imports: [AuditModule], providers: [ProvenanceService, ProvenanceResolver] })
export class ProvenanceModule {}
