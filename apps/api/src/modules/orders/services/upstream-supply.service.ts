import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../../common/actor';

/** A card order about to be placed, as a source that holds no stock of its own sees it. */
export interface CardOrderIntent {
  memberId: string;
  skuId: string;
  quantity: number;
  clientOrderNo: string;
}

/** What a provider bought for one order, before the order's transaction. */
export interface PreparedSupply {
  /** Inside the order's transaction, before the order: puts what was bought where its claim finds it (run again if it is retried). */
  stock(): Promise<void>;
  /** Inside the order's transaction, once the order is decided: records what the purchase went to (no transaction of its own). */
  placed(order: { id: string; status: string }): Promise<void>;
  /** After the order's transaction rolled back (the placement threw): what was bought is kept, in a transaction of its own. */
  abandoned(): Promise<void>;
}

/**
 * A port the orders own for sources that buy at order time (docking's upstream suppliers, issue 19): before a
 * card order's transaction, a provider may buy the codes from the upstream (an HTTP call, never inside a
 * transaction) and then add them, inside the order's transaction, to the offer routing will reach; the card path
 * claims them as any other stock. The order path itself does not change. A module above the orders registers
 * its provider at start.
 */
export interface UpstreamSupplyProvider {
  /** Cheap (no I/O in the common case): may this SKU need buying through at all? */
  mayServe(skuId: string): boolean;
  /**
   * What was bought; `SELLS_FROM_STOCK` when the walk ended at an offer with codes of its own (the card path sells
   * them, nothing bought); null when nothing could be bought. With `pastStock`, offers' own codes are passed by
   * (asked again after those codes went to concurrent orders).
   */
  prepare(actor: Actor, intent: CardOrderIntent, opts?: { pastStock?: boolean }): Promise<PreparedSupply | typeof SELLS_FROM_STOCK | null>;
}

/** The provider's answer when an offer with codes of its own comes first: the order sells from stock as always. */
export const SELLS_FROM_STOCK = 'SELLS_FROM_STOCK' as const;

@Injectable()
export class UpstreamSupplyService {
  private provider: UpstreamSupplyProvider | null = null;

  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  register(provider: UpstreamSupplyProvider): void {
    this.provider = provider;
  }

  /**
   * Null unless a provider bought something for this order (and the order is new: a retry buys nothing), or
   * `SELLS_FROM_STOCK` when a docked SKU's first source holds codes (see `OrderService.place`: if concurrent
   * orders take those codes first, it asks again with `pastStock`).
   */
  async prepare(actor: Actor, intent: CardOrderIntent, opts?: { pastStock?: boolean }): Promise<PreparedSupply | typeof SELLS_FROM_STOCK | null> {
    if (!this.provider?.mayServe(intent.skuId)) return null;
    // Hot path (a card order of a docked SKU): one indexed lookup on the idempotency key.
    const seen = (await this.txHost.tx.query('SELECT 1 FROM orders WHERE member_id = $1 AND client_order_no = $2', [intent.memberId, intent.clientOrderNo])) as unknown[];
    if (seen.length) return null;
    return this.provider.prepare(actor, intent, opts);
  }
}
