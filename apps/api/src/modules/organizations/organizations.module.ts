import { Module } from '@nestjs/common';
import { OrganizationTodos } from './handlers/todos.handlers';
import { AuditModule } from '../audit/audit.module';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { OrganizationService } from './services/organization.service';
import { OrganizationSubjectNames } from './handlers/subject-names.handlers';

@Module({
  imports: [AuditModule],
  providers: [OrganizationTodos, OrganizationSubjectNames, OrganizationService, OrganizationResolver],
  exports: [OrganizationService],
})
export class OrganizationsModule {}
