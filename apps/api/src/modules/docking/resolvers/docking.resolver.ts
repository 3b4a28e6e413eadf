import { OrganizationKind, Role } from '@mengyuan/domain';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor, UserActor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { PageInput, pageComplexity, pageOf } from '../../../common/pagination';
import {
  DockCallPage, DockCallDto, DockConnectorDto, DockConnectorInput, DockedGoodsDto, DockHealthDto, DockReconciliationDto, DockSyncResultDto, DockTestResultDto,
} from '../dtos/docking.dto';
import { CallLogService } from '../services/call-log.service';
import { ConnectorService } from '../services/connector.service';
import { ReconciliationService } from '../services/reconciliation.service';
import { SyncService } from '../services/sync.service';

/** Docking (对接): a supplier's owner or tech people dock its own system; alliance staff read every connector. */
@Resolver(() => DockConnectorDto)
export class DockingResolver {
  constructor(
    private readonly connectors: ConnectorService,
    private readonly sync: SyncService,
    private readonly calls: CallLogService,
    private readonly reconciliation: ReconciliationService,
  ) {}

  private dto = (c: Parameters<typeof DockConnectorDto.from>[0]) => DockConnectorDto.from(c, this.connectors.breakers.status(c.id));

  @Authorize({ kinds: [OrganizationKind.SUPPLIER, OrganizationKind.ALLIANCE], roles: [Role.OWNER, Role.TECH, Role.ADMIN, Role.AUDITOR] })
  @Query(() => [DockConnectorDto])
  async dockConnectors(@CurrentActor() actor: Actor): Promise<DockConnectorDto[]> {
    return (await this.connectors.list(actor)).map(this.dto);
  }

  @Authorize({ kinds: [OrganizationKind.SUPPLIER, OrganizationKind.ALLIANCE], roles: [Role.OWNER, Role.TECH, Role.ADMIN, Role.AUDITOR] })
  @Query(() => DockHealthDto, { description: 'A connector’s measured health over the last `days` days (1–30, default 1)' })
  async dockHealth(
    @CurrentActor() actor: Actor,
    @Args('connectorId', { type: () => ID }) connectorId: string,
    @Args('days', { type: () => Int, defaultValue: 1 }) days: number,
  ): Promise<DockHealthDto> {
    const c = await this.connectors.get(actor, connectorId);
    return this.calls.health(c.id, days);
  }

  @Authorize({ kinds: [OrganizationKind.SUPPLIER], roles: [Role.OWNER, Role.TECH] })
  @Mutation(() => DockConnectorDto, { description: 'Docks the supplier’s own system: endpoint, key id and secret (sealed at rest, never answered)' })
  async createDockConnector(@CurrentActor() actor: UserActor, @Args('input') input: DockConnectorInput): Promise<DockConnectorDto> {
    return this.dto(await this.connectors.create(actor, input));
  }

  @Authorize({ kinds: [OrganizationKind.SUPPLIER], roles: [Role.OWNER, Role.TECH] })
  @Mutation(() => DockConnectorDto)
  async updateDockConnector(@CurrentActor() actor: UserActor, @Args('id', { type: () => ID }) id: string, @Args('input') input: DockConnectorInput): Promise<DockConnectorDto> {
    return this.dto(await this.connectors.update(actor, id, input));
  }

  @Authorize({ kinds: [OrganizationKind.SUPPLIER], roles: [Role.OWNER, Role.TECH] })
  @Mutation(() => DockTestResultDto, { description: 'A signed ping: whether the upstream answers and accepts the signature, and how fast' })
  testDockConnector(@CurrentActor() actor: UserActor, @Args('id', { type: () => ID }) id: string): Promise<DockTestResultDto> {
    return this.connectors.test(actor, id);
  }

  @Authorize({ kinds: [OrganizationKind.SUPPLIER], roles: [Role.OWNER, Role.TECH] })
  @Mutation(() => DockSyncResultDto, { description: 'Lists the upstream’s goods (changes since the last sync, or all with full) and makes docked offers follow them' })
  async syncDockConnector(@CurrentActor() actor: UserActor, @Args('id', { type: () => ID }) id: string, @Args('full', { defaultValue: false }) full: boolean): Promise<DockSyncResultDto> {
    return DockSyncResultDto.from(await this.sync.sync(actor, id, full));
  }

  @Authorize({ kinds: [OrganizationKind.SUPPLIER, OrganizationKind.ALLIANCE], roles: [Role.OWNER, Role.TECH, Role.ADMIN, Role.AUDITOR] })
  @Query(() => [DockedGoodsDto])
  async dockedGoods(@CurrentActor() actor: Actor, @Args('connectorId', { type: () => ID }) connectorId: string): Promise<DockedGoodsDto[]> {
    return (await this.sync.view(actor, connectorId)).map(DockedGoodsDto.from);
  }

  @Authorize({ kinds: [OrganizationKind.SUPPLIER], roles: [Role.OWNER, Role.TECH] })
  @Mutation(() => DockedGoodsDto, { description: 'Docks upstream goods to one of the supplier’s offers (same delivery mode), or undocks it (offerId null)' })
  async dockGoods(
    @CurrentActor() actor: UserActor,
    @Args('connectorId', { type: () => ID }) connectorId: string,
    @Args('goodsId') goodsId: string,
    @Args('offerId', { type: () => ID, nullable: true }) offerId: string | null,
  ): Promise<DockedGoodsDto> {
    return DockedGoodsDto.from(await this.sync.link(actor, connectorId, goodsId, offerId ?? null));
  }

  @Authorize({ kinds: [OrganizationKind.SUPPLIER, OrganizationKind.ALLIANCE], roles: [Role.OWNER, Role.TECH, Role.ADMIN, Role.AUDITOR] })
  @Query(() => DockCallPage, { description: 'Newest first; kept 30 days', complexity: pageComplexity })
  async dockCalls(@CurrentActor() actor: Actor, @Args('connectorId', { type: () => ID }) connectorId: string, @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput): Promise<DockCallPage> {
    const c = await this.connectors.get(actor, connectorId);
    const result = await this.calls.list(c.id, pageOf(page));
    return { items: result.items.map(DockCallDto.from), totalCount: result.totalCount };
  }

  @Authorize({ kinds: [OrganizationKind.SUPPLIER, OrganizationKind.ALLIANCE], roles: [Role.OWNER, Role.TECH, Role.ADMIN] })
  @Mutation(() => DockReconciliationDto, { description: 'Compares a day’s orders (Asia/Shanghai) with the upstream’s list; every mismatch is raised in the risk queue' })
  reconcileDockConnector(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('day') day: string): Promise<DockReconciliationDto> {
    return this.reconciliation.reconcile(actor, id, day);
  }
}
