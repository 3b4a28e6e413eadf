import { Badge, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { CheckCircleOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TodosDocument, type TodoFieldsFragment } from '@mengyuan/graphql';
import { formatDateTime } from '../components/date-time';

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const COLOR = { DANGER: 'error', WARNING: 'warning', INFO: 'processing' } as const;

/** The words of a to-do, through i18n acct.todo.<KIND> with its params (enums and states as words). */
export function todoText(t: TFunction, item: Pick<TodoFieldsFragment, 'kind' | 'params'>): string {
  const p = (item.params ?? {}) as Record<string, unknown>;
  const values: Record<string, string> = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, str(v)]));
  values.number = str(p.number);
  if (item.kind === 'TICKET_NEAR_BREACH') values.state = t(p.breached ? 'acct.todo.TICKET_NEAR_BREACH_breached' : 'acct.todo.TICKET_NEAR_BREACH_warned');
  if (item.kind === 'DOCUMENT_EXPIRING') {
    values.documentType = t(`doc.type.${str(p.documentType)}`, { defaultValue: str(p.documentType) });
    values.state = t(p.expired ? 'acct.todo.DOCUMENT_EXPIRING_expired' : 'acct.todo.DOCUMENT_EXPIRING_soon', { days: str(p.days) });
  }
  if (!values.organizationName) values.organizationName = t('common.none');
  return t(`acct.todo.${item.kind}`, values);
}

/**
 * 待办 on a dashboard: what the viewer must do, nearest deadline first, each linking to where it is done; an item
 * goes away once it is done (the list is computed from the state of things).
 */
export function TodoCard({ limit = 8 }: { limit?: number }) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(TodosDocument, { fetchPolicy: 'cache-and-network', pollInterval: 60_000 });
  const items = data?.todos ?? [];
  return (
    <Card
      size="small"
      loading={loading && !data}
      data-testid="todo-card"
      title={
        <Flex gap={8} align="center">
          <span>{t('acct.todo.title')}</span>
          {items.length > 0 && <Badge count={items.length} style={{ background: '#c41d1d' }} aria-label={t('acct.todo.count', { count: items.length })} />}
        </Flex>
      }
    >
      {items.length === 0 ? (
        <Empty image={<CheckCircleOutlined style={{ fontSize: 32, color: '#389e0d' }} />} description={t('acct.todo.empty')} />
      ) : (
        <List
          size="small"
          dataSource={items.slice(0, limit)}
          renderItem={(item) => (
            <List.Item data-testid="todo-item" data-kind={item.kind} data-subject={item.subjectId} style={{ paddingInline: 0 }}>
              <Link to={item.link} style={{ display: 'flex', width: '100%', gap: 8, alignItems: 'center', color: 'inherit' }}>
                <Tag color={COLOR[item.severity]} style={{ marginInlineEnd: 0 }}>
                  {t(`acct.todo.severity.${item.severity}`)}
                </Tag>
                <Flex vertical style={{ flex: 1, minWidth: 0 }}>
                  <Typography.Text ellipsis={{ tooltip: true }}>{todoText(t, item)}</Typography.Text>
                  {item.dueAt && (
                    <Typography.Text type={item.severity === 'DANGER' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                      {t('acct.todo.due', { time: formatDateTime(item.dueAt, 'MM-DD HH:mm') })}
                    </Typography.Text>
                  )}
                </Flex>
                <RightOutlined aria-hidden style={{ color: '#8c8c8c' }} />
              </Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
