import { ApiKeyScope, OrganizationKind, Role } from '@mengyuan/domain';
import { Args, Field, GraphQLISODateTime, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { PageInput, pageComplexity, pageOf } from '../../../common/pagination';
import { LedgerEntryDto, LedgerEntryPage, MonthlyStatementDto, StatementAccountDto, SupplierHoldbackDto } from '../dtos/ledger.dto';
import { LedgerSearchInput } from '../inputs/ledger-search.input';
import { LedgerCheckService } from '../services/ledger-check.service';
import { LedgerService } from '../services/ledger.service';

/** Who reads money: owners and operators of members and suppliers, alliance staff, keys with WALLET_READ. */
export const MONEY_READERS = {
  kinds: [OrganizationKind.MEMBER, OrganizationKind.SUPPLIER, OrganizationKind.ALLIANCE],
  roles: [Role.OWNER, Role.OPERATOR, Role.ADMIN, Role.AUDITOR],
  apiKeyScopes: [ApiKeyScope.WALLET_READ],
};

@ObjectType('LedgerCheckpoint', { description: 'The ledger as it stood after an entry: digests of its entries and balances, signed by the alliance' })
export class LedgerCheckpointDto {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'Every entry up to this id is covered' }) throughEntryId: string;
  @Field(() => Int, { description: 'Entries since the checkpoint before' }) entryCount: number;
  @Field() digest: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@Resolver(() => StatementAccountDto)
export class LedgerResolver {
  constructor(
    private readonly ledger: LedgerService,
    private readonly checks: LedgerCheckService,
  ) {}

  @Authorize({ kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN] })
  @Mutation(() => LedgerCheckpointDto, { nullable: true, description: 'Admins: signs a checkpoint of every balance now (a job does it hourly); null when the last checkpoint does not hold' })
  async createLedgerCheckpoint(): Promise<LedgerCheckpointDto | null> {
    const c = await this.checks.checkpoint();
    return c && { id: c.id, throughEntryId: c.throughEntryId, entryCount: Number(c.entryCount), digest: c.digest, createdAt: c.createdAt };
  }

  @Authorize(MONEY_READERS)
  @Query(() => LedgerEntryPage, { description: 'Ledger entries of the caller’s accounts (alliance staff: all), newest first', complexity: pageComplexity })
  async ledgerEntries(
    @CurrentActor() actor: Actor,
    @Args('search', { type: () => LedgerSearchInput, nullable: true }) search?: LedgerSearchInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<LedgerEntryPage> {
    const result = await this.ledger.search(actor, search ?? {}, pageOf(page));
    return { items: result.items.map(LedgerEntryDto.from), totalCount: result.totalCount, totalCountCapped: result.totalCountCapped ?? false };
  }

  @Authorize(MONEY_READERS)
  @Query(() => SupplierHoldbackDto, { nullable: true, description: 'An eliminated supplier’s holdback (the caller’s own; alliance staff: any supplier’s, organizationId); null when it has none' })
  async supplierHoldback(@CurrentActor() actor: Actor, @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string): Promise<SupplierHoldbackDto | null> {
    const h = await this.ledger.holdbackFor(actor, organizationId);
    return h && SupplierHoldbackDto.from(h);
  }

  @Authorize(MONEY_READERS)
  @Query(() => MonthlyStatementDto, { description: 'The monthly statement (对账单) of the caller’s organisation, or of any member or supplier for alliance staff (organizationId). month: YYYY-MM' })
  async monthlyStatement(
    @CurrentActor() actor: Actor,
    @Args('month') month: string,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string,
  ): Promise<MonthlyStatementDto> {
    return MonthlyStatementDto.from(await this.ledger.statementFor(actor, month, organizationId));
  }

  @ResolveField(() => [LedgerEntryDto], { description: 'The month’s movements, oldest first', complexity: pageComplexity })
  async lines(@Parent() account: StatementAccountDto, @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput): Promise<LedgerEntryDto[]> {
    return (await this.ledger.statementLines(account.accountId, account.start, account.end, pageOf(page))).map(LedgerEntryDto.from);
  }
}
