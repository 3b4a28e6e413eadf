import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { SubjectNames } from '../../../common/subject-names';
import { EvaluationAppealEntity, EvaluationCandidateEntity, EvaluationRunEntity } from '../entities/scorecard.entities';

/**
 * Evaluation runs by their quarter, candidacies and appeals by supplier and quarter (issue 18 §7: the audit log names
 * an existing appeal instead of calling it gone).
 */
@Injectable()
export class EvaluationSubjectNames implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly names: SubjectNames,
  ) {}

  onModuleInit(): void {
    const runs = async (ids: string[]) => new Map((await this.txHost.tx.getRepository(EvaluationRunEntity).findBy({ id: In(ids) })).map((r) => [r.id, r.quarter]));
    const candidates = async (ids: string[]) => {
      const rows = await this.txHost.tx.getRepository(EvaluationCandidateEntity).findBy({ id: In(ids) });
      const [quarters, orgs] = await Promise.all([runs(rows.map((r) => r.runId)), this.names.of('organization', rows.map((r) => r.organizationId))]);
      return new Map(rows.map((r) => [r.id, [orgs.get(r.organizationId), quarters.get(r.runId)].filter(Boolean).join(' · ')]));
    };
    this.names.register('evaluation_run', runs);
    this.names.register('evaluation_candidate', candidates);
    this.names.register('evaluation_appeal', async (ids) => {
      const rows = await this.txHost.tx.getRepository(EvaluationAppealEntity).findBy({ id: In(ids) });
      const names = await candidates(rows.map((r) => r.candidateId));
      return new Map(rows.filter((r) => names.get(r.candidateId)).map((r) => [r.id, names.get(r.candidateId)!]));
    });
    this.names.register('probation', (ids) => this.names.of('organization', ids));
    // The alliance's one set of weights (its subject id is '1'): the app says "score weights" in the reader's language.
    this.names.register('score_weights', async (ids) => new Map(ids.map((id) => [id, '#Subject.SCORE_WEIGHTS'])), { keys: 'text' });
  }
}
