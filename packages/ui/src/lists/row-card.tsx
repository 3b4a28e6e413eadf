import type { HTMLAttributes, ReactNode } from 'react';
import { Card, Flex, Space } from 'antd';

export interface RowCardProps {
  title: ReactNode;
  /** Beside the title (a status). */
  tags?: { key: string; node: ReactNode }[];
  /** Labelled values, one a line. */
  fields: { key: string; label: ReactNode; node: ReactNode }[];
  /** The row's actions, at the bottom right. */
  actions?: { key: string; node: ReactNode }[];
  /** A selection checkbox before the title. */
  select?: ReactNode;
  /** The row's own attributes (data-testid and friends; data-testid defaults to list-card). */
  attrs?: HTMLAttributes<HTMLElement> & Record<string, unknown>;
}

/**
 * A list's row on a phone: its title and tags, the fields that matter as label/value lines, and its actions. It is
 * an item of the list it sits in (antd's List renders a `ul`: a card straight inside it fails axe's list rule).
 */
export function RowCard({ title, tags = [], fields, actions = [], select, attrs }: RowCardProps) {
  return (
    <li style={{ listStyle: 'none' }}>
      <Card size="small" style={{ marginBottom: 10 }} data-testid="list-card" {...(attrs as object)}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <Flex gap={8} align="flex-start" style={{ minWidth: 0 }}>
            {select}
            <div style={{ minWidth: 0, fontWeight: 600, overflowWrap: 'anywhere' }}>{title}</div>
          </Flex>
          {tags.length > 0 && (
            <Space size={4} wrap style={{ justifyContent: 'flex-end' }}>
              {tags.map((c) => (
                <span key={c.key}>{c.node}</span>
              ))}
            </Space>
          )}
        </Flex>
        {fields.length > 0 && (
          <dl style={{ display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', gap: '4px 12px', margin: '8px 0 0' }}>
            {fields.map((c) => (
              <div key={c.key} style={{ display: 'contents' }}>
                <dt style={{ color: 'rgba(0,0,0,0.6)', fontSize: 13, maxWidth: 140, overflowWrap: 'anywhere' }}>{c.label}</dt>
                <dd style={{ margin: 0, minWidth: 0, overflowWrap: 'anywhere' }}>{c.node}</dd>
              </div>
            ))}
          </dl>
        )}
        {actions.length > 0 && (
          <Flex gap={8} wrap justify="flex-end" style={{ marginTop: 8 }}>
            {actions.map((c) => (
              <span key={c.key}>{c.node}</span>
            ))}
          </Flex>
        )}
      </Card>
    </li>
  );
}
