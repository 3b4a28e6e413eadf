import { ErrorCode } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../../../common/errors';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { OrderVelocityEntity } from '../entities/order-velocity.entity';

const MINUTE = 60_000;
const minuteOf = (at: Date) => new Date(Math.floor(at.getTime() / MINUTE) * MINUTE);

/**
 * The order velocity limit (DESIGN.md §2.9): how many orders a member had ACCEPTED — delivered, in a
 * supplier's top-up queue, or held for review — over the last minute. Orders that failed (sold out, not
 * enough balance) moved no money or stock and do not count. A counter per member (this minute and the one
 * before, weighted by how much of the previous minute still lies in the window), never a scan of orders.
 * Callers hold the member's wallet lock, so a member's concurrent orders are counted exactly.
 */
@Injectable()
export class OrderVelocityService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** Refuses (RATE_LIMITED) when one more order would pass the limit. */
  async check(memberId: string, now: Date): Promise<void> {
    const limit = this.config.risk.velocityPerMinute;
    const row = await this.txHost.tx.getRepository(OrderVelocityEntity).findOne({ where: { memberId } });
    if (!row) return;
    const minute = minuteOf(now).getTime();
    const start = row.windowStart.getTime();
    const current = start === minute ? row.count : 0;
    const previous = start === minute ? row.prevCount : start === minute - MINUTE ? row.count : 0;
    const stillInWindow = 1 - (now.getTime() - minute) / MINUTE;
    if (current + previous * stillInWindow >= limit) {
      throw new AppError(ErrorCode.RATE_LIMITED, `At most ${limit} accepted orders a minute; slow down and retry`, { retryAfterSeconds: Math.ceil((MINUTE - (now.getTime() - minute)) / 1000), limit });
    }
  }

  /** Counts an accepted order. */
  async count(memberId: string, now: Date): Promise<void> {
    // Hot path (measured: every accepted order): one upsert that rolls the window forward.
    await this.txHost.tx.query(
      `INSERT INTO order_velocity AS v (member_id, window_start, count, prev_count) VALUES ($1, $2, 1, 0)
       ON CONFLICT (member_id) DO UPDATE SET
         prev_count = CASE WHEN v.window_start = $2 THEN v.prev_count WHEN v.window_start = $2::timestamptz - interval '1 minute' THEN v.count ELSE 0 END,
         count = CASE WHEN v.window_start = $2 THEN v.count + 1 ELSE 1 END,
         window_start = $2`,
      [memberId, minuteOf(now)],
    );
  }
}
