import { BatchStatus, OrganizationKind, Role, SampleResult } from '@mengyuan/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor, UserActor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { PageInput, pageComplexity, pageOf } from '../../../common/pagination';
import { CardBatchDto, CardBatchPage, RevealedCodeDto, RevealedSampleDto, SampleCodeDto } from '../dtos/inventory.dto';
import { ImportCardBatchInput, SampleResultInput } from '../inputs/import-card-batch.input';
import { BatchService, SAMPLE_PAGE_MAX } from '../services/batch.service';
import { ImportService } from '../services/import.service';

const SUPPLIER_STAFF = { kinds: [OrganizationKind.SUPPLIER], roles: [Role.OWNER, Role.OPERATOR] };
const ALLIANCE_STAFF = { kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN, Role.AUDITOR] };

@Resolver(() => CardBatchDto)
export class InventoryResolver {
  constructor(
    private readonly imports: ImportService,
    private readonly batches: BatchService,
  ) {}

  @Authorize(SUPPLIER_STAFF)
  @Mutation(() => CardBatchDto, { description: 'Imports up to 1,000 codes; larger batches go through the CSV upload' })
  async importCardBatch(@CurrentActor() actor: UserActor, @Args('input') input: ImportCardBatchInput): Promise<CardBatchDto> {
    const batch = await this.imports.open(actor, input.offerId, 'INLINE');
    await this.imports.run(actor, batch, input.codes);
    return CardBatchDto.from(await this.batches.get(actor, batch.id));
  }

  @Authorize({ kinds: [OrganizationKind.SUPPLIER, OrganizationKind.ALLIANCE] })
  @Query(() => CardBatchPage, { description: 'The supplier’s batches, or all for alliance staff; quarantined ones oldest first', complexity: pageComplexity })
  async cardBatches(
    @CurrentActor() actor: Actor,
    @Args('offerId', { type: () => ID, nullable: true }) offerId?: string,
    @Args('status', { type: () => BatchStatus, nullable: true }) status?: BatchStatus,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<CardBatchPage> {
    const result = await this.batches.list(actor, { offerId, status }, pageOf(page));
    return { items: result.items.map(CardBatchDto.from), totalCount: result.totalCount };
  }

  @Authorize({ kinds: [OrganizationKind.SUPPLIER, OrganizationKind.ALLIANCE] })
  @Query(() => CardBatchDto)
  async cardBatch(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<CardBatchDto> {
    return CardBatchDto.from(await this.batches.get(actor, id));
  }

  @Authorize({ kinds: [OrganizationKind.ALLIANCE], roles: [Role.ADMIN] })
  @Mutation(() => CardBatchDto, { description: 'Hold a sellable batch back for a sample check' })
  async quarantineBatch(@CurrentActor() actor: UserActor, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string): Promise<CardBatchDto> {
    return CardBatchDto.from(await this.batches.quarantine(actor, id, reason));
  }

  @Authorize(ALLIANCE_STAFF)
  @Query(() => [SampleCodeDto])
  async sampleCodes(@Args('batchId', { type: () => ID }) batchId: string): Promise<SampleCodeDto[]> {
    return (await this.batches.sampleCodes(batchId)).map(SampleCodeDto.from);
  }

  @Authorize(ALLIANCE_STAFF)
  @Mutation(() => RevealedCodeDto, { description: 'Shows one sampled code to check against the brand’s system; recorded in the audit chain' })
  async revealSampleCode(@CurrentActor() actor: UserActor, @Args('codeId', { type: () => ID }) codeId: string): Promise<RevealedCodeDto> {
    const code = await this.batches.revealSample(actor, codeId);
    return { cardNumber: code.cardNumber ?? null, secret: code.secret ?? null };
  }

  @Authorize(ALLIANCE_STAFF)
  @Mutation(() => [RevealedSampleDto], {
    description: `A page (up to ${SAMPLE_PAGE_MAX}) of a quarantined batch's sampled codes in plaintext, unrecorded first, to check in bulk; recorded in the audit chain`,
    complexity: ({ args }: { args: { page?: PageInput } }) => Math.min(args.page?.limit ?? 20, SAMPLE_PAGE_MAX) * 5,
  })
  async revealSampleCodes(
    @CurrentActor() actor: UserActor,
    @Args('batchId', { type: () => ID }) batchId: string,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<RevealedSampleDto[]> {
    return (await this.batches.revealSamples(actor, batchId, pageOf(page))).map(RevealedSampleDto.from);
  }

  @Authorize(ALLIANCE_STAFF)
  @Mutation(() => CardBatchDto, { description: `Records up to ${SAMPLE_PAGE_MAX} sample results at once; any invalid rejects the batch, all valid makes it sellable` })
  async recordSampleResults(
    @CurrentActor() actor: UserActor,
    @Args('batchId', { type: () => ID }) batchId: string,
    @Args('results', { type: () => [SampleResultInput] }) results: SampleResultInput[],
  ): Promise<CardBatchDto> {
    return CardBatchDto.from(await this.batches.recordSamples(actor, batchId, results));
  }

  @Authorize(ALLIANCE_STAFF)
  @Mutation(() => CardBatchDto, { description: 'Any invalid sample rejects the batch; all valid makes it sellable' })
  async recordSampleResult(
    @CurrentActor() actor: UserActor,
    @Args('codeId', { type: () => ID }) codeId: string,
    @Args('result', { type: () => SampleResult }) result: SampleResult,
  ): Promise<CardBatchDto> {
    return CardBatchDto.from(await this.batches.recordSample(actor, codeId, result));
  }
}
