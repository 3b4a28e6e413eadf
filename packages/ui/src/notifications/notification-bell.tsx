import { Badge, Button, Flex, Tooltip } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NotificationReceivedDocument, UnreadNotificationCountDocument } from '@mengyuan/graphql';
import { LiveIndicator } from '../live/live-status';

/**
 * The header bell of both apps: the unread count, kept live by the notificationReceived subscription (no
 * polling), and "live updates paused" beside it while the socket is down.
 */
export function NotificationBell({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(UnreadNotificationCountDocument, {
    notifyOnNetworkStatusChange: false,
  });
  useSubscription(NotificationReceivedDocument, {
    onData: () => void refetch().catch(() => undefined),
  });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Flex align="center" gap={4}>
      <LiveIndicator />
      <Tooltip title={count > 0 ? t('notifications.unreadCount', { count }) : t('notifications.bell')}>
        <Button type="text" aria-label={count > 0 ? `${t('notifications.bell')} ${count > 99 ? '99+' : count}` : t('notifications.bell')} onClick={onOpen} data-testid="notification-bell" data-count={count} style={{ paddingInline: 8 }}>
          <Badge count={count} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        </Button>
      </Tooltip>
    </Flex>
  );
}
