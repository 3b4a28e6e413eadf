import { ApiKeyScope, LedgerAccountKind, OrderStatus, OrganizationKind, ReviewDecision, Role } from '@mengyuan/domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, UserActor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { forbidden } from '../../../common/errors';
import { PageInput, pageComplexity, pageOf } from '../../../common/pagination';
import { MoneyScalar } from '../../../common/money.scalar';
import { LedgerCheckService } from '../../ledger/services/ledger-check.service';
import { LedgerService } from '../../ledger/services/ledger.service';
import { DeliveredCodeDto, LedgerCheckDto, OrderAttemptDto, OrderDto, OrderPage, OrderSupplierDto, OrderTopupProgressDto, SaleDto, SalePage, WalletDto } from '../dtos/order.dto';
import { OrderSearchInput, SaleSearchInput } from '../inputs/order-search.input';
import { PlaceOrderInput } from '../inputs/place-order.input';
import { OrderSearchService } from '../services/order-search.service';
import { OrderService } from '../services/order.service';
import { TopupService } from '../services/topup.service';

const MEMBER = { kinds: [OrganizationKind.MEMBER], roles: [Role.OWNER, Role.OPERATOR] };
const ADMIN = { kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN] };
const ALLIANCE_STAFF = { kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN, Role.AUDITOR] };

@Resolver(() => OrderDto)
export class OrderResolver {
  constructor(
    private readonly service: OrderService,
    private readonly search: OrderSearchService,
    private readonly topups: TopupService,
    private readonly ledger: LedgerService,
    private readonly ledgerChecks: LedgerCheckService,
  ) {}

  @Authorize({ ...MEMBER, apiKeyScopes: [ApiKeyScope.ORDERS_WRITE] })
  @Mutation(() => OrderDto, {
    description:
      'Buys at the unified price. Card codes come in this answer; a direct top-up (rechargeAccount required) answers PROCESSING and is delivered when its supplier completes it (order.delivered webhook). Errors: SOLD_OUT, INSUFFICIENT_BALANCE, TOPUP_FAILED (extensions.orderId names the saved failed order, nothing charged), RISK_REVIEW (held for an admin, amount reserved), IDEMPOTENCY_CONFLICT, SKU_UNAVAILABLE, QUANTITY_OUT_OF_RANGE, REAL_NAME_REQUIRED, RATE_LIMITED (accepted orders a minute)',
  })
  async placeOrder(
    @CurrentActor() actor: Actor,
    @Args('input') input: PlaceOrderInput,
    @Context() ctx: { req: { headers: Record<string, string | string[] | undefined> } },
  ): Promise<OrderDto> {
    const device = ctx.req.headers['x-device-fingerprint'];
    const result = await this.service.place(actor, input, (Array.isArray(device) ? device[0] : device)?.slice(0, 128) ?? null);
    if (result.failure) throw result.failure;
    return OrderDto.from(result.order, result.codes);
  }

  @Authorize({ ...MEMBER, apiKeyScopes: [ApiKeyScope.ORDERS_READ, ApiKeyScope.ORDERS_WRITE] })
  @Mutation(() => [DeliveredCodeDto], { description: 'Shows a delivered card order’s codes again to its buyer; recorded in the audit chain. Direct top-ups have no codes (INVALID_TRANSITION)' })
  async revealOrderCodes(@CurrentActor() actor: Actor, @Args('orderId', { type: () => ID }) orderId: string): Promise<DeliveredCodeDto[]> {
    return (await this.service.reveal(actor, orderId)).map(DeliveredCodeDto.from);
  }

