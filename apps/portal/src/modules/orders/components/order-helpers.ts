import dayjs from 'dayjs';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { DISPLAY_TIME_ZONE } from '@mengyuan/ui';

/** A fresh idempotency key for one buy dialog: WEB-<yyyyMMddHHmmss>-<random>, Beijing time. */
export function newClientOrderNo(): string {
  const stamp = dayjs().tz(DISPLAY_TIME_ZONE).format('YYYYMMDDHHmmss');
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  const random = Array.from(bytes, (b) => b.toString(36).toUpperCase().padStart(2, '0')).join('').slice(0, 6);
  return `WEB-${stamp}-${random}`;
}

/** The saved failed order an order error names (extensions.orderId), if any. */
export function failedOrderId(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const id = (error.errors[0]?.extensions as { orderId?: unknown } | undefined)?.orderId;
  return typeof id === 'string' ? id : undefined;
}

/** Whether the server answered at all: a GraphQL error is a definite answer, anything else (network) is not. */
export function isDefiniteAnswer(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error);
}

/** Copies text, with a fallback for browsers without the async clipboard (or without permission). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      document.body.removeChild(area);
    }
  }
}

export interface CodeLike {
  id: string;
  cardNumber: string | null;
  secret: string | null;
  expiresAt: string | null;
}

/** One code as a line of text: the card-import CSV shape (cardNumber,secret,expiresAt), empty parts left out. */
export function codeLine(code: CodeLike): string {
  return [code.cardNumber, code.secret, code.expiresAt ? code.expiresAt.slice(0, 10) : null].filter((p) => !!p).join(',');
}
