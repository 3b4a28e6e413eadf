import { TicketCategory, TicketStatus } from '@mengyuan/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../../common/json.scalar';
import type { ChainLink } from '../../audit/audit.service';

@ObjectType('ProvenanceEvent', { description: 'One link of the audit chain about the code (or batch): its content’s facts and its hashes' })
export class ProvenanceEventDto {
  @Field(() => Int) seq: number;
  @Field() type: string;
  @Field(() => String, { nullable: true }) subjectType: string | null;
  @Field(() => String, { nullable: true }) subjectId: string | null;
  @Field(() => JSONScalar) payload: Record<string, unknown>;
  @Field(() => GraphQLISODateTime) occurredAt: Date;
  @Field({ description: 'SHA-256 of the previous link, as this one stores it' }) prevHash: string;
  @Field({ description: 'SHA-256(prevHash ‖ canonical JSON of this event)' }) hash: string;
  @Field(() => String, { nullable: true, description: 'Who acted, committed: SHA-256(salt ‖ actor and organisation), part of what is hashed; null for events chained before commitments (their actor is hashed in the clear)' })
  who: string | null;

  static from(e: ChainLink): ProvenanceEventDto {
    return Object.assign(new ProvenanceEventDto(), { seq: Number(e.seq), type: e.type, subjectType: e.subjectType, subjectId: e.subjectId, payload: e.payload, occurredAt: e.occurredAt, prevHash: e.prevHash, hash: e.hash, who: e.who });
  }
}

@ObjectType('ProvenanceTicket')
export class ProvenanceTicketDto {
  @Field(() => ID) id: string;
  @Field() number: string;
  @Field(() => TicketCategory) category: TicketCategory;
  @Field(() => TicketStatus) status: TicketStatus;
  @Field(() => GraphQLISODateTime) openedAt: Date;
}

@ObjectType('CodeProvenance', { description: 'The life of a card code its buyer bought (溯源)' })
export class CodeProvenanceDto {
  @Field(() => ID) codeId: string;
  @Field() codeStatus: string;
  @Field() supplierName: string;
  @Field() skuName: string;
  @Field(() => ID) batchId: string;
  @Field(() => GraphQLISODateTime) importedAt: Date;
  @Field({ description: 'The batch’s status: SELLABLE after a passed sample, etc.' }) batchStatus: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) batchDecidedAt: Date | null;
  @Field(() => Int) sampleSize: number;
  @Field(() => Int) sampleValid: number;
  @Field(() => Int) sampleInvalid: number;
  @Field({ description: 'This code itself was in the batch’s sample' }) sampled: boolean;
  @Field(() => String, { nullable: true, description: 'VALID or INVALID when this code was sampled' }) sampleResult: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) soldAt: Date | null;
  @Field(() => ID) orderId: string;
  @Field(() => ID) orderLineId: string;
  @Field() clientOrderNo: string;
  @Field(() => GraphQLISODateTime) placedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) deliveredAt: Date | null;
  @Field(() => [ProvenanceTicketDto]) tickets: ProvenanceTicketDto[];
  @Field(() => [ProvenanceEventDto], { description: 'Oldest first' }) events: ProvenanceEventDto[];
}

@ObjectType('ProvenanceVerification', { description: 'The slice of the chain recomputed: each hash from its content and its link to the event before it' })
export class ProvenanceVerificationDto {
  @Field() ok: boolean;
  @Field(() => Int) checked: number;
  @Field(() => Int, { nullable: true }) firstBrokenSeq: number | null;
}

@ObjectType('BatchCodeCount')
export class BatchCodeCountDto {
  @Field() status: string;
  @Field(() => Int) count: number;
}

@ObjectType('BatchProvenance', { description: 'The life of a supplier’s own card batch' })
export class BatchProvenanceDto {
  @Field(() => ID) batchId: string;
  @Field() skuName: string;
  @Field() status: string;
  @Field() source: string;
  @Field(() => Int) accepted: number;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) completedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt: Date | null;
  @Field(() => Int) sampleSize: number;
  @Field(() => Int) sampleValid: number;
  @Field(() => Int) sampleInvalid: number;
  @Field(() => String, { nullable: true }) quarantineReason: string | null;
  @Field(() => [BatchCodeCountDto]) counts: BatchCodeCountDto[];
  @Field(() => Int) sold: number;
  @Field(() => [ProvenanceTicketDto]) tickets: ProvenanceTicketDto[];
  @Field(() => [ProvenanceEventDto]) events: ProvenanceEventDto[];
}
