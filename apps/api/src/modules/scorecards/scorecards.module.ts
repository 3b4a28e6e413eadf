import { Module } from '@nestjs/common';
import { EvaluationTodos } from './handlers/todos.handlers';
import { CatalogModule } from '../catalog/catalog.module';
import { DashboardsModule } from '../dashboards/dashboards.module';
import { InventoryModule } from '../inventory/inventory.module';
import { JobsModule } from '../jobs/jobs.module';
import { LedgerModule } from '../ledger/ledger.module';
import { OrdersModule } from '../orders/orders.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { QualificationsModule } from '../qualifications/qualifications.module';
import { ScorecardHandlers } from './handlers/scorecard.handlers';
import { AdminScorecardResolver, EvaluationRunFieldsResolver, SupplierScorecardResolver } from './resolvers/scorecard.resolver';
import { ScoreReaderModule } from './score-reader.module';
import { ScorecardJobs } from './scorecards.jobs';
import { EvaluationService } from './services/evaluation.service';
import { ProbationService } from './services/probation.service';
import { ScoreFactsService } from './services/score-facts.service';
import { ScorecardService } from './services/scorecard.service';
import { EvaluationSubjectNames } from './handlers/subject-names.handlers';

/**
 * Trust computed, not claimed (DESIGN.md §2.7): five-dimension scorecards from recorded facts, quarterly
 * evaluation with elimination and appeal, probation, and what routing reads of scores (ScoreReaderModule).
 */
@Module({
  imports: [CatalogModule, DashboardsModule, InventoryModule, JobsModule, LedgerModule, OrdersModule, OrganizationsModule, QualificationsModule, ScoreReaderModule],
  providers: [EvaluationSubjectNames, EvaluationTodos, ScoreFactsService, ScorecardService, EvaluationService, ProbationService, ScorecardHandlers, ScorecardJobs, AdminScorecardResolver, EvaluationRunFieldsResolver, SupplierScorecardResolver],
  exports: [ScorecardService, ProbationService, EvaluationService, ScoreFactsService],
})
export class ScorecardsModule {}
