import { OrganizationKind, Role } from '@mengyuan/domain';
import { Args, Field, ID, InputType, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Authorize } from '../../../common/authorize.decorator';
import { assertId } from '../../../common/errors';
import { PageInput, pageComplexity, pageOf } from '../../../common/pagination';
import { AuditQueryService } from '../audit-query.service';
import { AuditService } from '../audit.service';
import { AuditChainVerificationDto, AuditEventDto, AuditEventPage } from '../dtos/audit-event.dto';

@InputType()
export class AuditEventFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) type?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() organizationId?: string | null;
}

@Authorize({ kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN, Role.AUDITOR] })
@Resolver()
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly query: AuditQueryService,
  ) {}

  @Query(() => AuditEventPage, { description: 'Alliance staff only: newest first', complexity: pageComplexity })
  async auditEvents(
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter?: AuditEventFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<AuditEventPage> {
    const organizationId = filter?.organizationId ? assertId(filter.organizationId, 'Organization') : null;
    const result = await this.query.list({ type: filter?.type ?? null, organizationId }, pageOf(page));
    const labels = await this.query.labels(result.items);
    return { items: result.items.map((e) => AuditEventDto.from(e, labels)), totalCount: result.totalCount };
  }

  @Query(() => AuditChainVerificationDto, { description: 'Alliance staff only: walks the whole chain' })
  verifyAuditChain(): Promise<AuditChainVerificationDto> {
    return this.audit.verify();
  }
}
