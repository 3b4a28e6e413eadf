import { DatabaseOutlined, ExperimentOutlined, FileProtectOutlined, PauseCircleOutlined, RiseOutlined, SafetyCertificateOutlined, WarningOutlined } from '@ant-design/icons';
import type { NotificationFieldsFragment } from '@mengyuan/graphql';
import { NotificationInbox, notificationIcon } from '@mengyuan/ui';
import { notificationLink, renderNotification } from '../components/notification-text';

function icon(n: NotificationFieldsFragment) {
  const p = (n.params ?? {}) as Record<string, unknown>;
  if (n.type === 'DOCUMENT_EXPIRING') return <WarningOutlined style={{ color: '#faad14' }} />;
  if (n.type === 'DOCUMENT_EXPIRED') return <WarningOutlined style={{ color: '#ff4d4f' }} />;
  if (n.type === 'DOCUMENT_REVIEWED') return <FileProtectOutlined style={{ color: p.decision === 'REJECT' ? '#ff4d4f' : '#52c41a' }} />;
  if (n.type === 'ORGANIZATION_DECIDED') return <SafetyCertificateOutlined style={{ color: '#1f5fd6' }} />;
  if (n.type === 'PRICE_SCHEDULED' || n.type === 'SETTLEMENT_PRICE_SCHEDULED') return <RiseOutlined style={{ color: '#d48806' }} />;
  if (n.type === 'OFFER_REVIEWED') return <DatabaseOutlined style={{ color: p.decision === 'REJECT' ? '#ff4d4f' : '#52c41a' }} />;
  if (n.type === 'OFFER_PAUSED') return <PauseCircleOutlined style={{ color: '#faad14' }} />;
  if (n.type === 'BATCH_DECIDED') return <ExperimentOutlined style={{ color: p.status === 'REJECTED' ? '#ff4d4f' : '#52c41a' }} />;
  if (n.type === 'LOW_STOCK') return <WarningOutlined style={{ color: '#faad14' }} />;
  return notificationIcon(n);
}

/** 消息通知: the signed-in person's inbox, each notification rendered through i18n by its type. */
export default function NotificationsPage() {
  return <NotificationInbox render={renderNotification} link={notificationLink} icon={icon} />;
}
