import { ApiKeyScope, OrganizationKind, Role } from '@mengyuan/domain';
import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { PageInput, pageComplexity, pageOf } from '../../../common/pagination';
import { LedgerEntryDto, LedgerEntryPage, MonthlyStatementDto, StatementAccountDto } from '../dtos/ledger.dto';
import { LedgerSearchInput } from '../inputs/ledger-search.input';
import { LedgerService } from '../services/ledger.service';

/** Who reads money: owners and operators of members and suppliers, alliance staff, keys with WALLET_READ. */
export const MONEY_READERS = {
  kinds: [OrganizationKind.MEMBER, OrganizationKind.SUPPLIER, OrganizationKind.ALLIANCE],
  roles: [Role.OWNER, Role.OPERATOR, Role.ADMIN, Role.AUDITOR],
  apiKeyScopes: [ApiKeyScope.WALLET_READ],
};

@Resolver(() => StatementAccountDto)
export class LedgerResolver {
  constructor(private readonly ledger: LedgerService) {}

  @Authorize(MONEY_READERS)
  @Query(() => LedgerEntryPage, { description: 'Ledger entries of the caller’s accounts (alliance staff: all), newest first', complexity: pageComplexity })
  async ledgerEntries(
    @CurrentActor() actor: Actor,
    @Args('search', { type: () => LedgerSearchInput, nullable: true }) search?: LedgerSearchInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<LedgerEntryPage> {
    const result = await this.ledger.search(actor, search ?? {}, pageOf(page));
    return { items: result.items.map(LedgerEntryDto.from), totalCount: result.totalCount };
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
