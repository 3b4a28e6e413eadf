import { useNavigate } from 'react-router';
import { NotificationBell as LiveBell } from '@mengyuan/ui';

/** The header bell (live through notificationReceived), opening the inbox. */
export function NotificationBell() {
  const navigate = useNavigate();
  return <LiveBell onOpen={() => navigate('/notifications')} />;
}
