import { OrganizationKind, Role } from '@mengyuan/domain';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { JSONScalar } from '../../../common/json.scalar';
import type { Actor } from '../../../common/actor';
import { Authorize, CurrentActor } from '../../../common/authorize.decorator';
import { BatchProvenanceDto, CodeProvenanceDto, ProvenanceEventDto, ProvenanceVerificationDto } from '../dtos/provenance.dto';
import { ProvenanceService } from '../services/provenance.service';

const MEMBER = { kinds: [OrganizationKind.MEMBER, OrganizationKind.ALLIANCE], roles: [Role.OWNER, Role.OPERATOR, Role.ADMIN, Role.AUDITOR] };
const SUPPLIER = { kinds: [OrganizationKind.SUPPLIER, OrganizationKind.ALLIANCE], roles: [Role.OWNER, Role.OPERATOR, Role.SUPPORT, Role.TECH, Role.ADMIN, Role.AUDITOR] };

@Resolver()
export class ProvenanceResolver {
  constructor(private readonly provenance: ProvenanceService) {}

  @Authorize(MEMBER)
  @Query(() => CodeProvenanceDto, { description: 'A bought code’s life from the audit chain (supplier, batch, import, sample, sale, delivery, tickets), for its buyer. Another member’s code: NOT_FOUND' })
  async codeProvenance(@CurrentActor() actor: Actor, @Args('codeId', { type: () => ID }) codeId: string): Promise<CodeProvenanceDto> {
    const p = await this.provenance.ofCode(actor, codeId);
    const { memberId: _m, supplierId: _s, ...code } = p.code;
    return Object.assign(new CodeProvenanceDto(), code, { tickets: p.tickets, events: p.events.map(ProvenanceEventDto.from) });
  }

  @Authorize(MEMBER)
  @Query(() => ProvenanceVerificationDto, { description: 'Recomputes the code’s slice of the hash chain: ok, or the first event that does not hold' })
  verifyProvenance(@CurrentActor() actor: Actor, @Args('codeId', { type: () => ID }) codeId: string): Promise<ProvenanceVerificationDto> {
    return this.provenance.verifyCode(actor, codeId);
  }

  @Authorize(MEMBER)
  @Query(() => JSONScalar, {
    description:
      'The code’s slice of the chain to check without trusting the server (format mengyuan-provenance/1): its events, the newest signed checkpoint and each event’s Merkle inclusion proof; with knownSize (a checkpoint you kept) the proof it is a prefix of this one. Check it with the alliance’s auditLogKey in the portal or with `mengyuan-verify`',
  })
  codeProvenanceBundle(
    @CurrentActor() actor: Actor,
    @Args('codeId', { type: () => ID }) codeId: string,
    @Args('knownSize', { type: () => Int, nullable: true }) knownSize?: number | null,
  ): Promise<unknown> {
    return this.provenance.codeBundle(actor, codeId, knownSize);
  }

  @Authorize(SUPPLIER)
  @Query(() => BatchProvenanceDto, { description: 'The life of the supplier’s own batch: import, samples, codes by status, sales, tickets, its chain events' })
  async batchProvenance(@CurrentActor() actor: Actor, @Args('batchId', { type: () => ID }) batchId: string): Promise<BatchProvenanceDto> {
    const p = await this.provenance.ofBatch(actor, batchId);
    const { supplierId: _s, ...batch } = p.batch;
    return Object.assign(new BatchProvenanceDto(), batch, { counts: p.counts, sold: p.sold, tickets: p.tickets, events: p.events.map(ProvenanceEventDto.from) });
  }

  @Authorize(SUPPLIER)
  @Query(() => ProvenanceVerificationDto, { description: 'Recomputes the batch’s slice of the hash chain' })
  verifyBatchProvenance(@CurrentActor() actor: Actor, @Args('batchId', { type: () => ID }) batchId: string): Promise<ProvenanceVerificationDto> {
    return this.provenance.verifyBatch(actor, batchId);
  }
}
