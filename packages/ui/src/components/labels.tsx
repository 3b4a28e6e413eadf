import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChannelType, OrganizationKind, OrganizationStatus, Role } from '@mengyuan/domain';

const STATUS_COLOR: Record<OrganizationStatus, string> = {
  APPLIED: 'cyan',
  UNDER_REVIEW: 'processing',
  PROBATION: 'gold',
  ACTIVE: 'success',
  SUSPENDED: 'warning',
  TERMINATED: 'default',
  ELIMINATED: 'error',
};

const KIND_COLOR: Record<OrganizationKind, string> = { SUPPLIER: 'geekblue', MEMBER: 'purple', ALLIANCE: 'volcano' };

export function OrganizationStatusTag({ status }: { status: OrganizationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status] ?? 'default'} data-testid="org-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`org.status.${status}`, { defaultValue: status })}
    </Tag>
  );
}

export function OrganizationKindTag({ kind }: { kind: OrganizationKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLOR[kind] ?? 'default'} variant="outlined" style={{ marginInlineEnd: 0 }}>
      {t(`org.kind.${kind}`, { defaultValue: kind })}
    </Tag>
  );
}

export function ChannelTypeLabel({ channelType }: { channelType: ChannelType | null | undefined }) {
  const { t } = useTranslation();
  if (!channelType) return <>{t('common.none')}</>;
  return <>{t(`org.channel.${channelType}`, { defaultValue: channelType })}</>;
}

export function RoleTags({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      {roles.map((r) => (
        <Tag key={r} style={{ marginInlineEnd: 0 }}>
          {t(`org.role.${r}`, { defaultValue: r })}
        </Tag>
      ))}
    </Space>
  );
}
