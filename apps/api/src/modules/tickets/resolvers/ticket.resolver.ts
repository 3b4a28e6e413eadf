import { ApiKeyScope, OrganizationKind, Role } from '@mengyuan/domain';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { type Actor, type UserActor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { PageInput, pageComplexity, pageOf } from '../../../common/pagination';
import { ReportedCodeDto, TicketDto, TicketMessageDto, TicketMessagePage, TicketPage, TicketResolutionDto } from '../dtos/ticket.dto';
import { ArbitrateTicketInput, OpenTicketInput, PostTicketMessageInput, ResolveTicketInput, TicketFilterInput } from '../inputs/ticket.inputs';
import { CardCodeService } from '../../inventory/services/card-code.service';
import { TicketResolutionService } from '../services/ticket-resolution.service';
import { TicketViewService } from '../services/ticket-view.service';
import { TicketService, type TicketSort } from '../services/ticket.service';

export const TicketSortValues = { URGENCY: 'URGENCY', NEWEST: 'NEWEST', UPDATED: 'UPDATED' } as const;
registerEnumType(TicketSortValues, { name: 'TicketSort', description: 'URGENCY: open work first, soonest due clock first (the supplier queue)' });

const MEMBER = { kinds: [OrganizationKind.MEMBER], roles: [Role.OWNER, Role.OPERATOR], apiKeyScopes: [ApiKeyScope.TICKETS_WRITE] };
const SUPPLIER_STAFF = { kinds: [OrganizationKind.SUPPLIER], roles: [Role.OWNER, Role.OPERATOR, Role.SUPPORT, Role.TECH], apiKeyScopes: [ApiKeyScope.TICKETS_WRITE] };
const ANY_SIDE = { roles: [Role.OWNER, Role.OPERATOR, Role.SUPPORT, Role.TECH, Role.ADMIN, Role.AUDITOR], apiKeyScopes: [ApiKeyScope.TICKETS_WRITE] };
const WRITERS = { roles: [Role.OWNER, Role.OPERATOR, Role.SUPPORT, Role.TECH, Role.ADMIN], apiKeyScopes: [ApiKeyScope.TICKETS_WRITE] };

@Resolver(() => TicketDto)
export class TicketResolver {
  constructor(
    private readonly ticketService: TicketService,
    private readonly resolutionService: TicketResolutionService,
    private readonly views: TicketViewService,
    private readonly codes: CardCodeService,
  ) {}

  @Authorize(ANY_SIDE)
  @Query(() => TicketPage, { description: 'Tickets the caller may see: a member’s own, a supplier’s (its tiers), all for alliance staff', complexity: pageComplexity })
  async tickets(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => TicketFilterInput, nullable: true }) filter?: TicketFilterInput,
    @Args('sort', { type: () => TicketSortValues, defaultValue: 'URGENCY' }) sort: TicketSort = 'URGENCY',
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<TicketPage> {
    const result = await this.ticketService.list(actor, filter ?? {}, sort, pageOf(page));
    return { items: await this.views.many(actor, result.items), totalCount: result.totalCount };
  }

  @Authorize(ANY_SIDE)
  @Query(() => TicketDto)
  async ticket(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<TicketDto> {
    return this.views.one(actor, await this.ticketService.get(actor, id));
  }

  @ResolveField(() => [ReportedCodeDto], { description: 'The codes the member reported (card number and the secret’s last 4), in the order named' })
  async reportedCodes(@Parent() parent: TicketDto, @CurrentActor() actor: Actor): Promise<ReportedCodeDto[]> {
    const ticket = await this.ticketService.get(actor, parent.id);
    return this.codes.reported(ticket.codeIds);
  }

  @ResolveField(() => TicketMessagePage, { description: 'The thread, oldest first (internal notes only for their author’s side and the alliance)', complexity: pageComplexity })
  async messages(@Parent() parent: TicketDto, @CurrentActor() actor: Actor, @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput): Promise<TicketMessagePage> {
    const ticket = await this.ticketService.get(actor, parent.id);
    const result = await this.ticketService.messages(actor, ticket, pageOf(page ?? { offset: 0, limit: 100 }));
    return { items: result.items.map((m) => TicketViewService.message(actor, m)), totalCount: result.totalCount };
  }

  @ResolveField(() => [TicketResolutionDto], { description: 'Every resolution, every cycle' })
  async resolutions(@Parent() parent: TicketDto, @CurrentActor() actor: Actor): Promise<TicketResolutionDto[]> {
    await this.ticketService.get(actor, parent.id);
    return (await this.ticketService.resolutionsOf(parent.id)).map(TicketViewService.resolution);
  }

  @Authorize(MEMBER)
  @Mutation(() => TicketDto, { description: 'Files a ticket on a delivered order (line). The category sets the tier and starts its SLA clocks' })
  async openTicket(@CurrentActor() actor: Actor, @Args('input') input: OpenTicketInput): Promise<TicketDto> {
    return this.views.one(actor, await this.ticketService.open(actor, input));
  }

  @Authorize(WRITERS)
  @Mutation(() => TicketMessageDto, { description: 'A message in the thread (or an internal note). The supplier’s first answer stops the first-response clock; waitForMember pauses the resolution clock' })
  async postTicketMessage(@CurrentActor() actor: Actor, @Args('input') input: PostTicketMessageInput): Promise<TicketMessageDto> {
    return TicketViewService.message(actor, (await this.ticketService.postMessage(actor, input)).message);
  }

  @Authorize({ kinds: [OrganizationKind.MEMBER, OrganizationKind.SUPPLIER], ...WRITERS })
  @Mutation(() => TicketDto, { description: 'To alliance arbitration (L3): its clocks start; the supplier’s resolution clock keeps running end to end' })
  async escalateTicket(@CurrentActor() actor: Actor, @Args('ticketId', { type: () => ID }) ticketId: string, @Args('reason') reason: string): Promise<TicketDto> {
    return this.views.one(actor, await this.ticketService.escalate(actor, ticketId, reason));
  }

  @Authorize(SUPPLIER_STAFF)
  @Mutation(() => TicketDto, { description: 'REISSUE, REFUND (full or partial), COMPENSATION at the supplier’s cost, or REJECTED with a reason. Errors: SOLD_OUT (no replacement in stock), VALIDATION_FAILED, INVALID_TRANSITION' })
  async resolveTicket(@CurrentActor() actor: Actor, @Args('input') input: ResolveTicketInput): Promise<TicketDto> {
    return this.views.one(actor, await this.resolutionService.resolve(actor, input));
  }

  @Authorize({ kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN] })
  @Mutation(() => TicketDto, { description: 'The alliance’s L3 ruling on an escalated ticket: against the supplier (it pays: REISSUE, REFUND or COMPENSATION) or the member (REJECTED)' })
  async arbitrateTicket(@CurrentActor() actor: UserActor, @Args('input') input: ArbitrateTicketInput): Promise<TicketDto> {
    return this.views.one(actor, await this.resolutionService.arbitrate(actor, input));
  }

  @Authorize(MEMBER)
  @Mutation(() => TicketDto, { description: 'The member accepts the resolution: CLOSED' })
  async acceptTicketResolution(@CurrentActor() actor: Actor, @Args('ticketId', { type: () => ID }) ticketId: string): Promise<TicketDto> {
    return this.views.one(actor, await this.ticketService.accept(actor, ticketId));
  }

  @Authorize(MEMBER)
  @Mutation(() => TicketDto, { description: 'Reopens a resolved ticket within 7 days: a new cycle with fresh SLA clocks' })
  async reopenTicket(@CurrentActor() actor: Actor, @Args('ticketId', { type: () => ID }) ticketId: string, @Args('reason') reason: string): Promise<TicketDto> {
    return this.views.one(actor, await this.ticketService.reopen(actor, ticketId, reason));
  }
}
