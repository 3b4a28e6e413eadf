import type { NotificationType, OrganizationKind } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { Clock } from '../../../common/clock';
import { NoticeService } from './notice.service';
import type { Page } from '../../../common/pagination';
import { NotificationEntity } from '../entities/notification.entity';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';

/** The in-app inbox: one row per person, so each reads at their own pace (notices are written by NoticeService). */
@Injectable()
export class NotificationService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly clock: Clock,
    private readonly notices: NoticeService,
  ) {}

  /** Tells everyone in an organisation, inside the caller's transaction (inbox, e-mail and robots as preferences say). */
  async notifyOrganization(organizationId: string, type: NotificationType, params: Record<string, unknown>): Promise<number> {
    return (await this.notices.send({ kind: type, to: { organizationId }, params })).inApp;
  }

  /** Tells everyone in every organisation of a kind that is in the alliance (e.g. members, of a price change). */
  async notifyKind(kind: OrganizationKind, type: NotificationType, params: Record<string, unknown>): Promise<number> {
    return (await this.notices.send({ kind: type, to: { organizationKind: kind }, params })).inApp;
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
  @UnitOfWork()
  async markRead(userId: string, ids: string[] | null | undefined): Promise<number> {
    const where = ids?.length ? { userId, readAt: IsNull(), id: In(ids) } : { userId, readAt: IsNull() };
    const result = await this.txHost.tx.getRepository(NotificationEntity).update(where, { readAt: this.clock.now() });
    return result.affected ?? 0;
  }
}
