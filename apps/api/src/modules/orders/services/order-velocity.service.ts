import { ErrorCode } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { AppError } from '../../../common/errors';
import { AllianceSettingsService } from '../../settings/services/alliance-settings.service';

/**
 * The order velocity limit (DESIGN.md §2.9): how many orders a member had ACCEPTED — delivered, in a
 * supplier's top-up queue, or held for review — over the last minute. Orders that failed (sold out, not
 * enough balance) moved no money or stock and do not count. A counter per member (this minute and the one
 * before, weighted by how much of the previous minute still lies in the window), never a scan of orders; the
 * rule is two SQL functions (migration OrderRules1765010000000) that the card order's statement calls too.
 * Callers hold the member's wallet lock, so a member's concurrent orders are counted exactly.
 */
@Injectable()
export class OrderVelocityService {
  constructor(
    private readonly allianceSettings: AllianceSettingsService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** Refuses (RATE_LIMITED) when one more order would pass the limit (the rule is `orders_velocity_retry_after`). */
  async check(memberId: string, now: Date): Promise<void> {
    const limit = (await this.allianceSettings.current()).risk.velocityPerMinute;
    const [row] = (await this.txHost.tx.query('SELECT orders_velocity_retry_after($1, $2, $3) AS retry', [memberId, now, limit])) as { retry: number | null }[];
    if (row.retry !== null) throw new AppError(ErrorCode.RATE_LIMITED, `At most ${limit} accepted orders a minute; slow down and retry`, { retryAfterSeconds: row.retry, limit });
  }

  /** Counts an accepted order (`orders_velocity_count`, the card order's statement calls the same). */
  async count(memberId: string, now: Date): Promise<void> {
    await this.txHost.tx.query('SELECT orders_velocity_count($1, $2)', [memberId, now]);
  }
}
