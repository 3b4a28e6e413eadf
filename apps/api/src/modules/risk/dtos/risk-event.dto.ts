import { RiskEventStatus, RiskEventType } from '@mengyuan/domain';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JSONScalar } from '../../../common/json.scalar';
import { Paginated } from '../../../common/pagination';
import type { RiskEventEntity } from '../entities/risk-event.entity';

registerEnumType(RiskEventType, { name: 'RiskEventType' });
registerEnumType(RiskEventStatus, { name: 'RiskEventStatus' });

@ObjectType('RiskEvent')
export class RiskEventDto {
  @Field(() => ID) id: string;
  @Field(() => RiskEventType) type: RiskEventType;
  @Field(() => RiskEventStatus) status: RiskEventStatus;
  @Field(() => ID, { nullable: true }) organizationId: string | null;
  @Field() subjectType: string;
  @Field() subjectId: string;
  @Field(() => JSONScalar) details: Record<string, unknown>;
  @Field(() => String, { nullable: true }) decisionNote: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt: Date | null;

  static from(e: RiskEventEntity): RiskEventDto {
    return Object.assign(new RiskEventDto(), {
      id: e.id, type: e.type, status: e.status, organizationId: e.organizationId, subjectType: e.subjectType, subjectId: e.subjectId,
      details: e.details, decisionNote: e.decisionNote, createdAt: e.createdAt, decidedAt: e.decidedAt,
    });
  }
}

@ObjectType()
export class RiskEventPage extends Paginated(RiskEventDto, 'RiskEventPage') {}
