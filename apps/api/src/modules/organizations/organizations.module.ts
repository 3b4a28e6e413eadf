import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { OrganizationService } from './services/organization.service';
import { OrganizationSubjectNames } from './handlers/subject-names.handlers';

@Module({
  imports: [AuditModule, AuthModule],
  providers: [OrganizationSubjectNames, OrganizationService, OrganizationResolver],
  exports: [OrganizationService],
})
export class OrganizationsModule {}
