import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrganizationFieldsFragment, UserFieldsFragment } from '@mengyuan/graphql';
import { ChannelTypeLabel, DateTime, OrganizationKindTag, OrganizationStatusTag, RoleTags } from '@mengyuan/ui';

export function OrganizationFacts({ org }: { org: OrganizationFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Card title={t('home.orgFacts')} style={{ height: '100%' }}>
      <Descriptions
        column={1}
        size="small"
        styles={{ label: { width: 150 } }}
        items={[
          { key: 'name', label: t('org.fields.name'), children: org.name },
          { key: 'kind', label: t('org.fields.kind'), children: <OrganizationKindTag kind={org.kind} /> },
          ...(org.kind === 'SUPPLIER' ? [{ key: 'channel', label: t('org.fields.channelType'), children: <ChannelTypeLabel channelType={org.channelType} /> }] : []),
          { key: 'status', label: t('org.fields.status'), children: <OrganizationStatusTag status={org.status} /> },
          { key: 'uscc', label: t('org.fields.unifiedSocialCreditCode'), children: <span style={{ fontFamily: 'monospace' }}>{org.unifiedSocialCreditCode}</span> },
          { key: 'contact', label: t('org.fields.contactName'), children: org.contactName },
          { key: 'phone', label: t('org.fields.contactPhone'), children: org.contactPhone },
          { key: 'created', label: t('org.fields.createdAt'), children: <DateTime value={org.createdAt} /> },
        ]}
      />
    </Card>
  );
}

export function AccountFacts({ user }: { user: UserFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Card title={t('home.myAccount')} style={{ height: '100%' }}>
      <Descriptions
        column={1}
        size="small"
        styles={{ label: { width: 110 } }}
        items={[
          { key: 'name', label: t('settings.displayName'), children: user.displayName },
          { key: 'email', label: t('settings.email'), children: user.email },
          { key: 'roles', label: t('settings.roles'), children: <RoleTags roles={user.roles} /> },
          { key: 'since', label: t('settings.memberSince'), children: <DateTime value={user.createdAt} /> },
        ]}
      />
    </Card>
  );
}
