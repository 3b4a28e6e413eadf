import { Card, Descriptions, Flex } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_ADMIN_ROLES } from '@mengyuan/domain';
import { DateTime, NoticePreferencesPanel, OrganizationKindTag, OrganizationNoticePanel, PageHeader, RoleTags, SessionsPanel, SettingsTabs, TwoFactorPanel, useAuth } from '@mengyuan/ui';
import { ChangePasswordForm } from '../components/change-password-form';
import { ApiKeysPanel } from '../components/api-keys-panel';

export default function SettingsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  if (!user) return null;
  const canManageKeys = user.roles.some((r) => ACCOUNT_ADMIN_ROLES.includes(r));
  const tab = params.get('tab') ?? 'profile';
  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <Card styles={{ body: { paddingTop: 8 } }}>
        <SettingsTabs
          active={tab}
          onChange={(key) => setParams(key === 'profile' ? {} : { tab: key }, { replace: true })}
          items={[
            {
              key: 'profile',
              label: t('settings.tabProfile'),
              children: (
                <Descriptions
                  column={1}
                  bordered
                  size="middle"
                  styles={{ label: { width: 180 } }}
                  style={{ maxWidth: 760 }}
                  items={[
                    { key: 'name', label: t('settings.displayName'), children: user.displayName },
                    { key: 'email', label: t('settings.email'), children: user.email },
                    { key: 'roles', label: t('settings.roles'), children: <RoleTags roles={user.roles} /> },
                    {
                      key: 'org',
                      label: t('settings.organization'),
                      children: (
                        <>
                          {user.organization.name} <OrganizationKindTag kind={user.organization.kind} />
                        </>
                      ),
                    },
                    { key: 'since', label: t('settings.memberSince'), children: <DateTime value={user.createdAt} /> },
                  ]}
                />
              ),
            },
            { key: 'password', label: t('settings.tabPassword'), children: <ChangePasswordForm /> },
            { key: 'security', label: t('acct.security.tab'), children: <TwoFactorPanel /> },
            { key: 'sessions', label: t('acct.sessions.tab'), children: <SessionsPanel /> },
            {
              key: 'notifications',
              label: t('acct.prefs.tab'),
              children: (
                <Flex vertical gap={32}>
                  <NoticePreferencesPanel />
                  {canManageKeys && user.organization.kind !== 'ALLIANCE' && <OrganizationNoticePanel organizationKind={user.organization.kind} />}
                </Flex>
              ),
            },
            { key: 'api-keys', label: t('settings.tabApiKeys'), children: <ApiKeysPanel canManage={canManageKeys} /> },
          ]}
        />
      </Card>
    </>
  );
}
