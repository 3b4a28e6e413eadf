import { Module } from '@nestjs/common';
import { QualificationTodos } from './handlers/todos.handlers';
import { AuditModule } from '../audit/audit.module';
import { FilesModule } from '../files/files.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { QualificationJobs } from './qualification.jobs';
import { OrganizationComplianceResolver, QualificationResolver } from './resolvers/qualification.resolver';
import { OnboardingService } from './services/onboarding.service';
import { QualificationService } from './services/qualification.service';
import { QualificationSubjectNames } from './handlers/subject-names.handlers';

@Module({
  imports: [AuditModule, FilesModule, OrganizationsModule],
  providers: [QualificationTodos, QualificationSubjectNames, QualificationService, OnboardingService, QualificationResolver, OrganizationComplianceResolver, QualificationJobs],
  exports: [QualificationService, OnboardingService],
})
export class QualificationsModule {}
