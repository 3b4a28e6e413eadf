import { Module } from '@nestjs/common';
import { ScoreReadService } from './services/score-read.service';

/**
 * What routing reads of the scorecards, apart from the rest of the module so routing (which orders import)
 * does not import what the scorecards themselves import (orders, dashboards).
 */
@Module({ providers: [ScoreReadService], exports: [ScoreReadService] })
export class ScoreReaderModule {}
