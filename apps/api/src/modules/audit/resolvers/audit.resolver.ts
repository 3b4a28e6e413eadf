import { OrganizationKind, Role } from '@mengyuan/domain';
import { Args, Field, ID, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Authorize, Public } from '../../../common/authorize.decorator';
import { AllianceSigner } from '../../../common/crypto/alliance-signer';
import { instantsOf } from '../../../common/date-range';
import { assertId } from '../../../common/errors';
import { PageInput, pageComplexity, pageOf } from '../../../common/pagination';
import { AuditCheckpointService } from '../audit-checkpoint.service';
import { AuditQueryService } from '../audit-query.service';
import { AuditChainVerificationDto, AuditCheckpointDto, AuditCheckpointPage, AuditCheckpointResultDto, AuditEventDto, AuditEventPage, AuditLogKeyDto } from '../dtos/audit-event.dto';

@InputType()
export class AuditEventFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) type?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() organizationId?: string | null;
  @Field(() => String, { nullable: true, description: 'Who acted: part of the e-mail address' }) @IsOptional() @IsString() @MaxLength(200) actor?: string | null;
  @Field(() => String, { nullable: true, description: 'The kind of subject (organization, order, ticket…)' }) @IsOptional() @IsString() @MaxLength(50) subjectType?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() subjectId?: string | null;
  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD (Asia/Shanghai)' }) @IsOptional() @IsString() from?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day, inclusive' }) @IsOptional() @IsString() to?: string | null;
}

const STAFF = { kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN, Role.AUDITOR] };

@Resolver()
export class AuditResolver {
  constructor(
    private readonly checkpoints: AuditCheckpointService,
    private readonly query: AuditQueryService,
    private readonly signer: AllianceSigner,
  ) {}

  @Authorize(STAFF)
  @Query(() => AuditEventPage, { description: 'Alliance staff only: newest first', complexity: pageComplexity })
  async auditEvents(
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter?: AuditEventFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<AuditEventPage> {
    const organizationId = filter?.organizationId ? assertId(filter.organizationId, 'Organization') : null;
    const subjectId = filter?.subjectId ? assertId(filter.subjectId, 'Subject') : null;
    const { start, end } = instantsOf(filter);
    const result = await this.query.list(
      { type: filter?.type ?? null, organizationId, actor: filter?.actor?.trim() || null, subjectType: filter?.subjectType ?? null, subjectId, start, end },
      pageOf(page),
    );
    const labels = await this.query.labels(result.items);
    return { items: result.items.map((e) => AuditEventDto.from(e, labels)), totalCount: result.totalCount };
  }

  @Authorize(STAFF)
  @Query(() => AuditChainVerificationDto, { description: 'Alliance staff only: walks the chain from the last signed checkpoint onward (that checkpoint checked first), or whole with every checkpoint (full)' })
  verifyAuditChain(@Args('full', { type: () => Boolean, nullable: true, defaultValue: false }) full: boolean): Promise<AuditChainVerificationDto> {
    return this.checkpoints.verify({ full });
  }

  @Authorize(STAFF)
  @Query(() => AuditCheckpointPage, { description: 'Alliance staff only: the signed checkpoints, newest first', complexity: pageComplexity })
  async auditCheckpoints(@Args('page', { type: () => PageInput, nullable: true }) page?: PageInput): Promise<AuditCheckpointPage> {
    const r = await this.checkpoints.list(pageOf(page));
    return { items: r.items.map(AuditCheckpointDto.from), totalCount: r.totalCount };
  }

  @Authorize({ kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN] })
  @Mutation(() => AuditCheckpointResultDto, { description: 'Admins: verifies the events since the last checkpoint and signs a new one now (a job does it every AUDIT_CHECKPOINT_MINUTES)' })
  async createAuditCheckpoint(): Promise<AuditCheckpointResultDto> {
    const r = await this.checkpoints.checkpoint();
    return { checkpoint: r.checkpoint && AuditCheckpointDto.from(r.checkpoint), refusedBecause: r.check };
  }

  @Query(() => AuditCheckpointDto, { nullable: true, description: 'The newest signed checkpoint of the audit log, for anyone signed in to check against and keep' })
  async latestAuditCheckpoint(): Promise<AuditCheckpointDto | null> {
    const c = await this.checkpoints.latest();
    return c && AuditCheckpointDto.from(c);
  }

  @Public()
  @Query(() => AuditLogKeyDto, { description: 'The alliance’s Ed25519 public key that signs the audit log’s checkpoints (published: pin it)' })
  auditLogKey(): AuditLogKeyDto {
    return { origin: this.signer.name, algorithm: 'Ed25519', publicKey: this.signer.publicKey.toString('base64'), verifierKey: this.signer.verifierKey };
  }
}
