import type { NotificationType, OrganizationKind } from '@mengyuan/domain';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { Clock } from '../../../common/clock';
import { EventBus } from '../../../common/events/event-bus';
import { NotificationsCreatedEvent } from '../notifications.events';
import type { Page } from '../../../common/pagination';
import { NotificationEntity } from '../entities/notification.entity';

/** The in-app inbox: one row per person, so each reads at their own pace. */
@Injectable()
export class NotificationService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  /** Tells the live updates (after commit) who has something new in the inbox. */
  private async created(rows: unknown): Promise<number> {
    const created = (rows as { id: string; user_id: string }[]).map((r) => ({ id: r.id, userId: r.user_id }));
    if (created.length) await this.events.publish(new NotificationsCreatedEvent(created));
    return created.length;
  }

  /** Tells everyone in an organisation, inside the caller's transaction. */
  async notifyOrganization(organizationId: string, type: NotificationType, params: Record<string, unknown>): Promise<number> {
    const result = await this.txHost.tx.query(
      `INSERT INTO notifications (user_id, organization_id, type, params, created_at)
       SELECT id, organization_id, $2, $3, $4 FROM users WHERE organization_id = $1 RETURNING id, user_id`,
      [organizationId, type, JSON.stringify(params), this.clock.now()],
    );
    return this.created(result);
  }

  /** Tells everyone in every organisation of a kind that is in the alliance (e.g. members, of a price change). */
  async notifyKind(kind: OrganizationKind, type: NotificationType, params: Record<string, unknown>): Promise<number> {
    const result = await this.txHost.tx.query(
      `INSERT INTO notifications (user_id, organization_id, type, params, created_at)
       SELECT u.id, u.organization_id, $2, $3, $4 FROM users u JOIN organizations o ON o.id = u.organization_id
        WHERE o.kind = $1 AND o.status IN ('PROBATION', 'ACTIVE', 'SUSPENDED') RETURNING id, user_id`,
      [kind, type, JSON.stringify(params), this.clock.now()],
    );
    return this.created(result);
  }

  async list(userId: string, unreadOnly: boolean, page: { offset: number; limit: number }): Promise<Page<NotificationEntity>> {
    const [items, totalCount] = await this.txHost.tx.getRepository(NotificationEntity).findAndCount({
      where: unreadOnly ? { userId, readAt: IsNull() } : { userId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return { items, totalCount };
  }

  /** One notification of a person's inbox (live updates refetch it for its owner), or null. */
  findFor(userId: string, id: string): Promise<NotificationEntity | null> {
    return this.txHost.tx.getRepository(NotificationEntity).findOne({ where: { id, userId } });
  }

  unreadCount(userId: string): Promise<number> {
    return this.txHost.tx.getRepository(NotificationEntity).count({ where: { userId, readAt: IsNull() } });
  }

  /** Marks the given notifications (or all) read; others' notifications are untouched whatever ids are sent. */
  @Transactional()
  async markRead(userId: string, ids: string[] | null | undefined): Promise<number> {
    const where = ids?.length ? { userId, readAt: IsNull(), id: In(ids) } : { userId, readAt: IsNull() };
    const result = await this.txHost.tx.getRepository(NotificationEntity).update(where, { readAt: this.clock.now() });
    return result.affected ?? 0;
  }
}
