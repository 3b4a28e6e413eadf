import { DocumentType, OrganizationKind, Role } from '@mengyuan/domain';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, UserActor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { OrganizationDto } from '../../organizations/dtos/organization.dto';
import { OrganizationService } from '../../organizations/services/organization.service';
import { BrandDto, QualificationDocumentDto, ReviewQueueDto } from '../dtos/qualification.dto';
import { DecideOrganizationInput, ReviewDocumentInput, SubmitDocumentInput, UpdateOrganizationProfileInput } from '../inputs/qualification.inputs';
import { OnboardingService } from '../services/onboarding.service';
import { QualificationService } from '../services/qualification.service';

const ALLIANCE_STAFF = { kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN, Role.AUDITOR] };
const APPLICANT = { kinds: [OrganizationKind.SUPPLIER, OrganizationKind.MEMBER], roles: [Role.OWNER, Role.OPERATOR] };

@Resolver(() => QualificationDocumentDto)
export class QualificationResolver {
  constructor(
    private readonly qualifications: QualificationService,
    private readonly onboarding: OnboardingService,
    private readonly organizations: OrganizationService,
  ) {}

  private dto = (e: Parameters<typeof QualificationDocumentDto.from>[0]) => QualificationDocumentDto.from(e, this.qualifications.expiresInDays(e));

  @Authorize({})
  @Query(() => [BrandDto])
  async brands(): Promise<BrandDto[]> {
    return (await this.qualifications.listBrands()).map(BrandDto.from);
  }

  @Authorize({ kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN] })
  @Mutation(() => BrandDto)
  async createBrand(@CurrentActor() actor: UserActor, @Args('name') name: string): Promise<BrandDto> {
    return BrandDto.from(await this.qualifications.createBrand(actor, name));
  }

  @Authorize({})
  @Query(() => [QualificationDocumentDto], { description: 'The caller’s organisation’s documents, or any organisation’s for alliance staff' })
  async documents(
    @CurrentActor() actor: Actor,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string,
    @Args('includeSuperseded', { type: () => Boolean, defaultValue: false }) includeSuperseded = false,
  ): Promise<QualificationDocumentDto[]> {
    return (await this.qualifications.list(actor, organizationId, includeSuperseded)).map(this.dto);
  }

  @Authorize(APPLICANT)
  @Mutation(() => QualificationDocumentDto)
  async submitDocument(@CurrentActor() actor: UserActor, @Args('input') input: SubmitDocumentInput): Promise<QualificationDocumentDto> {
    return this.dto(await this.qualifications.submit(actor, input));
  }

  @Authorize(APPLICANT)
  @Mutation(() => OrganizationDto, { description: 'Company details, while the application is APPLIED' })
  async updateOrganizationProfile(@CurrentActor() actor: UserActor, @Args('input') input: UpdateOrganizationProfileInput): Promise<OrganizationDto> {
    return OrganizationDto.from(await this.onboarding.updateProfile(actor, input));
  }

  @Authorize(APPLICANT)
  @Mutation(() => OrganizationDto, { description: 'APPLIED → UNDER_REVIEW; MISSING_DOCUMENTS lists what is still needed' })
  async submitForReview(@CurrentActor() actor: UserActor): Promise<OrganizationDto> {
    return OrganizationDto.from(await this.onboarding.submitForReview(actor));
  }

  @Authorize(ALLIANCE_STAFF)
  @Query(() => ReviewQueueDto)
  async reviewQueue(): Promise<ReviewQueueDto> {
    const [organizations, documents] = await Promise.all([this.organizations.underReview(), this.qualifications.pendingQueue()]);
    return { organizations: organizations.map(OrganizationDto.from), documents: documents.map(this.dto) };
  }

  @Authorize(ALLIANCE_STAFF)
  @Mutation(() => QualificationDocumentDto)
  async reviewDocument(@CurrentActor() actor: UserActor, @Args('input') input: ReviewDocumentInput): Promise<QualificationDocumentDto> {
    return this.dto(await this.qualifications.review(actor, input));
  }

  @Authorize(ALLIANCE_STAFF)
  @Mutation(() => OrganizationDto, { description: 'APPROVE, REJECT (auditors and admins); PASS_PROBATION, SUSPEND, REINSTATE, TERMINATE (admins)' })
  async decideOrganization(@CurrentActor() actor: UserActor, @Args('input') input: DecideOrganizationInput): Promise<OrganizationDto> {
    return OrganizationDto.from(await this.onboarding.decide(actor, input));
  }
}

/** Compliance facts on every Organization, computed from its documents. */
@Resolver(() => OrganizationDto)
export class OrganizationComplianceResolver {
  constructor(private readonly qualifications: QualificationService) {}

  @ResolveField(() => Boolean, { description: 'Members: the legal representative’s ID is approved and unexpired' })
  realNameVerified(@Parent() org: OrganizationDto): Promise<boolean> {
    return this.qualifications.realNameVerified(org.id);
  }

  @ResolveField(() => [DocumentType], { description: 'Required documents not yet submitted (pending or approved, unexpired)' })
  missingDocuments(@Parent() org: OrganizationDto): Promise<DocumentType[]> {
    return this.qualifications.missing(org as never, false);
  }

  @ResolveField(() => [DocumentType], { description: 'Required documents not yet approved and unexpired: approving the organisation waits for these (pending ones need their review first)' })
  unapprovedDocuments(@Parent() org: OrganizationDto): Promise<DocumentType[]> {
    return this.qualifications.missing(org as never, true);
  }
}
