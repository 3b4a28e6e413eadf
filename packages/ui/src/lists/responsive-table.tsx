import { useEffect, useRef, type HTMLAttributes, type Key, type ReactNode } from 'react';
import { Empty, Grid, List, Table } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { RowCard } from './row-card';

export type ResponsiveTableProps<T> = TableProps<T> & {
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
export function ResponsiveTable<T extends object>({ cardTitle, cardTags = [], cardActions, ...props }: ResponsiveTableProps<T>) {
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
