import { WebhookDeliveryStatus } from '@mengyuan/domain';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMinSize, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { JSONScalar } from '../../../common/json.scalar';
import { Paginated } from '../../../common/pagination';
import type { WebhookDelivery, WebhookEndpoint } from '../services/webhook.service';

registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus' });

@ObjectType('WebhookEndpoint')
export class WebhookEndpointDto {
  @Field(() => ID) id: string;
  @Field() url: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => [String]) events: string[];
  @Field() enabled: boolean;
  @Field(() => GraphQLISODateTime) createdAt: Date;

  static from(e: WebhookEndpoint): WebhookEndpointDto {
    return Object.assign(new WebhookEndpointDto(), { id: e.id, url: e.url, description: e.description, events: e.events, enabled: e.enabled, createdAt: e.createdAt });
  }
}

@ObjectType('CreatedWebhookEndpoint')
export class CreatedWebhookEndpointDto {
  @Field(() => WebhookEndpointDto) endpoint: WebhookEndpointDto;
  @Field({ description: 'The signing secret (whsec_…), shown this once' }) secret: string;
}

@ObjectType('WebhookAttempt')
export class WebhookAttemptDto {
  @Field(() => GraphQLISODateTime) attemptedAt: Date;
  @Field(() => Int, { nullable: true }) statusCode: number | null;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => Int) durationMs: number;
}

@ObjectType('WebhookDelivery')
export class WebhookDeliveryDto {
  @Field(() => ID, { description: 'The webhook-id header' }) id: string;
  @Field(() => ID) endpointId: string;
  @Field() eventType: string;
  @Field(() => JSONScalar) payload: Record<string, unknown>;
  @Field(() => WebhookDeliveryStatus) status: WebhookDeliveryStatus;
  @Field(() => Int) attempts: number;
  @Field(() => Int, { nullable: true }) lastStatusCode: number | null;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) deliveredAt: Date | null;

  static from(d: WebhookDelivery): WebhookDeliveryDto {
    return Object.assign(new WebhookDeliveryDto(), {
      id: d.id, endpointId: d.endpointId, eventType: d.eventType, payload: d.payload, status: d.status, attempts: d.attempts,
      lastStatusCode: d.lastStatusCode, lastError: d.lastError, createdAt: d.createdAt, deliveredAt: d.deliveredAt,
    });
  }
}

@ObjectType()
export class WebhookDeliveryPage extends Paginated(WebhookDeliveryDto, 'WebhookDeliveryPage') {}

@InputType()
export class CreateWebhookEndpointInput {
  @Field() @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) URL' }) @MaxLength(500) url: string;
  @Field(() => [String], { description: 'order.delivered, order.failed, order.refunded, topup.task_created, price.scheduled, document.expiring' }) @ArrayMinSize(1) @IsString({ each: true }) events: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) description?: string | null;
}
