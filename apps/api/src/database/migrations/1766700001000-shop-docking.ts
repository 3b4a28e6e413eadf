import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members' shops docked downstream (issue 19 §5): the shop protocols number goods and orders with integers,
 * so each SKU a shop sees and each order a shop places gets one, kept here; an order's row also names the key
 * and protocol it came by, the shop's own order number (the idempotency key, per member) and where a dujiao-next
 * shop wants to be called back.
 */
export class ShopDocking1766700001000 implements MigrationInterface {
  name = 'ShopDocking1766700001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE docking_shop_goods (num bigint GENERATED ALWAYS AS IDENTITY (START WITH 1001) PRIMARY KEY, sku_id uuid NOT NULL UNIQUE REFERENCES skus (id))`);
    await q.query(`CREATE TABLE docking_shop_orders (
      num bigint GENERATED ALWAYS AS IDENTITY (START WITH 100001) PRIMARY KEY,
      order_id uuid NOT NULL UNIQUE REFERENCES orders (id),
      member_id uuid NOT NULL REFERENCES organizations (id),
      api_key_id uuid NOT NULL REFERENCES api_keys (id),
      protocol text NOT NULL CHECK (protocol IN ('DUJIAO_NEXT','ACG_FAKA')),
      shop_order_no text NOT NULL,
      callback_url text,
      created_at timestamptz NOT NULL)`);
    await q.query(`CREATE INDEX docking_shop_orders_member_idx ON docking_shop_orders (member_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE docking_shop_orders, docking_shop_goods`);
  }
}
