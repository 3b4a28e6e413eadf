import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../../common/json.scalar';
import { Paginated } from '../../../common/pagination';
import type { CheckpointView } from '../audit-checkpoint.service';
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

@ObjectType('AuditChainVerification', { description: 'The chain walked from the last signed checkpoint onward, or whole (full)' })
export class AuditChainVerificationDto {
  @Field() ok: boolean;
  @Field({ description: 'Walked from the first event, every checkpoint checked against it' }) full: boolean;
  @Field(() => Int, { nullable: true, description: 'The checkpoint the walk started after (its signature, tree edge and head checked first); null from the first event' })
  fromCheckpoint: number | null;
  @Field(() => Int, { description: 'Events walked' }) checked: number;
  @Field(() => Int, { nullable: true, description: 'The first event whose link or hash does not hold; null when the chain is whole' })
  firstBrokenSeq: number | null;
  @Field(() => Int, { nullable: true, description: 'A checkpoint (by its size) whose signature, root or head does not hold against the chain' })
  brokenCheckpoint: number | null;
  @Field(() => Int) checkpointsChecked: number;
  @Field(() => Int, { description: 'The chain’s length when the walk ended' }) headSeq: number;
  @Field(() => Int, { description: 'How long the walk took' }) ms: number;
}

@ObjectType('AuditCheckpoint', { description: 'A signed checkpoint of the audit chain’s Merkle tree (RFC 9162): its size, root and head, signed by the alliance' })
export class AuditCheckpointDto {
  @Field(() => Int, { description: 'Events covered: seq 1 … treeSize' }) treeSize: number;
  @Field({ description: 'Merkle tree hash of the events (hex)' }) rootHash: string;
  @Field({ description: 'Hash of event treeSize (hex)' }) headHash: string;
  @Field({ description: 'The signed note (C2SP tlog-checkpoint) a verifier checks with the alliance’s key' }) note: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;

  static from(c: CheckpointView): AuditCheckpointDto {
    return Object.assign(new AuditCheckpointDto(), c);
  }
}

@ObjectType()
export class AuditCheckpointPage extends Paginated(AuditCheckpointDto, 'AuditCheckpointPage') {}

@ObjectType('AuditLogKey', { description: 'The alliance’s public key that signs the audit log’s checkpoints: pin it to check provenance without trusting the server' })
export class AuditLogKeyDto {
  @Field({ description: 'The log’s name in its checkpoints' }) origin: string;
  @Field({ description: 'Always Ed25519' }) algorithm: string;
  @Field({ description: 'The raw 32-byte public key, base64' }) publicKey: string;
  @Field({ description: 'The signed-note verifier key, name+keyhash+base64(0x01 ‖ key): what the verifier (page or CLI) takes' }) verifierKey: string;
}

@ObjectType('AuditCheckpointResult')
export class AuditCheckpointResultDto {
  @Field(() => AuditCheckpointDto, { nullable: true, description: 'The newest checkpoint; null when none could be made' }) checkpoint: AuditCheckpointDto | null;
  @Field(() => AuditChainVerificationDto, { nullable: true, description: 'Why no checkpoint was made: the chain or the last checkpoint does not hold' })
  refusedBecause: AuditChainVerificationDto | null;
}
