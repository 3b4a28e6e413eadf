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
  @Field(() => String, { nullable: true, description: 'The organisation’s name' }) organizationName: string | null;
  @Field(() => String, { nullable: true }) subjectType: string | null;
  @Field(() => String, { nullable: true }) subjectId: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The subject as a person names it: organisation or brand name, SKU name (code), member’s order number, ticket number TK000123, supplier · product for an offer; null when it no longer exists',
  })
  subjectLabel: string | null;
  @Field(() => JSONScalar) payload: Record<string, unknown>;
  @Field(() => GraphQLISODateTime) occurredAt: Date;
  @Field() prevHash: string;
  @Field() hash: string;

  static from(e: AuditEventEntity, labels?: { subjects: Map<string, string>; organizations: Map<string, string> }): AuditEventDto {
    return Object.assign(new AuditEventDto(), {
      ...e,
      seq: Number(e.seq),
      organizationName: (e.organizationId && labels?.organizations.get(e.organizationId)) ?? null,
      subjectLabel: (e.subjectType && e.subjectId && labels?.subjects.get(`${e.subjectType}:${e.subjectId}`)) ?? null,
    });
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
