import { LedgerAccountKind, LedgerTransactionType, OrderLineStatus } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { LedgerService } from '../../ledger/services/ledger.service';
import { OrderAttemptEntity } from '../entities/order-attempt.entity';
import { OrderLineEntity } from '../entities/order-line.entity';
import type { OrderEntity } from '../entities/order.entity';

/** What card delivery and direct top-ups share once an offer serves: the attempts, the line, the money. */
@Injectable()
export class OrderFulfilmentService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
  ) {}

  async recordAttempts(orderId: string, attempts: Partial<OrderAttemptEntity>[]): Promise<void> {
    if (!attempts.length) return;
    const at = this.clock.now();
    await this.txHost.tx.getRepository(OrderAttemptEntity).insert(attempts.map((a) => ({ ...a, orderId, at })) as never); // jsonb reason: TypeORM's partial type cannot express it
  }

  async addLine(order: OrderEntity, offerId: string, supplierId: string, unitSettlement: string): Promise<OrderLineEntity> {
    const repo = this.txHost.tx.getRepository(OrderLineEntity);
    const line = repo.create({ orderId: order.id, offerId, supplierId, quantity: order.quantity, unitSettlement, status: OrderLineStatus.DELIVERED });
    await repo.insert(line);
    return line;
  }

  /** The member pays (from the wallet or the hold), the supplier is owed its settlement, the alliance keeps the margin. */
  async postSale(order: OrderEntity, payFrom: string, supplierId: string, unitSettlement: string): Promise<void> {
    const total = BigInt(order.total);
    const settlement = BigInt(unitSettlement) * BigInt(order.quantity);
    await this.ledger.post(
      LedgerTransactionType.ORDER,
      [
        { accountId: payFrom, amount: -total },
        { accountId: await this.ledger.account(LedgerAccountKind.SUPPLIER_PAYABLE, supplierId), amount: settlement },
        ...(total !== settlement ? [{ accountId: await this.ledger.account(LedgerAccountKind.ALLIANCE_REVENUE, null), amount: total - settlement }] : []),
      ],
      { orderId: order.id, reference: order.clientOrderNo },
    );
  }

}
