import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { EvaluationService } from './services/evaluation.service';
import { ProbationService } from './services/probation.service';
import { ScoreReadService } from './services/score-read.service';
import { ScorecardService } from './services/scorecard.service';

/** Hourly: every scorecard from its facts (and today's history point). */
export const RECOMPUTE_SCORECARDS_JOB = 'scorecards.recompute';
/** 02:00 on the first day of each quarter (Asia/Shanghai): the quarter that ended is evaluated, once. */
export const QUARTERLY_EVALUATION_JOB = 'scorecards.quarterly-evaluation';
/** Every minute: probation suppliers that reached 20 orders are judged. */
export const PROBATION_JUDGE_JOB = 'scorecards.probation-judge';

@Injectable()
export class ScorecardJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly scorecards: ScorecardService,
    private readonly evaluations: EvaluationService,
    private readonly probation: ProbationService,
    private readonly scoreRead: ScoreReadService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: RECOMPUTE_SCORECARDS_JOB, cron: '7 * * * *', handler: async () => {
      const n = await this.scorecards.recomputeAll();
      await this.scoreRead.refresh();
      return n;
    } });
    this.jobs.define({ name: QUARTERLY_EVALUATION_JOB, cron: '0 2 1 1,4,7,10 *', handler: async () => (await this.evaluations.run(null, 'SCHEDULE')).id });
    this.jobs.define({ name: PROBATION_JUDGE_JOB, cron: '* * * * *', handler: () => this.probation.judgeDue() });
  }
}
