import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module';
import { JobsModule } from '../jobs/jobs.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AuthGuard } from './auth.guard';
import { AuthJobs } from './auth.jobs';
import { ApiKeyResolver } from './resolvers/api-key.resolver';
import { AuthResolver } from './resolvers/auth.resolver';
import { RegistrationResolver } from './resolvers/registration.resolver';
import { TeamResolver } from './resolvers/team.resolver';
import { TeamService } from './services/team.service';
import { ActorService } from './services/actor.service';
import { ApiKeyService } from './services/api-key.service';
import { AuthService } from './services/auth.service';
import { PasswordService } from './services/password.service';
import { RegistrationService } from './services/registration.service';
import { SessionService } from './services/session.service';
import { TokenService } from './services/token.service';
import { UserQueryService } from './services/user-query.service';
import { UserService } from './services/user.service';
import { CredentialCache } from './services/credential-cache.service';
import { UserSubjectNames } from './handlers/subject-names.handlers';
import { AccountResolver } from './resolvers/account.resolver';
import { AccountService } from './services/account.service';
import { DeviceService } from './services/device.service';
import { TwoFactorService } from './services/two-factor.service';
import { RecipientService } from './services/recipient.service';

@Module({
  imports: [AuditModule, JobsModule, OrganizationsModule],
  providers: [UserSubjectNames, 
    TokenService,
    PasswordService,
    SessionService,
    AuthService,
    ApiKeyService,
    ActorService,
    UserQueryService,
    UserService,
    CredentialCache,
    AuthResolver,
    RegistrationService,
    RegistrationResolver,
    TeamService,
    TeamResolver,
    ApiKeyResolver,
    AuthJobs,
    TwoFactorService,
    DeviceService,
    AccountService,
    AccountResolver,
    RecipientService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [ApiKeyService, PasswordService, SessionService, ActorService, UserService, CredentialCache, TeamService, UserQueryService, TwoFactorService, RecipientService],
})
export class AuthModule {}
