import { useEffect, useRef, type HTMLAttributes, type Key, type ReactNode } from 'react';
import { Checkbox, Empty, Grid, List, Table } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { RowCard } from './row-card';

export type ResponsiveTableProps<T> = TableProps<T> & {
  /** The accessible name of a card's selection checkbox (when rowSelection is given). */
  selectLabel?: string;
  /** The column (by key or dataIndex) that titles a phone's card; the first column by default. */
  cardTitle?: string;
  /** Columns shown beside the title (a status). */
  cardTags?: string[];
  /** Columns shown as the card's actions; by default the one keyed `actions` and any fixed to the right. */
  cardActions?: string[];
  'data-testid'?: string;
};

type Column<T> = TableColumnsType<T>[number] & { dataIndex?: string | number | readonly (string | number)[]; children?: TableColumnsType<T> };

function leaves<T>(columns: TableColumnsType<T>): Column<T>[] {
  return (columns as Column<T>[]).flatMap((c) => (c.children ? leaves(c.children) : [c])).filter((c) => !c.hidden);
}

function keyOf<T>(c: Column<T>, i: number): string {
  if (c.key !== undefined) return String(c.key);
  if (Array.isArray(c.dataIndex)) return c.dataIndex.join('.');
  return c.dataIndex !== undefined ? String(c.dataIndex) : String(i);
}

function valueAt(row: object, path: Column<object>['dataIndex']): unknown {
  if (path === undefined) return undefined;
  const parts: (string | number)[] = Array.isArray(path) ? [...(path as readonly (string | number)[])] : [path as string | number];
  return parts.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), row);
}

/**
 * antd's Table on wide screens; on a phone (under 768 px) each row a card with its title, status, labelled fields
 * and actions, so nothing is wider than the screen. Takes the Table's own props.
 */
export function ResponsiveTable<T extends object>({ cardTitle, cardTags = [], cardActions, selectLabel, ...props }: ResponsiveTableProps<T>) {
  const { t } = useTranslation();
  const phone = Grid.useBreakpoint().md === false;
  const box = useRef<HTMLDivElement>(null);
  // A table that scrolls sideways can be scrolled from the keyboard too (even with no link or button in it).
  useEffect(() => {
    for (const el of box.current?.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body') ?? []) {
      if (el.scrollWidth > el.clientWidth + 1) el.tabIndex = 0;
      else el.removeAttribute('tabindex');
    }
  });
  if (!phone)
    return (
      <div ref={box}>
        <Table<T> {...props} />
      </div>
    );

  const columns = leaves(props.columns ?? []);
  const keyed = columns.map((c, i) => ({ c, key: keyOf(c, i) }));
  const title = keyed.find((k) => k.key === cardTitle) ?? keyed[0];
  const isAction = (k: { c: Column<T>; key: string }) => (cardActions ? cardActions.includes(k.key) : k.key === 'actions' || k.c.fixed === 'right');
  const tags = keyed.filter((k) => k !== title && cardTags.includes(k.key));
  const actions = keyed.filter((k) => k !== title && !tags.includes(k) && isAction(k));
  const fields = keyed.filter((k) => k !== title && !tags.includes(k) && !actions.includes(k));
  const cell = (c: Column<T>, row: T, i: number): ReactNode => {
    const v = valueAt(row, c.dataIndex);
    const render = (c as { render?: (value: unknown, row: T, index: number) => ReactNode }).render;
    if (render) return render(v, row, i);
    return v === null || v === undefined || v === '' ? '—' : (v as ReactNode);
  };
  const label = (c: Column<T>): ReactNode => (typeof c.title === 'function' ? (c.title as (p: object) => ReactNode)({}) : (c.title as ReactNode));
  const rowKeyOf = (row: T, i: number): Key => (typeof props.rowKey === 'function' ? props.rowKey(row, i) : ((row as Record<string, Key>)[props.rowKey ?? 'key'] ?? i));
  // Selection works on the cards too: a checkbox before each card's title, bound to the table's rowSelection.
  const selection = props.rowSelection;
  const selectedKeys = new Set((selection?.selectedRowKeys ?? []).map(String));
  const rows = [...(props.dataSource ?? [])];
  const toggle = (row: T, i: number, on: boolean) => {
    const key = rowKeyOf(row, i);
    const keys = on ? [...(selection?.selectedRowKeys ?? []), key] : (selection?.selectedRowKeys ?? []).filter((k) => String(k) !== String(key));
    const chosen = rows.filter((r, j) => keys.some((k) => String(k) === String(rowKeyOf(r, j))));
    selection?.onChange?.(keys, chosen, { type: 'single' });
  };
  const { position: _position, ...paging } = props.pagination || {};
  const pagination =
    props.pagination === false
      ? false
      : {
          pageSize: 10,
          hideOnSinglePage: true,
          ...paging,
          size: 'small' as const,
          showSizeChanger: false,
          showTotal: undefined,
          onChange: (page: number, pageSize: number) => {
            paging.onChange?.(page, pageSize);
            props.onChange?.({ current: page, pageSize }, {}, [], { action: 'paginate', currentDataSource: [...(props.dataSource ?? [])] });
          },
        };

  return (
    <div data-testid={props['data-testid']} data-layout="cards">
      <List
        loading={props.loading}
        dataSource={[...(props.dataSource ?? [])]}
        locale={{ emptyText: (props.locale?.emptyText as ReactNode) ?? <Empty /> }}
        pagination={pagination}
        rowKey={(row) => rowKeyOf(row, 0)}
        renderItem={(row, i) => (
          <RowCard
            attrs={props.onRow?.(row, i) as HTMLAttributes<HTMLElement> & Record<string, unknown>}
            select={
              selection && (
                <Checkbox
                  checked={selectedKeys.has(String(rowKeyOf(row, i)))}
                  aria-label={selectLabel ?? t('lists.selectRow')}
                  onChange={(e) => toggle(row, i, e.target.checked)}
                  data-testid="card-select"
                />
              )
            }
            title={cell(title.c, row, i)}
            tags={tags.map((k) => ({ key: k.key, node: cell(k.c, row, i) }))}
            fields={fields.map((k) => ({ key: k.key, label: label(k.c), node: cell(k.c, row, i) }))}
            actions={actions.map((k) => ({ key: k.key, node: cell(k.c, row, i) }))}
          />
        )}
      />
    </div>
  );
}
