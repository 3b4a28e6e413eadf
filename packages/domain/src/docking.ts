import { defineTransitions } from './state-machine';

/**
 * Docking (对接, issue 19): a supplier's own system as a source, spoken to in its protocol — the Mengyuan supplier
 * protocol v1 (docs/supplier-protocol.md), or a dujiao-next site's upstream ("site-to-site") API.
 */
export const DockProtocol = { MENGYUAN: 'MENGYUAN', DUJIAO_NEXT: 'DUJIAO_NEXT' } as const;
export type DockProtocol = (typeof DockProtocol)[keyof typeof DockProtocol];

/** How a synced price (the upstream's price with the connector's markup) is rounded up: to the fen, jiao or yuan. */
export const DockRounding = { FEN: 'FEN', JIAO: 'JIAO', YUAN: 'YUAN' } as const;
export type DockRounding = (typeof DockRounding)[keyof typeof DockRounding];

export const DockConnectorStatus = { ACTIVE: 'ACTIVE', DISABLED: 'DISABLED' } as const;
export type DockConnectorStatus = (typeof DockConnectorStatus)[keyof typeof DockConnectorStatus];

/**
 * An order sent upstream: SENT (no answer yet), DELIVERED (codes sold to the alliance's order), STOCKED (codes
 * came but the order did not take them: they are the offer's stock now), PROCESSING / SUCCEEDED / FAILED
 * (top-ups), UNKNOWN (no answer: asked again by the sweep, re-sent with the same id if the upstream never got it).
 */
export const DockOrderStatus = {
  SENT: 'SENT', DELIVERED: 'DELIVERED', STOCKED: 'STOCKED', PROCESSING: 'PROCESSING', SUCCEEDED: 'SUCCEEDED', FAILED: 'FAILED', UNKNOWN: 'UNKNOWN',
} as const;
export type DockOrderStatus = (typeof DockOrderStatus)[keyof typeof DockOrderStatus];

/** A dujiao-next shop's callback of one order outcome: PENDING (due, or retried with backoff), DELIVERED (a 2xx), FAILED (retries spent). */
export const ShopCallbackStatus = { PENDING: 'PENDING', DELIVERED: 'DELIVERED', FAILED: 'FAILED' } as const;
export type ShopCallbackStatus = (typeof ShopCallbackStatus)[keyof typeof ShopCallbackStatus];

/** A callback is retried while PENDING until a 2xx (DELIVERED) or its last retry (FAILED); both are final. */
export const shopCallbackLifecycle = defineTransitions<ShopCallbackStatus, 'SUCCEED' | 'RETRY' | 'GIVE_UP'>({
  PENDING: { SUCCEED: 'DELIVERED', RETRY: 'PENDING', GIVE_UP: 'FAILED' },
  DELIVERED: {},
  FAILED: {},
});

/** Basis points of markup on the upstream's price, and the rounding (always up, so the supplier never sells under its cost). */
export function dockedPrice(upstreamFen: bigint, markupBp: number, rounding: DockRounding): bigint {
  const raw = upstreamFen * BigInt(10_000 + markupBp);
  let fen = (raw + 9_999n) / 10_000n;
  const step = rounding === 'YUAN' ? 100n : rounding === 'JIAO' ? 10n : 1n;
  fen = ((fen + step - 1n) / step) * step;
  return fen;
}
