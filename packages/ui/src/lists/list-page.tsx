import { useMemo, useState, type HTMLAttributes, type Key, type ReactNode } from 'react';
import { Button, Checkbox, Empty, Flex, Grid, List, Typography } from 'antd';
import type { TableProps } from 'antd';
import { DownloadOutlined, FilterOutlined, ReloadOutlined } from '@ant-design/icons';
import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-provider';
import { downloadCsv, type ListState } from './list-state';
import { RowCard } from './row-card';
import { SavedViews } from './saved-views';
import { ListLoadError } from './list-error';

type Density = 'large' | 'middle' | 'small';

export interface ListColumn<T> {
  key: string;
  /** A plain string: it names the column in the settings, the CSV and on the phone's cards. */
  title: string;
  /** The field shown (defaults to key); render gets its value. */
  dataIndex?: string;
  render?: (value: never, row: T, index: number) => ReactNode;
  width?: number;
  align?: 'left' | 'right' | 'center';
  fixed?: 'left' | 'right';
  /** The api sorts by this column (key is the api's field). */
  sortable?: boolean;
  /** Never wrapped (dates, numbers, codes). */
  nowrap?: boolean;
  /** Hidden until the person shows it in the column settings. */
  defaultHidden?: boolean;
  /** What a phone's card does with it: its title, a tag beside the title, a labelled field, the actions, or nothing. */
  mobile?: 'title' | 'tag' | 'field' | 'actions' | false;
  /** The CSV's cell (defaults to the field's value when it is text or a number; false leaves it out). */
  exportValue?: ((row: T) => string | number | null | undefined) | false;
}

export interface ListPageProps<T> {
  /** Names the list in saved views and in the person's column settings, e.g. 'admin.audit'. */
  listKey: string;
  state: ListState;
  rowKey: (row: T) => string;
  columns: ListColumn<T>[];
  items: readonly T[];
  total: number;
  /** The api stopped counting: the total is a lower bound ("at least N"). */
  totalCapped?: boolean;
  loading?: boolean;
  /**
   * The query's error. A failed search or refresh that still shows earlier rows says so above them (they may be
   * stale), with a retry; pass it on every list so none shows old rows silently.
   */
  error?: unknown;
  /** What the error's retry does (defaults to onReload). */
  onRetry?: () => void;
  /** The filter controls (bound to `state`). */
  filters?: ReactNode;
  /** Buttons beside the saved views. */
  toolbar?: ReactNode;
  onReload?: () => void;
  /** Actions on the selected rows; selection is offered when given or when the selection can be exported. */
  bulkActions?: (selected: T[], clear: () => void) => ReactNode;
  /** The CSV file name of "export selection" (no export when absent). */
  exportName?: string;
  emptyText?: ReactNode;
  expandable?: TableProps<T>['expandable'];
  /** Extra attributes of each row (and phone card), e.g. data-testid. */
  rowProps?: (row: T) => HTMLAttributes<HTMLElement> & Record<string, unknown>;
  pageSizes?: number[];
  'data-testid'?: string;
}

function valueOf<T>(row: T, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), row);
}

function useStored<V extends string>(key: string, fallback: V): [V, (v: V) => void] {
  const [value, setValue] = useState<V>(() => {
    try {
      return (localStorage.getItem(key) as V | null) ?? fallback;
    } catch {
      return fallback;
    }
  });
  return [
    value,
    (v) => {
      setValue(v);
      try {
        localStorage.setItem(key, v);
      } catch {
        // private mode: remembered for this page only
      }
    },
  ];
}

/**
 * A list as people know it from Ant Design Pro: filters and sort in the URL, saved views (own or shared), column
 * settings and density remembered per person, row selection with bulk actions and CSV export; on a phone, cards
 * with the fields that matter and the actions.
 */
