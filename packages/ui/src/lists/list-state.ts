import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type SortOrder = 'ascend' | 'descend';

/** What a list shows, kept in the URL: shareable, and the back button walks back through it. */
export interface ListState {
  /** A filter's value from the URL, or undefined. */
  get(key: string): string | undefined;
  /** A filter holding several values (comma-separated in the URL). */
  getAll(key: string): string[];
  page: number;
  pageSize: number;
  sort: { field: string; order: SortOrder } | undefined;
  /** Changes filters (a changed filter goes back to page 1 unless `page` is given); each change is a history entry. */
  set(changes: Record<string, string | number | readonly string[] | null | undefined>): void;
  /** The URL's filters and sort (not the page) as a saved view keeps them. */
  snapshot(): Record<string, string>;
  /** Replaces every filter with those of a saved view. */
  apply(state: Record<string, unknown>, viewId?: string): void;
  /** How many filters are set (the sort and page size not counted). */
  activeFilters: number;
  /** The saved view last applied, while the URL still carries it. */
  viewId: string | undefined;
}

export const LIST_PAGE_SIZES = [20, 50, 100] as const;
/** What is not a filter: paging, sort and the applied view. */
const NOT_FILTERS = new Set(['page', 'size', 'sort', 'view']);

/** The filters, sort and page of a list in the URL's query string (one list per page). */
export function useListState(options: { defaultPageSize?: number; pageSizes?: readonly number[]; detailKeys?: readonly string[] } = {}): ListState {
  const { defaultPageSize = 20, pageSizes = LIST_PAGE_SIZES } = options;
  // URL keys that open a detail over the list (a drawer): not filters, not saved in a view.
  const detailKey = (options.detailKeys ?? []).join(',');
  const isFilter = useCallback((k: string) => !NOT_FILTERS.has(k) && !detailKey.split(',').includes(k), [detailKey]);
  const [params, setParams] = useSearchParams();

  const set = useCallback<ListState['set']>(
    (changes) => {
      // From the URL as it is now: a control rendered earlier (a memoised toolbar) must not undo a newer filter.
      {
        const next = new URLSearchParams(window.location.search);
        let filterChanged = false;
        for (const [k, v] of Object.entries(changes)) {
          const value = Array.isArray(v) ? v.join(',') : v === null || v === undefined ? '' : String(v);
          if (isFilter(k) || k === 'sort') filterChanged = true;
          if (value === '' || (k === 'page' && value === '1') || (k === 'size' && value === String(defaultPageSize))) next.delete(k);
          else next.set(k, value);
        }
        if (filterChanged && !('page' in changes)) next.delete('page');
        // Filters changed by hand are no longer the saved view's.
        if (filterChanged && !('view' in changes)) next.delete('view');
        setParams(next);
      }
    },
    [setParams, defaultPageSize, isFilter],
  );

  return useMemo<ListState>(() => {
    const rawSort = params.get('sort');
    const [field, dir] = rawSort ? rawSort.split(':') : [];
    const size = Number(params.get('size'));
    let activeFilters = 0;
    for (const k of params.keys()) if (isFilter(k)) activeFilters += 1;
    return {
      get: (key) => params.get(key) || undefined,
      getAll: (key) => (params.get(key) ?? '').split(',').filter(Boolean),
      page: Math.max(1, Number(params.get('page')) || 1),
      pageSize: pageSizes.includes(size) ? size : defaultPageSize,
      sort: field && (dir === 'asc' || dir === 'desc') ? { field, order: dir === 'asc' ? 'ascend' : 'descend' } : undefined,
      set,
      snapshot: () => {
        const out: Record<string, string> = {};
        for (const [k, v] of params) if (k === 'sort' || k === 'size' || isFilter(k)) out[k] = v;
        return out;
      },
      apply: (state, viewId) => {
        const next = new URLSearchParams();
        for (const [k, v] of Object.entries(state)) if (typeof v === 'string' && v !== '' && k !== 'page' && k !== 'view') next.set(k, v);
        if (viewId) next.set('view', viewId);
        setParams(next);
      },
      activeFilters,
      viewId: params.get('view') || undefined,
    };
  }, [params, pageSizes, defaultPageSize, set, setParams, isFilter]);
}

/** The URL's sort as the api's (`field`, `ASC`/`DESC`). */
export function sortOf(state: ListState): { field: string; direction: 'ASC' | 'DESC' } | undefined {
  return state.sort && { field: state.sort.field, direction: state.sort.order === 'ascend' ? 'ASC' : 'DESC' };
}

/** A selection's rows as CSV (UTF-8 with BOM, so Excel reads Chinese), downloaded as a file. */
export function downloadCsv(filename: string, header: string[], rows: (string | number | null | undefined)[][]): void {
  const cell = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? '' : String(v);
    // A leading = + - @ would be a formula in a spreadsheet.
    const safe = /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const text = '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n');
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
