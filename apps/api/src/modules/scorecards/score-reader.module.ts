import { Global, Module } from '@nestjs/common';
import { SupplierScores } from '../routing/routing.types';
import { ScoreReadService } from './services/score-read.service';

/**
 * What routing reads of the scorecards: the SupplierScores port routing owns, implemented by ScoreReadService.
 * Global, so routing (which orders import) gets it without importing the scorecards (which import orders);
 * apart from the rest of the module, so it brings none of what the scorecards themselves import.
 */
@Global()
@Module({ providers: [ScoreReadService, { provide: SupplierScores, useExisting: ScoreReadService }], exports: [ScoreReadService, SupplierScores] })
export class ScoreReaderModule {}
