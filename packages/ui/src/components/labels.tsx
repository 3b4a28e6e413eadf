import type { CSSProperties } from 'react';
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChannelType, OrganizationKind, OrganizationStatus, Role } from '@mengyuan/domain';

/** Dark ink on a pale ground (WCAG AA 4.5:1): antd's preset tag colours fail contrast at 12 px. */
const STATUS_STYLE: Record<OrganizationStatus, CSSProperties> = {
  APPLIED: { color: '#00474f', background: '#e6fffb', borderColor: '#87e8de' },
  UNDER_REVIEW: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  PROBATION: { color: '#7a4100', background: '#fffbe6', borderColor: '#ffd666' },
  ACTIVE: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
  SUSPENDED: { color: '#873800', background: '#fff7e6', borderColor: '#ffc069' },
  TERMINATED: { color: '#262626', background: '#f5f5f5', borderColor: '#d9d9d9' },
  ELIMINATED: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
};

const KIND_COLOR: Record<OrganizationKind, string> = { SUPPLIER: 'geekblue', MEMBER: 'purple', ALLIANCE: 'volcano' };

export function OrganizationStatusTag({ status }: { status: OrganizationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-testid="org-status" data-status={status} style={{ ...STATUS_STYLE[status], marginInlineEnd: 0 }}>
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
