import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../../common/json.scalar';
import { Paginated } from '../../../common/pagination';
import type { AuditEventEntity } from '../entities/audit-event.entity';

@ObjectType('AuditEvent')
export class AuditEventDto {
  @Field(() => Int) seq: number;
  @Field() type: string;
  @Field(() => ID, { nullable: true }) actorUserId: string | null;
  @Field(() => String, { nullable: true }) actorEmail: string | null;
  @Field(() => ID, { nullable: true }) actorApiKeyId: string | null;
  @Field(() => ID, { nullable: true }) organizationId: string | null;
  @Field(() => String, { nullable: true }) subjectType: string | null;
  @Field(() => String, { nullable: true }) subjectId: string | null;
  @Field(() => JSONScalar) payload: Record<string, unknown>;
  @Field(() => GraphQLISODateTime) occurredAt: Date;
  @Field() prevHash: string;
  @Field() hash: string;

  static from(e: AuditEventEntity): AuditEventDto {
    return Object.assign(new AuditEventDto(), { ...e, seq: Number(e.seq) });
  }
}

@ObjectType()
export class AuditEventPage extends Paginated(AuditEventDto, 'AuditEventPage') {}

@ObjectType('AuditChainVerification')
export class AuditChainVerificationDto {
  @Field() ok: boolean;
  @Field(() => Int) checked: number;
  @Field(() => Int, { nullable: true, description: 'The first event whose link or hash does not hold; null when the chain is whole' })
  firstBrokenSeq: number | null;
}
