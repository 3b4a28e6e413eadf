// The payload every target returns: 10 items of 5 fields, built once so the
// measurement is framework overhead, not resolver work.
export interface ItemShape {
  id: string;
  name: string;
  priceFen: number;
  status: string;
  updatedAt: string;
}

export const ITEMS: ItemShape[] = Array.from({ length: 10 }, (_, i) => ({
  id: String(i + 1),
  name: `商品 ${i + 1} / item ${i + 1}`,
  priceFen: 1000 + i * 125,
  status: i % 3 === 0 ? 'ON_SALE' : 'PAUSED',
  updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
}));

export const ITEMS_QUERY = '{ items { id name priceFen status updatedAt } }';
export const PING_QUERY = '{ ping }';

export const EXPECTED = {
  items: { data: { items: ITEMS } },
  ping: { data: { ping: 'pong' } },
} as const;
