import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

interface FormattedError {
  message: string;
  extensions?: { code?: unknown; fields?: unknown; requestId?: unknown };
}

function firstGraphQLError(error: unknown): FormattedError | undefined {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0] as FormattedError | undefined;
  return undefined;
}

/** The machine-readable code of an error (extensions.code), if the server sent one. */
export function errorCode(error: unknown): string | undefined {
  const code = firstGraphQLError(error)?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** What the server said with an error beyond its code (extensions: amounts, limits), as strings. */
export function errorDetails(error: unknown): Record<string, string> {
  const ext = firstGraphQLError(error)?.extensions as Record<string, unknown> | undefined;
  return Object.fromEntries(Object.entries(ext ?? {}).filter(([, v]) => typeof v === 'string' || typeof v === 'number').map(([k, v]) => [k, String(v)]));
}

/** A message for people: the code translated through `errors.<CODE>`, else the server's own message. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!error) return '';
  const gql = firstGraphQLError(error);
  if (gql) {
    const code = errorCode(error);
    // The reference a user quotes to support: the server logged the failure under it.
    const requestId = gql.extensions?.requestId;
    if (code === 'INTERNAL' && typeof requestId === 'string') return t('errors.INTERNAL_REF', { requestId });
    if (code && code !== 'VALIDATION_FAILED') return t(`errors.${code}`, { defaultValue: gql.message });
    if (code === 'VALIDATION_FAILED') return gql.message || t('errors.VALIDATION_FAILED');
    return gql.message || t('errors.UNKNOWN');
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 429) return t('errors.RATE_LIMITED');
    if (error.statusCode === 401) return t('errors.UNAUTHENTICATED');
    if (error.statusCode === 503) return t('errors.SERVICE_UNAVAILABLE');
    return t('errors.SERVER', { status: error.statusCode });
  }
  if (ServerParseError.is(error)) return t('errors.SERVER', { status: error.statusCode });
  if (error instanceof TypeError) return t('errors.NETWORK');
  return t('errors.UNKNOWN');
}

/**
 * VALIDATION_FAILED details as { field: messages }, with any `input.` prefix removed so the keys match
 * form field names.
 */
export function fieldErrors(error: unknown): Record<string, string[]> {
  const fields = firstGraphQLError(error)?.extensions?.fields;
  if (!fields || typeof fields !== 'object') return {};
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(fields as Record<string, unknown>)) {
    const name = key.replace(/^input\./, '');
    const messages = Array.isArray(value) ? value.map(String) : [String(value)];
    out[name] = messages;
  }
  return out;
}