export function ListPage<T extends object>(props: ListPageProps<T>) {
  const { listKey, state, rowKey, columns, items, total, totalCapped, loading, error, onRetry, filters, toolbar, onReload, bulkActions, exportName, emptyText, expandable, rowProps, pageSizes = [20, 50, 100] } = props;
  const { t } = useTranslation();
  const { user } = useAuth();
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const who = user?.id ?? 'anonymous';
  const [density, setDensity] = useStored<Density>(`my.density.${who}.${listKey}`, 'middle');
  const [selected, setSelected] = useState<Map<string, T>>(new Map());
  // On a phone the filters fold away behind a button, so the cards start near the top.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const selectable = !!bulkActions || !!exportName;
  const selectedRows = [...selected.values()];
  const clear = () => setSelected(new Map());

  const exportSelection = () => {
    const cols = columns.filter((c) => c.exportValue !== false);
    const rows = selectedRows.map((r) =>
      cols.map((c) => {
        if (c.exportValue) return c.exportValue(r);
        const v = valueOf(r, c.dataIndex ?? c.key);
        return typeof v === 'string' || typeof v === 'number' ? v : null;
      }),
    );
    downloadCsv(`${exportName ?? listKey}.csv`, cols.map((c) => c.title), rows);
  };

  const selectionBar = selectable && selectedRows.length > 0 && (
    <Flex align="center" gap={8} wrap data-testid="list-selection">
      <Typography.Text>{t('lists.selected', { count: selectedRows.length })}</Typography.Text>
      {bulkActions?.(selectedRows, clear)}
      {exportName && (
        <Button size="small" icon={<DownloadOutlined />} onClick={exportSelection} data-testid="export-selection">
          {t('lists.exportSelection')}
        </Button>
      )}
      <Button size="small" type="link" onClick={clear}>
        {t('lists.clearSelection')}
      </Button>
    </Flex>
  );

  const proColumns = useMemo<ProColumns<T>[]>(
    () =>
      columns.map((c) => ({
        key: c.key,
        dataIndex: (c.dataIndex ?? c.key).split('.'),
        title: c.title,
        width: c.width,
        align: c.align,
        fixed: phone ? undefined : c.fixed,
        sorter: c.sortable,
        sortOrder: c.sortable ? (state.sort?.field === c.key ? state.sort.order : null) : undefined,
        onCell: c.nowrap ? () => ({ style: { whiteSpace: 'nowrap' } }) : c.width ? () => ({ style: { overflowWrap: 'anywhere', minWidth: c.width } }) : undefined,
        render: (_dom: ReactNode, row: T, index: number) => {
          const v = valueOf(row, c.dataIndex ?? c.key);
          if (c.render) return c.render(v as never, row, index);
          return v === null || v === undefined || v === '' ? '—' : (v as ReactNode);
        },
      })),
    [columns, phone, state.sort],
  );

  const empty = <Empty description={emptyText ?? t('lists.empty')} />;
  const pagination = {
    current: state.page,
    pageSize: state.pageSize,
    total,
    showSizeChanger: !phone,
    pageSizeOptions: pageSizes,
    showTotal: phone ? undefined : (count: number) => t(totalCapped ? 'common.totalAtLeast' : 'common.total', { count }),
    onChange: (page: number, size: number) => state.set(size !== state.pageSize ? { size, page: 1 } : { page }),
    size: phone ? ('small' as const) : undefined,
  };
  const views = <SavedViews listKey={listKey} state={state} />;
  const retry = onRetry ?? onReload;
  const failure = error ? <ListLoadError error={error} stale={items.length > 0} onRetry={retry} /> : null;

  if (phone) {
    const title = columns.find((c) => c.mobile === 'title') ?? columns[0];
    const tags = columns.filter((c) => c.mobile === 'tag');
    const fields = columns.filter((c) => c !== title && (c.mobile === 'field' || (c.mobile === undefined && !c.fixed && !c.defaultHidden)));
    const actions = columns.filter((c) => c.mobile === 'actions' || (c.mobile === undefined && c.fixed === 'right'));
    const cell = (c: ListColumn<T>, row: T, i: number) => {
      const v = valueOf(row, c.dataIndex ?? c.key);
      return c.render ? c.render(v as never, row, i) : v === null || v === undefined || v === '' ? '—' : (v as ReactNode);
    };
    return (
      <div data-testid={props['data-testid']} data-list={listKey} data-layout="cards" data-loading={loading ? 'true' : 'false'}>
        <Flex vertical gap={8} style={{ marginBottom: 12 }}>
          {filtersOpen && filters && (
            <Flex gap={8} wrap className="my-list-filters" data-testid="list-filters">
              {filters}
            </Flex>
          )}
          <Flex gap={8} wrap>
            {filters && (
              <Button icon={<FilterOutlined />} onClick={() => setFiltersOpen((o) => !o)} aria-expanded={filtersOpen} data-testid="list-filters-toggle">
                {state.activeFilters > 0 ? `${t('lists.filters')} (${state.activeFilters})` : t('lists.filters')}
              </Button>
            )}
            {views}
            {toolbar}
            {onReload && <Button icon={<ReloadOutlined />} onClick={onReload} aria-label={t('common.refresh')} />}
          </Flex>
          {selectionBar}
        </Flex>
        {failure}
        <List
          loading={loading}
          dataSource={[...items]}
          locale={{ emptyText: empty }}
          pagination={total > state.pageSize ? pagination : false}
          renderItem={(row, i) => {
            const id = rowKey(row);
            return (
              <RowCard
                attrs={rowProps?.(row)}
                select={
                  selectable && (
                    <Checkbox
                      checked={selected.has(id)}
                      aria-label={t('lists.selectRow')}
                      onChange={(e) => setSelected((prev) => { const next = new Map(prev); if (e.target.checked) next.set(id, row); else next.delete(id); return next; })}
                    />
                  )
                }
                title={cell(title, row, i)}
                tags={tags.map((c) => ({ key: c.key, node: cell(c, row, i) }))}
                fields={fields.map((c) => ({ key: c.key, label: c.title, node: cell(c, row, i) }))}
                actions={actions.map((c) => ({ key: c.key, node: cell(c, row, i) }))}
              />
            );
          }}
        />
      </div>
    );
  }

  return (
    <div data-testid={props['data-testid']} data-list={listKey} data-layout="table" data-loading={loading ? 'true' : 'false'}>
      {failure}
      <ProTable<T>
        rowKey={(row) => rowKey(row)}
        columns={proColumns}
        dataSource={[...items]}
        loading={loading}
        search={false}
        cardBordered
        size={density}
        onSizeChange={(s) => setDensity(s as Density)}
        columnsState={{
          persistenceKey: `my.columns.${who}.${listKey}`,
          persistenceType: 'localStorage',
          defaultValue: Object.fromEntries(columns.filter((c) => c.defaultHidden).map((c) => [c.key, { show: false }])),
        }}
        options={{ density: true, setting: { draggable: true, checkable: true }, reload: onReload ? () => onReload() : false, fullScreen: false }}
        headerTitle={<Flex gap={8} wrap align="center" className="my-list-filters">{filters}</Flex>}
        toolBarRender={() => [<span key="views">{views}</span>, ...(toolbar ? [<span key="toolbar">{toolbar}</span>] : [])]}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: empty }}
        expandable={expandable}
        pagination={pagination}
        onChange={(_p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const key = s?.columnKey ? String(s.columnKey) : undefined;
          const next = key && s.order ? `${key}:${s.order === 'ascend' ? 'asc' : 'desc'}` : undefined;
          const now = state.sort ? `${state.sort.field}:${state.sort.order === 'ascend' ? 'asc' : 'desc'}` : undefined;
          if (next !== now) state.set({ sort: next });
        }}
        onRow={rowProps ? (row) => rowProps(row) as HTMLAttributes<HTMLElement> : undefined}
        rowSelection={
          selectable
            ? {
                selectedRowKeys: [...selected.keys()] as Key[],
                preserveSelectedRowKeys: true,
                onChange: (keys, rows) =>
                  setSelected((prev) => {
                    const next = new Map<string, T>();
                    for (const k of keys) {
                      const row = rows.find((r) => r && rowKey(r) === k) ?? prev.get(String(k));
                      if (row) next.set(String(k), row);
                    }
                    return next;
                  }),
              }
            : false
        }
        tableAlertRender={selectable ? () => selectionBar : false}
        tableAlertOptionRender={false}
      />
    </div>
  );
}
