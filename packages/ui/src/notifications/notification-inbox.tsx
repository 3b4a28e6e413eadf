import { useState, type ReactNode } from 'react';
import { App, Badge, Button, Card, Checkbox, Empty, Flex, Pagination, Segmented, Skeleton, Typography } from 'antd';
import { CheckOutlined, CustomerServiceOutlined, FieldTimeOutlined, NotificationOutlined, ReloadOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { MarkNotificationsReadDocument, NotificationReceivedDocument, NotificationsDocument, UnreadNotificationCountDocument, type NotificationFieldsFragment } from '@mengyuan/graphql';
import { AsyncState } from '../components/async-state';
import { DateTime } from '../components/date-time';
import { PageHeader } from '../components/page-header';
import { errorMessage } from '../errors';

const PAGE_SIZE = 20;

/** The icon of an after-sales notification, or the generic one. */
export function notificationIcon(n: Pick<NotificationFieldsFragment, 'type'>): ReactNode {
  if (n.type === 'SLA_BREACHED') return <FieldTimeOutlined style={{ color: '#ff4d4f' }} />;
  if (n.type === 'SLA_WARNING') return <FieldTimeOutlined style={{ color: '#faad14' }} />;
  if (n.type.startsWith('TICKET_')) return <CustomerServiceOutlined style={{ color: '#1f5fd6' }} />;
  return <NotificationOutlined />;
}

export interface NotificationInboxProps {
  /** Title and body of a notification in the reader's language. */
  render: (t: TFunction, n: NotificationFieldsFragment) => { title: string; body: string };
  /** Where "open" leads. */
  link: (n: NotificationFieldsFragment) => string;
  icon?: (n: NotificationFieldsFragment) => ReactNode;
}

/** 消息通知: the signed-in person's inbox, each notification rendered through i18n by its type (both apps). */
export function NotificationInbox({ render, link, icon = notificationIcon }: NotificationInboxProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const { data, loading, error, refetch } = useQuery(NotificationsDocument, {
    variables: {
      unreadOnly: filter === 'unread',
      page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    },
  });
  const [markRead, { loading: marking }] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [NotificationsDocument, UnreadNotificationCountDocument],
    awaitRefetchQueries: true,
  });
  const unread = useQuery(UnreadNotificationCountDocument);
  useSubscription(NotificationReceivedDocument, {
    onData: () => void refetch().catch(() => undefined),
  });
  const unreadCount = unread.data?.unreadNotificationCount ?? 0;

  const mark = async (ids?: string[]) => {
    try {
      await markRead({ variables: { ids: ids ?? null } });
      if (!ids) message.success(t('notifications.markedAll'));
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

  const open = async (n: NotificationFieldsFragment) => {
    if (!n.readAt) await mark([n.id]);
    navigate(link(n));
  };

  const items = data?.notifications.items ?? [];
  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const markSelected = async () => {
    await mark([...selected]);
    setSelected(new Set());
  };
  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        subtitle={t('notifications.subtitle')}
        tags={unreadCount > 0 ? <Badge count={t('notifications.unreadCount', { count: unreadCount })} style={{ background: '#c41d1d' }} /> : undefined}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()}>
              {t('common.refresh')}
            </Button>
            <Button icon={<CheckOutlined />} disabled={unreadCount === 0} loading={marking} onClick={() => void mark()} data-testid="notifications-mark-all">
              {t('notifications.markAllRead')}
            </Button>
          </>
        }
      />
      <Card
        title={
          <Segmented
            value={filter}
            onChange={(v) => {
              setFilter(v as 'all' | 'unread');
              setPage(1);
            }}
            options={[
              { value: 'all', label: t('notifications.all') },
              { value: 'unread', label: t('notifications.unread') },
            ]}
          />
        }
      >
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          {loading && !data ? (
            <Skeleton active />
          ) : items.length === 0 ? (
            <Empty description={filter === 'unread' ? t('notifications.emptyUnread') : t('notifications.empty')} />
          ) : (
            <Flex vertical data-testid="notifications-list">
              {selected.size > 0 && (
                <Flex align="center" gap={8} wrap style={{ padding: '8px', background: '#f0f5ff', borderRadius: 6, marginBottom: 8 }} data-testid="list-selection">
                  <Typography.Text>{t('lists.selected', { count: selected.size })}</Typography.Text>
                  <Button size="small" icon={<CheckOutlined />} loading={marking} onClick={() => void markSelected()} data-testid="notifications-mark-selected">
                    {t('notifications.markRead')}
                  </Button>
                  <Button size="small" type="link" onClick={() => setSelected(new Set())}>
                    {t('lists.clearSelection')}
                  </Button>
                </Flex>
              )}
              {items.map((n, i) => {
                const { title, body } = render(t, n);
                return (
                  <Flex
                    key={n.id}
                    gap={14}
                    align="flex-start"
                    data-testid="notification-item"
                    data-type={n.type}
                    data-read={!!n.readAt}
                    style={{
                      padding: '14px 8px',
                      borderTop: i === 0 ? undefined : '1px solid #f0f0f0',
                      background: n.readAt ? undefined : '#f5f9ff',
                      borderRadius: 6,
                    }}
                  >
                    <Checkbox checked={selected.has(n.id)} onChange={(e) => toggle(n.id, e.target.checked)} aria-label={t('lists.selectRow')} data-testid="notification-select" style={{ marginTop: 2 }} />
                    <div style={{ fontSize: 20, lineHeight: '24px' }}>{icon(n)}</div>
                    <div style={{ flex: 1, minWidth: 0 }}>
                      <Flex align="center" gap={8} wrap>
                        {!n.readAt && <Badge status="processing" />}
                        <Typography.Text strong={!n.readAt}>{title}</Typography.Text>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          <DateTime value={n.createdAt} />
                        </Typography.Text>
                      </Flex>
                      <Typography.Paragraph
                        style={{
                          margin: '4px 0 0',
                          color: n.readAt ? '#6b7080' : undefined,
                        }}
                      >
                        {body}
                      </Typography.Paragraph>
                    </div>
                    <Flex gap={4} style={{ flexShrink: 0 }}>
                      <Button size="small" type="link" onClick={() => void open(n)}>
                        {t('notifications.open')}
                      </Button>
                      {!n.readAt && (
                        <Button size="small" onClick={() => void mark([n.id])} data-testid="notification-mark-read">
                          {t('notifications.markRead')}
                        </Button>
                      )}
                    </Flex>
                  </Flex>
                );
              })}
            </Flex>
          )}
          {(data?.notifications.totalCount ?? 0) > PAGE_SIZE && (
            <Flex justify="flex-end" style={{ marginTop: 16 }}>
              <Pagination
                current={page}
                pageSize={PAGE_SIZE}
                total={data?.notifications.totalCount ?? 0}
                onChange={setPage}
                showSizeChanger={false}
                showTotal={(count) => t('common.total', { count })}
              />
            </Flex>
          )}
        </AsyncState>
      </Card>
    </>
  );
}
