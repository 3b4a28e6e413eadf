import type { TFunction } from 'i18next';
import { errorMessage } from '../errors';

/**
 * What a list says when its search or refresh failed: that the rows below are the last ones loaded (so nobody acts
 * on stale rows thinking they are current) or that there are none, why, and a retry.
 */
export function listErrorText(t: TFunction, error: unknown, stale: boolean): { title: string; description: string } {
  return { title: t(stale ? 'lists.loadError.stale' : 'lists.loadError.none'), description: errorMessage(t, error) };
}
