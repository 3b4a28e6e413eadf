import { ApiKeyScope, OrganizationKind, ReconciliationStatus, Role } from '@mengyuan/domain';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, UserActor } from '../../../common/actor';
import { Authorize, ClientIp, CurrentActor } from '../../../common/authorize.decorator';
import { assertId, validationFailed } from '../../../common/errors';
import { PageInput, pageComplexity, pageOf } from '../../../common/pagination';
import {
  BankAccountDto,
  PayableSummaryDto,
  PaymentChannelDto,
  PaymentChannelOptionDto,
  PaymentDto,
  PaymentNotifyDto,
  PaymentPage,
  PayoutStatementDto,
  ReconciliationLineDto,
  ReconciliationLinePage,
  ReconciliationRunDto,
  ReconciliationRunPage,
  SettlementPolicyDto,
  TopupRequestDto,
  TopupRequestPage,
  WithdrawalDto,
  WithdrawalPage,
} from '../dtos/payments.dto';
import {
  CreatePaymentInput,
  PaymentFilterInput,
  ReconciliationFilterInput,
  RequestTopupInput,
  RequestWithdrawalInput,
  SaveBankAccountInput,
  SavePaymentChannelInput,
  SetSettlementPolicyInput,
  TopupRequestFilterInput,
  WithdrawalFilterInput,
} from '../inputs/payments.inputs';
import { PaymentChannelService } from '../services/payment-channel.service';
import { PaymentService } from '../services/payment.service';
import { ReconciliationService } from '../services/reconciliation.service';
import { TopupRequestService } from '../services/topup-request.service';
import { WithdrawalService } from '../services/withdrawal.service';

const MEMBER_MONEY = { kinds: [OrganizationKind.MEMBER], roles: [Role.OWNER, Role.OPERATOR] };
const SUPPLIER_MONEY = { kinds: [OrganizationKind.SUPPLIER], roles: [Role.OWNER, Role.OPERATOR] };
const FINANCE_READ = { kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN, Role.AUDITOR] };
const FINANCE = { kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN] };
const MONEY_PEOPLE = { kinds: [OrganizationKind.MEMBER, OrganizationKind.SUPPLIER, OrganizationKind.ALLIANCE], roles: [Role.OWNER, Role.OPERATOR, Role.ADMIN, Role.AUDITOR], apiKeyScopes: [ApiKeyScope.WALLET_READ] };

/** Money in: bank-transfer top-up requests and the alliance's receiving accounts. */
@Resolver(() => TopupRequestDto)
export class TopupRequestResolver {
  constructor(private readonly topups: TopupRequestService) {}

  @Authorize({ kinds: [OrganizationKind.MEMBER, OrganizationKind.ALLIANCE], roles: [Role.OWNER, Role.OPERATOR, Role.ADMIN, Role.AUDITOR] })
  @Query(() => [BankAccountDto], { description: 'The alliance’s receiving accounts (members: the active ones)' })
  async bankAccounts(@CurrentActor() actor: Actor): Promise<BankAccountDto[]> {
    return (await this.topups.bankAccounts(actor.organizationKind !== OrganizationKind.ALLIANCE)).map(BankAccountDto.from);
  }

  @Authorize(FINANCE)
  @Mutation(() => BankAccountDto)
  async saveBankAccount(@CurrentActor() actor: UserActor, @Args('input') input: SaveBankAccountInput): Promise<BankAccountDto> {
    return BankAccountDto.from(await this.topups.saveBankAccount(actor, input));
  }

  @Authorize(MEMBER_MONEY)
  @Mutation(() => TopupRequestDto, { description: 'A member tells finance about its bank transfer; a reference used before is flagged' })
  async requestTopup(@CurrentActor() actor: UserActor, @Args('input') input: RequestTopupInput): Promise<TopupRequestDto> {
    return TopupRequestDto.from(await this.topups.request(actor, input));
  }

  @Authorize(MEMBER_MONEY)
  @Mutation(() => TopupRequestDto)
  async cancelTopupRequest(@CurrentActor() actor: UserActor, @Args('id', { type: () => ID }) id: string): Promise<TopupRequestDto> {
    return TopupRequestDto.from(await this.topups.cancel(actor, id));
  }

