import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { SubjectNames } from '../../../common/subject-names';
import { OrderLineEntity } from '../entities/order-line.entity';
import { OrderEntity } from '../entities/order.entity';
import { TopupTaskEntity } from '../entities/topup-task.entity';

/** Orders, their lines and top-up tasks by the member's order number. */
@Injectable()
export class OrderSubjectNames implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly names: SubjectNames,
  ) {}

  onModuleInit(): void {
    const byOrder = async (rows: { id: string; orderId: string }[]) => {
      const numbers = await this.names.of('order', rows.map((r) => r.orderId));
      return new Map(rows.filter((r) => numbers.has(r.orderId)).map((r) => [r.id, numbers.get(r.orderId)!]));
    };
    this.names.register('order', async (ids) => new Map((await this.txHost.tx.getRepository(OrderEntity).findBy({ id: In(ids) })).map((o) => [o.id, o.clientOrderNo])));
    this.names.register('order_line', async (ids) => byOrder(await this.txHost.tx.getRepository(OrderLineEntity).findBy({ id: In(ids) })));
    this.names.register('topup_task', async (ids) => byOrder(await this.txHost.tx.getRepository(TopupTaskEntity).findBy({ id: In(ids) })));
  }
}
