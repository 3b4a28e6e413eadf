import { useSearchParams } from 'react-router';

/** Filters kept in the address (shareable, survive a reload): read one, or change several at once. */
export function useUrlState() {
  const [params, setParams] = useSearchParams();
  const get = (k: string): string | undefined => params.get(k) ?? undefined;
  const set = (changes: Record<string, string | null | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  return { get, set, params };
}