  @Authorize(FINANCE)
  @Mutation(() => TopupRequestDto, { description: 'Finance confirms the money arrived: the wallet is credited (a flagged duplicate needs acknowledgeDuplicate)' })
  async confirmTopupRequest(
    @CurrentActor() actor: UserActor,
    @Args('id', { type: () => ID }) id: string,
    @Args('acknowledgeDuplicate', { nullable: true }) acknowledgeDuplicate?: boolean,
  ): Promise<TopupRequestDto> {
    return TopupRequestDto.from(await this.topups.confirm(actor, id, { acknowledgeDuplicate }));
  }

  @Authorize(FINANCE)
  @Mutation(() => TopupRequestDto)
  async rejectTopupRequest(@CurrentActor() actor: UserActor, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string): Promise<TopupRequestDto> {
    return TopupRequestDto.from(await this.topups.reject(actor, id, reason));
  }

  @Authorize({ kinds: [OrganizationKind.MEMBER, OrganizationKind.ALLIANCE], roles: [Role.OWNER, Role.OPERATOR, Role.ADMIN, Role.AUDITOR], apiKeyScopes: [ApiKeyScope.WALLET_READ] })
  @Query(() => TopupRequestPage, { description: 'Top-up requests: a member’s own; alliance staff all (PENDING: the queue, oldest first)', complexity: pageComplexity })
  async topupRequests(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => TopupRequestFilterInput, nullable: true }) filter?: TopupRequestFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<TopupRequestPage> {
    const result = await this.topups.list(actor, filter ?? {}, pageOf(page));
    return { items: result.items.map(TopupRequestDto.from), totalCount: result.totalCount };
  }
}

/** Money in: online channels and their payments. */
@Resolver(() => PaymentDto)
export class PaymentResolver {
  constructor(
    private readonly channels: PaymentChannelService,
    private readonly paymentService: PaymentService,
  ) {}

  @Authorize(MEMBER_MONEY)
  @Query(() => [PaymentChannelOptionDto], { description: 'The online channels a member may pay through' })
  async paymentChannelOptions(): Promise<PaymentChannelOptionDto[]> {
    return (await this.channels.enabled()).map(PaymentChannelOptionDto.from);
  }

  @Authorize(FINANCE_READ)
  @Query(() => [PaymentChannelDto], { description: 'Every channel’s settings (never its keys)' })
  async paymentChannels(): Promise<PaymentChannelDto[]> {
    return (await this.channels.list()).map((c) => PaymentChannelDto.from(c, this.channels.secretNames(c), this.channels.notifyUrl(c.id)));
  }

  @Authorize(FINANCE)
  @Mutation(() => PaymentChannelDto, { description: 'Adds or edits a channel; keys are encrypted at rest and never read back' })
  async savePaymentChannel(@CurrentActor() actor: UserActor, @Args('input') input: SavePaymentChannelInput): Promise<PaymentChannelDto> {
    const c = await this.channels.save(actor, input);
    return PaymentChannelDto.from(c, this.channels.secretNames(c), this.channels.notifyUrl(c.id));
  }

  @Authorize(MEMBER_MONEY)
  @Mutation(() => PaymentDto, { description: 'Starts a payment into the wallet: a QR code or a gateway page; the wallet is credited on the gateway’s verified notify' })
  async createPayment(@CurrentActor() actor: UserActor, @ClientIp() ip: string, @Args('input') input: CreatePaymentInput): Promise<PaymentDto> {
    return PaymentDto.from(await this.paymentService.create(actor, input, ip));
  }

  @Authorize({ kinds: [OrganizationKind.MEMBER, OrganizationKind.ALLIANCE], roles: [Role.OWNER, Role.OPERATOR, Role.ADMIN, Role.AUDITOR], apiKeyScopes: [ApiKeyScope.WALLET_READ] })
  @Query(() => PaymentDto)
  async payment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<PaymentDto> {
    return PaymentDto.from(await this.paymentService.get(actor, id));
  }

