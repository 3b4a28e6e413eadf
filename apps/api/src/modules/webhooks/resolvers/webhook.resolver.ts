import { OrganizationKind, Role } from '@mengyuan/domain';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { UserActor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { PageInput, pageComplexity, pageOf } from '../../../common/pagination';
import { CreateWebhookEndpointInput, CreatedWebhookEndpointDto, WebhookAttemptDto, WebhookDeliveryDto, WebhookDeliveryPage, WebhookEndpointDto } from '../dtos/webhook.dto';
import { WebhookService } from '../services/webhook.service';

/** Machines' webhooks are set up by the organisation's owner. */
@Authorize({ kinds: [OrganizationKind.MEMBER, OrganizationKind.SUPPLIER], roles: [Role.OWNER] })
@Resolver(() => WebhookDeliveryDto)
export class WebhookResolver {
  constructor(private readonly webhooks: WebhookService) {}

  @Query(() => [WebhookEndpointDto])
  async webhookEndpoints(@CurrentActor() actor: UserActor): Promise<WebhookEndpointDto[]> {
    return (await this.webhooks.endpoints(actor.organizationId)).map(WebhookEndpointDto.from);
  }

  @Mutation(() => CreatedWebhookEndpointDto, { description: 'Private and loopback URLs are refused' })
  async createWebhookEndpoint(@CurrentActor() actor: UserActor, @Args('input') input: CreateWebhookEndpointInput): Promise<CreatedWebhookEndpointDto> {
    const { endpoint, secret } = await this.webhooks.createEndpoint(actor, input);
    return { endpoint: WebhookEndpointDto.from(endpoint), secret };
  }

  @Mutation(() => WebhookEndpointDto)
  async disableWebhookEndpoint(@CurrentActor() actor: UserActor, @Args('id', { type: () => ID }) id: string): Promise<WebhookEndpointDto> {
    return WebhookEndpointDto.from(await this.webhooks.disableEndpoint(actor, id));
  }

  @Query(() => WebhookDeliveryPage, { description: 'Newest first', complexity: pageComplexity })
  async webhookDeliveries(
    @CurrentActor() actor: UserActor,
    @Args('endpointId', { type: () => ID, nullable: true }) endpointId?: string,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<WebhookDeliveryPage> {
    const result = await this.webhooks.deliveries(actor.organizationId, endpointId, pageOf(page));
    return { items: result.items.map(WebhookDeliveryDto.from), totalCount: result.totalCount };
  }

  @ResolveField(() => [WebhookAttemptDto])
  async attemptLog(@Parent() delivery: WebhookDeliveryDto): Promise<WebhookAttemptDto[]> {
    return (await this.webhooks.attemptsOf(delivery.id)).map((a) => ({ attemptedAt: a.attemptedAt, statusCode: a.statusCode, error: a.error, durationMs: a.durationMs }));
  }

  @Mutation(() => WebhookDeliveryDto, { description: 'Sends a delivery again, with the same webhook-id' })
  async replayWebhookDelivery(@CurrentActor() actor: UserActor, @Args('id', { type: () => ID }) id: string): Promise<WebhookDeliveryDto> {
    return WebhookDeliveryDto.from(await this.webhooks.replay(actor.organizationId, id));
  }
}
