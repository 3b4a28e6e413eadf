import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { OrganizationService } from './services/organization.service';

@Module({
  imports: [AuditModule, AuthModule],
  providers: [OrganizationService, OrganizationResolver],
  exports: [OrganizationService],
})
export class OrganizationsModule {}