  @Authorize({ kinds: [OrganizationKind.MEMBER, OrganizationKind.ALLIANCE], roles: [Role.OWNER, Role.OPERATOR, Role.ADMIN, Role.AUDITOR], apiKeyScopes: [ApiKeyScope.WALLET_READ] })
  @Query(() => PaymentPage, { description: 'Online payments: a member’s own; alliance staff all', complexity: pageComplexity })
  async payments(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => PaymentFilterInput, nullable: true }) filter?: PaymentFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<PaymentPage> {
    const result = await this.paymentService.list(actor, filter ?? {}, pageOf(page));
    return { items: result.items.map(PaymentDto.from), totalCount: result.totalCount };
  }

  @ResolveField(() => [PaymentNotifyDto], { description: 'The notifies received for it and what became of each' })
  async notifies(@Parent() p: PaymentDto): Promise<PaymentNotifyDto[]> {
    return (await this.paymentService.notifies(p.id)).map(PaymentNotifyDto.from);
  }
}

/** Money out: settlement policies, withdrawals and their payout statements. */
@Resolver(() => WithdrawalDto)
export class WithdrawalResolver {
  constructor(private readonly withdrawalService: WithdrawalService) {}

  @Authorize({ ...MONEY_PEOPLE, kinds: [OrganizationKind.SUPPLIER, OrganizationKind.ALLIANCE] })
  @Query(() => PayableSummaryDto, { description: 'What a supplier is owed and may withdraw (its own; alliance staff name the supplier)' })
  async payableSummary(@CurrentActor() actor: Actor, @Args('supplierId', { type: () => ID, nullable: true }) supplierId?: string): Promise<PayableSummaryDto> {
    if (actor.organizationKind === OrganizationKind.ALLIANCE && !supplierId) throw validationFailed({ supplierId: ['name the supplier'] });
    const id = actor.organizationKind === OrganizationKind.ALLIANCE ? assertId(supplierId!, 'Organization') : actor.organizationId;
    return PayableSummaryDto.from(await this.withdrawalService.summary(id));
  }

  @Authorize({ ...MONEY_PEOPLE, kinds: [OrganizationKind.SUPPLIER, OrganizationKind.ALLIANCE] })
  @Query(() => SettlementPolicyDto, { description: 'The settlement cycle and withdrawal fee: a supplier’s own, or the alliance’s default (no supplierId)' })
  async settlementPolicy(@CurrentActor() actor: Actor, @Args('supplierId', { type: () => ID, nullable: true }) supplierId?: string): Promise<SettlementPolicyDto> {
    const id = actor.organizationKind === OrganizationKind.ALLIANCE ? (supplierId ?? null) : actor.organizationId;
    const p = await this.withdrawalService.policy(id);
    return Object.assign(new SettlementPolicyDto(), { cycle: p.cycle, withdrawalFeeRateBp: p.withdrawalFeeRateBp, withdrawalFeeFixed: p.withdrawalFeeFixed.toString(), own: p.own });
  }

  @Authorize(FINANCE)
  @Mutation(() => SettlementPolicyDto)
  async setSettlementPolicy(@CurrentActor() actor: UserActor, @Args('input') input: SetSettlementPolicyInput): Promise<SettlementPolicyDto> {
    await this.withdrawalService.setPolicy(actor, input);
    const p = await this.withdrawalService.policy(input.organizationId ?? null);
    return Object.assign(new SettlementPolicyDto(), { cycle: p.cycle, withdrawalFeeRateBp: p.withdrawalFeeRateBp, withdrawalFeeFixed: p.withdrawalFeeFixed.toString(), own: p.own });
  }

  @Authorize(SUPPLIER_MONEY)
  @Mutation(() => WithdrawalDto, { description: 'A supplier asks to be paid; more than the available payable is WITHDRAWAL_EXCEEDS_AVAILABLE' })
  async requestWithdrawal(@CurrentActor() actor: UserActor, @Args('input') input: RequestWithdrawalInput): Promise<WithdrawalDto> {
    return WithdrawalDto.from(await this.withdrawalService.request(actor, input));
  }

