import { BatchStatus, CodeStatus, SampleResult } from '@mengyuan/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '../../../common/pagination';
import type { CardBatchEntity } from '../entities/card-batch.entity';
import type { CardCodeEntity } from '../entities/card-code.entity';
import type { RevealedSample } from '../services/batch.service';

registerEnumType(BatchStatus, { name: 'BatchStatus' });
registerEnumType(CodeStatus, { name: 'CodeStatus' });
registerEnumType(SampleResult, { name: 'SampleResult' });

@ObjectType('CardBatchRefusals', { description: 'Codes refused, by reason' })
export class CardBatchRefusalsDto {
  @Field(() => Int, { description: 'Neither number nor secret, too long, or already expired' }) invalid: number;
  @Field(() => Int, { description: 'The same code twice in this batch' }) duplicateInBatch: number;
  @Field(() => Int, { description: 'Already imported by you' }) duplicateExisting: number;
  @Field(() => Int, { description: 'Already imported by another supplier: raised as a black-card suspicion' }) duplicateOtherSupplier: number;
}

@ObjectType('CardBatch')
export class CardBatchDto {
  @Field(() => ID) id: string;
  @Field(() => ID) offerId: string;
  @Field() skuCode: string;
  @Field() skuName: string;
  @Field(() => ID) supplierId: string;
  @Field() source: string;
  @Field(() => BatchStatus) status: BatchStatus;
  @Field(() => Int, { description: 'Rows read so far: the progress of an import' }) processed: number;
  @Field(() => Int) accepted: number;
  @Field(() => CardBatchRefusalsDto) refused: CardBatchRefusalsDto;
  @Field(() => String, { nullable: true }) quarantineReason: string | null;
  @Field(() => Int) sampleSize: number;
  @Field(() => Int) sampleValid: number;
  @Field(() => Int) sampleInvalid: number;
  @Field(() => String, { nullable: true }) failure: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) completedAt: Date | null;

  static from(e: CardBatchEntity): CardBatchDto {
    return Object.assign(new CardBatchDto(), {
      id: e.id, offerId: e.offerId, skuCode: e.offer?.sku?.code ?? '', skuName: e.offer?.sku?.name ?? '', supplierId: e.supplierId, source: e.source,
      status: e.status, processed: e.processed, accepted: e.accepted,
      refused: { invalid: e.refusedInvalid, duplicateInBatch: e.refusedInBatch, duplicateExisting: e.refusedExisting, duplicateOtherSupplier: e.refusedOtherSupplier },
      quarantineReason: e.quarantineReason, sampleSize: e.sampleSize, sampleValid: e.sampleValid, sampleInvalid: e.sampleInvalid,
      failure: e.failure, createdAt: e.createdAt, completedAt: e.completedAt,
    });
  }
}

@ObjectType()
export class CardBatchPage extends Paginated(CardBatchDto, 'CardBatchPage') {}

@ObjectType('SampleCode', { description: 'A sampled code of a quarantined batch; its plaintext only through revealSampleCode' })
export class SampleCodeDto {
  @Field(() => ID) id: string;
  @Field(() => CodeStatus) status: CodeStatus;
  @Field(() => SampleResult, { nullable: true }) result: SampleResult | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) expiresAt: Date | null;

  static from(e: CardCodeEntity): SampleCodeDto {
    return Object.assign(new SampleCodeDto(), { id: e.id, status: e.status, result: e.sampleResult, expiresAt: e.expiresAt });
  }
}

@ObjectType('RevealedCode')
export class RevealedCodeDto {
  @Field(() => String, { nullable: true }) cardNumber: string | null;
  @Field(() => String, { nullable: true }) secret: string | null;
}

@ObjectType('RevealedSample', { description: 'A sampled code in plaintext, for an auditor checking it against the brand’s system' })
export class RevealedSampleDto {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) cardNumber: string | null;
  @Field(() => String, { nullable: true }) secret: string | null;
  @Field(() => SampleResult, { nullable: true, description: 'Already recorded result, if any' }) result: SampleResult | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) expiresAt: Date | null;

  static from(s: RevealedSample): RevealedSampleDto {
    return Object.assign(new RevealedSampleDto(), { id: s.id, cardNumber: s.cardNumber ?? null, secret: s.secret ?? null, result: s.result, expiresAt: s.expiresAt });
  }
}
