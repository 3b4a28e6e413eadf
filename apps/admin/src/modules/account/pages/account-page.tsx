import { Card, Descriptions, Flex } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ChangePasswordPanel, NoticePreferencesPanel, OrganizationNoticePanel, PageHeader, RoleTags, SessionsPanel, SettingsTabs, TwoFactorPanel, useAuth } from '@mengyuan/ui';

/** 账号设置 of alliance staff: password, two-step verification, sessions, and where notices go. */
export default function AccountPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  if (!user) return null;
  const tab = params.get('tab') ?? 'security';
  return (
    <>
      <PageHeader title={t('acct.account.title')} subtitle={t('acct.account.subtitle')} />
      <Card styles={{ body: { paddingTop: 8 } }}>
        <SettingsTabs
          active={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={[
            {
              key: 'security',
              label: t('acct.security.tab'),
              children: (
                <Flex vertical gap={24}>
                  <Descriptions
                    column={1}
                    bordered
                    size="small"
                    style={{ maxWidth: 640 }}
                    items={[
                      { key: 'name', label: t('acct.account.profile'), children: `${user.displayName} <${user.email}>` },
                      { key: 'roles', label: t('auth.roles'), children: <RoleTags roles={user.roles} /> },
                    ]}
                  />
                  <TwoFactorPanel />
                </Flex>
              ),
            },
            { key: 'password', label: t('acct.password.tab'), children: <ChangePasswordPanel /> },
            { key: 'sessions', label: t('acct.sessions.tab'), children: <SessionsPanel /> },
            {
              key: 'notifications',
              label: t('acct.prefs.tab'),
              children: (
                <Flex vertical gap={32}>
                  <NoticePreferencesPanel />
                  {user.roles.includes('ADMIN') && <OrganizationNoticePanel organizationKind="ALLIANCE" />}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