  @Authorize(SUPPLIER_MONEY)
  @Mutation(() => WithdrawalDto)
  async cancelWithdrawal(@CurrentActor() actor: UserActor, @Args('id', { type: () => ID }) id: string): Promise<WithdrawalDto> {
    return WithdrawalDto.from(await this.withdrawalService.cancel(actor, id));
  }

  @Authorize(FINANCE)
  @Mutation(() => WithdrawalDto, { description: 'Finance paid the supplier: the bank transfer’s reference' })
  async payWithdrawal(@CurrentActor() actor: UserActor, @Args('id', { type: () => ID }) id: string, @Args('transferReference') transferReference: string): Promise<WithdrawalDto> {
    return WithdrawalDto.from(await this.withdrawalService.pay(actor, id, transferReference));
  }

  @Authorize(FINANCE)
  @Mutation(() => WithdrawalDto)
  async rejectWithdrawal(@CurrentActor() actor: UserActor, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string): Promise<WithdrawalDto> {
    return WithdrawalDto.from(await this.withdrawalService.reject(actor, id, reason));
  }

  @Authorize({ ...MONEY_PEOPLE, kinds: [OrganizationKind.SUPPLIER, OrganizationKind.ALLIANCE] })
  @Query(() => WithdrawalPage, { description: 'Withdrawals: a supplier’s own; alliance staff all (REQUESTED: the queue, oldest first)', complexity: pageComplexity })
  async withdrawals(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => WithdrawalFilterInput, nullable: true }) filter?: WithdrawalFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<WithdrawalPage> {
    const result = await this.withdrawalService.list(actor, filter ?? {}, pageOf(page));
    return { items: result.items.map(WithdrawalDto.from), totalCount: result.totalCount };
  }

  @Authorize({ ...MONEY_PEOPLE, kinds: [OrganizationKind.SUPPLIER, OrganizationKind.ALLIANCE] })
  @Query(() => PayoutStatementDto, { description: 'Every payable line behind a withdrawal, summing to it to the fen' })
  async payoutStatement(@CurrentActor() actor: Actor, @Args('withdrawalId', { type: () => ID }) withdrawalId: string): Promise<PayoutStatementDto> {
    return PayoutStatementDto.from(await this.withdrawalService.payoutStatement(actor, withdrawalId));
  }
}

/** The daily reconciliation of every channel's statement with the ledger. */
@Authorize(FINANCE_READ)
@Resolver(() => ReconciliationRunDto)
export class ReconciliationResolver {
  constructor(private readonly reconciliation: ReconciliationService) {}

  @Query(() => ReconciliationRunPage, { description: 'Reconciliation runs, newest day first', complexity: pageComplexity })
  async reconciliationRuns(
    @Args('filter', { type: () => ReconciliationFilterInput, nullable: true }) filter?: ReconciliationFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<ReconciliationRunPage> {
    const result = await this.reconciliation.list(filter ?? {}, pageOf(page));
    return { items: result.items.map(ReconciliationRunDto.from), totalCount: result.totalCount };
  }

  @Authorize(FINANCE)
  @Mutation(() => ReconciliationRunDto, { description: 'Reconciles a channel’s day now (the job does yesterday’s every morning); runs again replace the day’s lines' })
  async runReconciliation(@Args('channelId', { type: () => ID }) channelId: string, @Args('day') day: string): Promise<ReconciliationRunDto> {
    return ReconciliationRunDto.from(await this.reconciliation.run(channelId, day));
  }

  @ResolveField(() => ReconciliationLinePage, { complexity: pageComplexity })
  async lines(
    @Parent() run: ReconciliationRunDto,
    @Args('status', { type: () => ReconciliationStatus, nullable: true }) status?: ReconciliationStatus,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<ReconciliationLinePage> {
    const result = await this.reconciliation.lines(run.id, status ?? null, pageOf(page));
    return { items: result.items.map(ReconciliationLineDto.from), totalCount: result.totalCount };
  }
}
