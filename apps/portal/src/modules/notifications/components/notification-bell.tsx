import { Badge, Button, Tooltip } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { UnreadNotificationCountDocument } from '@mengyuan/graphql';

/** The header bell: unread count, polled every minute, opening the inbox. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data } = useQuery(UnreadNotificationCountDocument, { pollInterval: 60_000, notifyOnNetworkStatusChange: false });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Tooltip title={count > 0 ? t('notifications.unreadCount', { count }) : t('notifications.bell')}>
      <Button type="text" aria-label={t('notifications.bell')} onClick={() => navigate('/notifications')} data-testid="notification-bell" data-count={count} style={{ paddingInline: 8 }}>
        <Badge count={count} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Tooltip>
  );
}