  @Authorize({ kinds: [OrganizationKind.MEMBER, OrganizationKind.ALLIANCE], apiKeyScopes: [ApiKeyScope.ORDERS_READ, ApiKeyScope.ORDERS_WRITE] })
  @Query(() => OrderPage, { description: 'The member’s orders, or all for alliance staff; newest first. `search` finds them by number, SKU, supplier, status and days', complexity: pageComplexity })
  async orders(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => OrderStatus, nullable: true }) status?: OrderStatus,
    @Args('memberId', { type: () => ID, nullable: true }) memberId?: string,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
    @Args('search', { type: () => OrderSearchInput, nullable: true }) search?: OrderSearchInput,
  ): Promise<OrderPage> {
    const result = await this.search.search(actor, { ...search, status: search?.status ?? status, memberId: search?.memberId ?? memberId }, pageOf(page));
    return { items: result.items.map((o) => OrderDto.from(o)), totalCount: result.totalCount, totalCountCapped: result.totalCountCapped ?? false };
  }

  @Authorize({ kinds: [OrganizationKind.MEMBER, OrganizationKind.ALLIANCE], apiKeyScopes: [ApiKeyScope.ORDERS_READ, ApiKeyScope.ORDERS_WRITE] })
  @Query(() => [OrderSupplierDto], { description: 'The suppliers that delivered the member’s orders (alliance staff: every supplier with a sale), by name: the choices of the orders search’s supplierId' })
  orderSuppliers(@CurrentActor() actor: Actor): Promise<OrderSupplierDto[]> {
    return this.search.suppliersOf(actor);
  }

  @Authorize({ kinds: [OrganizationKind.MEMBER, OrganizationKind.ALLIANCE], apiKeyScopes: [ApiKeyScope.ORDERS_READ, ApiKeyScope.ORDERS_WRITE] })
  @Query(() => OrderDto)
  async order(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<OrderDto> {
    return OrderDto.from(await this.service.get(actor, id));
  }

  @ResolveField(() => [OrderAttemptDto], { description: 'Every offer routing tried (alliance staff; empty for others)' })
  async attempts(@Parent() order: OrderDto, @CurrentActor() actor: Actor): Promise<OrderAttemptDto[]> {
    if (actor.organizationKind !== OrganizationKind.ALLIANCE) return [];
    return (await this.service.attempts(order.id)).map((a) => ({ offerId: a.offerId, outcome: a.outcome, position: a.position, reason: a.reason, at: a.at }));
  }

  @ResolveField(() => [OrderTopupProgressDto], { description: 'A direct top-up’s way through the suppliers’ queues (empty for card orders)' })
  async topupProgress(@Parent() order: OrderDto): Promise<OrderTopupProgressDto[]> {
    if (!order.rechargeAccount) return [];
    return (await this.topups.ofOrder(order.id)).map(({ status, createdAt, deadlineAt, claimedAt, finishedAt, reference, failureReason }) => ({
      status, createdAt, deadlineAt, claimedAt, finishedAt, reference, failureReason,
    }));
  }

  @Authorize({ kinds: [OrganizationKind.MEMBER, OrganizationKind.SUPPLIER], roles: [Role.OWNER, Role.OPERATOR], apiKeyScopes: [ApiKeyScope.WALLET_READ] })
  @Query(() => WalletDto, { description: 'A member’s wallet, or a supplier’s payable (what the alliance owes it). API keys need the WALLET_READ scope', complexity: pageComplexity })
  async wallet(@CurrentActor() actor: Actor, @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput): Promise<WalletDto> {
    const kind = actor.organizationKind === OrganizationKind.MEMBER ? LedgerAccountKind.MEMBER_WALLET : LedgerAccountKind.SUPPLIER_PAYABLE;
    const s = await this.ledger.statement(kind, actor.organizationId, pageOf(page));
    return { balance: s.balance, statement: s.items, statementCount: s.totalCount };
  }

  @Authorize({ kinds: [OrganizationKind.SUPPLIER], roles: [Role.OWNER, Role.OPERATOR], apiKeyScopes: [ApiKeyScope.ORDERS_READ] })
  @Query(() => SalePage, { description: 'The supplier’s delivered order lines, newest first; `search` finds them by order number, SKU, status and days', complexity: pageComplexity })
  async sales(
    @CurrentActor() actor: Actor,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
    @Args('search', { type: () => SaleSearchInput, nullable: true }) search?: SaleSearchInput,
  ): Promise<SalePage> {
    const result = await this.search.searchSales(actor.organizationId, search ?? {}, pageOf(page));
    return { items: result.items.map(SaleDto.from), totalCount: result.totalCount, totalCountCapped: result.totalCountCapped ?? false };
  }

  @Authorize(ADMIN)
  @Mutation(() => ID, { description: 'Records a member’s offline bank transfer; returns the ledger transaction' })
  depositToWallet(
    @CurrentActor() actor: UserActor,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('amount', { type: () => MoneyScalar }) amount: string,
    @Args('reference') reference: string,
  ): Promise<string> {
    return this.ledger.deposit(actor, organizationId, amount, reference);
  }

  @Authorize(ADMIN)
  @Mutation(() => ID, { description: 'Records a payout to a supplier against what it is owed' })
  recordSupplierPayout(
    @CurrentActor() actor: UserActor,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('amount', { type: () => MoneyScalar }) amount: string,
    @Args('reference') reference: string,
  ): Promise<string> {
    return this.ledger.payout(actor, organizationId, amount, reference);
  }

  @Authorize(ADMIN)
  @Mutation(() => OrderDto, { description: 'Decides an order held for risk review: APPROVE delivers it from the reserved amount, REJECT gives the amount back' })
  async reviewHeldOrder(
    @CurrentActor() actor: UserActor,
    @Args('orderId', { type: () => ID }) orderId: string,
    @Args('decision', { type: () => ReviewDecision }) decision: ReviewDecision,
    @Args('note') note: string,
  ): Promise<OrderDto> {
    return OrderDto.from(await this.service.reviewHeld(actor, orderId, decision === ReviewDecision.APPROVE, note));
  }

  @Authorize(ALLIANCE_STAFF)
  @Query(() => LedgerCheckDto, {
    description:
      'From the last signed balance checkpoint onward (that checkpoint checked first): every transaction since sums to zero and every wallet’s balance is the checkpoint’s plus what moved since. full: every entry from the first, and every checkpoint replayed against the entries it covers',
  })
  ledgerCheck(@CurrentActor() actor: Actor, @Args('full', { type: () => Boolean, nullable: true, defaultValue: false }) full: boolean): Promise<LedgerCheckDto> {
    if (actor.kind !== 'user') throw forbidden();
    return this.ledgerChecks.check({ full });
  }
}
