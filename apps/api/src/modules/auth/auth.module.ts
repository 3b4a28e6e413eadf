import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module';
import { JobsModule } from '../jobs/jobs.module';
import { AuthGuard } from './auth.guard';
import { AuthJobs } from './auth.jobs';
import { ApiKeyResolver } from './resolvers/api-key.resolver';
import { AuthResolver } from './resolvers/auth.resolver';
import { TeamResolver } from './resolvers/team.resolver';
import { TeamService } from './services/team.service';
import { ActorService } from './services/actor.service';
import { ApiKeyService } from './services/api-key.service';
import { AuthService } from './services/auth.service';
import { PasswordService } from './services/password.service';
import { SessionService } from './services/session.service';
import { TokenService } from './services/token.service';
import { UserQueryService } from './services/user-query.service';
import { UserService } from './services/user.service';
import { CredentialCache } from './services/credential-cache.service';
import { UserSubjectNames } from './handlers/subject-names.handlers';

@Module({
  imports: [AuditModule, JobsModule],
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
    TeamService,
    TeamResolver,
    ApiKeyResolver,
    AuthJobs,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [PasswordService, SessionService, ActorService, UserService, CredentialCache, TeamService, UserQueryService],
})
export class AuthModule {}
