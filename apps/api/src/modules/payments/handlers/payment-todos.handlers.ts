import { OrganizationKind, Role, TodoKind, TodoSeverity, TopupRequestStatus, WithdrawalStatus } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TodoSources } from '../../../common/todo-sources';
import { TopupRequestEntity, WithdrawalEntity } from '../entities/payments.entities';

/** The alliance's finance: bank transfers and withdrawals waiting to be confirmed, oldest first. */
@Injectable()
export class PaymentTodos implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly todos: TodoSources,
  ) {}

  onModuleInit(): void {
    this.todos.register('payments.to-confirm', async (viewer) => {
      if (viewer.organizationKind !== OrganizationKind.ALLIANCE || !viewer.roles.includes(Role.ADMIN)) return [];
      const waiting = async (entity: typeof TopupRequestEntity | typeof WithdrawalEntity, status: string) => {
        const row = await this.txHost.tx
          .getRepository(entity)
          .createQueryBuilder('r')
          .select('count(*)::int', 'n')
          .addSelect('min(r.created_at)', 'oldest')
          .where('r.status = :status', { status })
          .getRawOne<{ n: number; oldest: Date | null }>();
        return { n: row?.n ?? 0, oldest: row?.oldest ?? null };
      };
      const topups = await waiting(TopupRequestEntity, TopupRequestStatus.PENDING);
      const withdrawals = await waiting(WithdrawalEntity, WithdrawalStatus.REQUESTED);
      return [
        ...(topups.n ? [{ kind: TodoKind.TOPUP_TO_CONFIRM, subjectId: viewer.organizationId, params: { count: topups.n, oldest: topups.oldest?.toISOString() ?? null }, dueAt: null, severity: TodoSeverity.INFO, link: '/finance/topups' }] : []),
        ...(withdrawals.n
          ? [{ kind: TodoKind.WITHDRAWAL_TO_CONFIRM, subjectId: viewer.organizationId, params: { count: withdrawals.n, oldest: withdrawals.oldest?.toISOString() ?? null }, dueAt: null, severity: TodoSeverity.INFO, link: '/finance/withdrawals' }]
          : []),
      ];
    });
  }
}
