import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { App, Avatar, Breadcrumb, Button, Drawer, Dropdown, Flex, Grid, Layout, Menu, Typography, type MenuProps } from 'antd';
import { DownOutlined, LogoutOutlined, DisconnectOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-provider';
import { errorMessage } from '../errors';
import { BrandMark } from './brand-mark';
import { useFocusableScrollRegions } from './focusable-scroll';
import { LanguageSwitch } from './language-switch';
import { OrganizationStatusTag } from './labels';

export interface ShellMenuItem {
  /** Route path, e.g. '/organizations'; for a group, any key of its own (e.g. 'group:finance'). */
  key: string;
  icon?: ReactNode;
  label: ReactNode;
  /** A group of entries (审核, 交易, 财务…): a heading over them in the menu, and named in the breadcrumb. */
  children?: ShellMenuItem[];
}

export interface AppShellProps {
  /** App name under the brand, e.g. 商户门户. */
  appName: ReactNode;
  menuItems: ShellMenuItem[];
  /** Extra entries at the top of the user menu (e.g. account settings). */
  userMenuItems?: MenuProps['items'];
  onUserMenuClick?: (key: string) => void;
  /** Shown in the header before the language switch (e.g. the notifications bell). */
  headerExtra?: ReactNode;
  children: ReactNode;
}

/** The entries that lead somewhere, each with the group it sits in. */
function leaves(items: ShellMenuItem[], group?: ShellMenuItem): { item: ShellMenuItem; group?: ShellMenuItem }[] {
  return items.flatMap((i) => (i.children ? leaves(i.children, i) : [{ item: i, group }]));
}

function matchOf(pathname: string, items: ShellMenuItem[]): { item: ShellMenuItem; group?: ShellMenuItem } | undefined {
  return leaves(items)
    .filter(({ item: i }) => (i.key === '/' ? pathname === '/' : pathname === i.key || pathname.startsWith(`${i.key}/`)))
    .sort((a, b) => b.item.key.length - a.item.key.length)[0];
}

function selectedKey(pathname: string, items: ShellMenuItem[]): string[] {
  const match = matchOf(pathname, items);
  return match ? [match.item.key] : [];
}

type AntMenuItem = NonNullable<MenuProps['items']>[number];
/** Groups are headings over their entries (every entry stays one click away); a collapsed menu shows a divider. */
const toMenu = (items: ShellMenuItem[], collapsed: boolean): AntMenuItem[] =>
  items.flatMap((i): AntMenuItem[] =>
    i.children
      ? collapsed
        ? [{ type: 'divider', key: `${i.key}:divider` }, ...toMenu(i.children, collapsed)]
        : [{ type: 'group', key: i.key, label: <span style={{ color: "rgba(255, 255, 255, 0.72)", fontSize: 12, letterSpacing: 1 }}>{i.label}</span>, children: toMenu(i.children, collapsed) }]
      : [{ key: i.key, icon: i.icon, label: i.label }],
  );

/** Lets a page below a menu entry (a detail page) name itself in the breadcrumb. */
const BreadcrumbNameContext = createContext<((name: string | undefined) => void) | null>(null);

/**
 * Names the page in the shell's breadcrumb (an organisation's name, "Ticket #1042"): a detail page calls it with
 * what people know the subject by. Until it does (or when it has nothing yet) the crumb says "Details", never an id.
 */
export function useBreadcrumbName(name: string | undefined): void {
  const set = useContext(BreadcrumbNameContext);
  useEffect(() => {
    set?.(name);
    return () => set?.(undefined);
  }, [set, name]);
}

/** Where the page is: the group, the entry (a link when the page is below it), and the page below it by its name. */
function ShellBreadcrumb({ items, home, name }: { items: ShellMenuItem[]; home: ReactNode; name?: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const match = matchOf(location.pathname, items);
  if (!match || !match.group) return null;
  const below = location.pathname !== match.item.key;
  const crumbs = [
    { key: 'home', title: home },
    { key: match.group.key, title: match.group.label },
    { key: match.item.key, title: below ? <Link to={match.item.key}>{match.item.label}</Link> : match.item.label },
    ...(below ? [{ key: 'here', title: <span data-testid="breadcrumb-here" data-named={!!name}>{name ?? t('common.details')}</span> }] : []),
  ];
  return <Breadcrumb items={crumbs} style={{ marginBottom: 12 }} data-testid="breadcrumb" />;
}

/** The signed-in frame of both apps: brand and menu on the left, organisation, language and user on top. */
export function AppShell({ appName, menuItems, userMenuItems = [], onUserMenuClick, headerExtra, children }: AppShellProps) {
  const { t } = useTranslation();
  const { user, signOut } = useAuth();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const grouped = menuItems.some((i) => i.children);
  const [crumbName, setCrumbName] = useState<string | undefined>();
  useFocusableScrollRegions();
  // Phones and narrow tablets: the menu moves into a drawer behind a button, the content takes the width.
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;

  const confirmSignOutEverywhere = () => {
    modal.confirm({
      title: t('auth.signOutEverywhereTitle'),
      content: t('auth.signOutEverywhereContent'),
      okText: t('auth.signOutEverywhere'),
      okButtonProps: { danger: true, 'data-testid': 'confirm-sign-out-everywhere' },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await signOut({ everywhere: true });
          message.success(t('auth.signedOutEverywhere'));
        } catch (error) {
          message.error(errorMessage(t, error));
        }
      },
    });
  };

  const items: MenuProps['items'] = [
    {
      key: 'whoami',
      disabled: true,
      label: (
        <div style={{ minWidth: 200, cursor: 'default' }}>
          <Typography.Text strong style={{ display: 'block' }}>
            {user?.displayName}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {user?.email}
          </Typography.Text>
        </div>
      ),
    },
    { type: 'divider' },
    ...(userMenuItems ?? []),
    ...(userMenuItems && userMenuItems.length > 0 ? [{ type: 'divider' as const }] : []),
    { key: 'sign-out', icon: <LogoutOutlined />, label: <span data-testid="sign-out">{t('auth.signOut')}</span> },
    { key: 'sign-out-everywhere', icon: <DisconnectOutlined />, danger: true, label: <span data-testid="sign-out-everywhere">{t('auth.signOutEverywhere')}</span> },
  ];

  const onMenuClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'sign-out') void signOut();
    else if (key === 'sign-out-everywhere') confirmSignOutEverywhere();
    else onUserMenuClick?.(key);
  };

  const org = user?.organization;
  const nav = (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={selectedKey(location.pathname, menuItems)}
      items={toMenu(menuItems, collapsed && !phone)}
      onClick={({ key }) => {
        setDrawerOpen(false);
        void navigate(key);
      }}
    />
  );
  const brand = (showName: boolean) => (
    <Flex align="center" gap={10} style={{ height: 64, padding: showName ? '0 20px' : '0 24px', overflow: 'hidden' }}>
      <BrandMark size={32} />
      {showName && (
        <div style={{ lineHeight: 1.2, whiteSpace: 'nowrap' }}>
          <div style={{ color: '#fff', fontWeight: 600, fontSize: 16 }}>{t('common.brand')}</div>
          <div style={{ color: 'rgba(255,255,255,0.75)', fontSize: 12 }}>{appName}</div>
        </div>
      )}
    </Flex>
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {phone ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={260}
          closable={false}
          title={null}
          styles={{ body: { padding: 0, background: '#0f1f3d' }, header: { display: 'none' } }}
          rootClassName="my-nav-drawer"
          data-testid="nav-drawer"
        >
          <nav aria-label={t('common.navigation')}>
            {brand(true)}
            {nav}
          </nav>
        </Drawer>
      ) : (
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          width={224}
          theme="dark"
          // The sider keeps to the window and scrolls its menu; the collapse bar at its foot covers no entry.
          style={{ position: 'sticky', top: 0, height: '100vh', overflowY: 'auto', overflowX: 'hidden' }}
        >
          <nav aria-label={t('common.navigation')} style={{ paddingBottom: 56 }}>
            {brand(!collapsed)}
            {nav}
          </nav>
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{ padding: phone ? '0 8px' : '0 24px', display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8, borderBottom: '1px solid #eef0f4', height: 64 }}
        >
          <Flex align="center" gap={8} style={{ minWidth: 0 }}>
            {phone && (
              <Button type="text" icon={<MenuOutlined />} onClick={() => setDrawerOpen(true)} aria-label={t('common.openMenu')} aria-expanded={drawerOpen} data-testid="nav-menu-button" />
            )}
            {org && (
              <>
                <Typography.Text strong ellipsis data-testid="header-org-name" style={{ maxWidth: phone ? 120 : 360 }}>
                  {org.name}
                </Typography.Text>
                {!phone && <OrganizationStatusTag status={org.status} />}
              </>
            )}
          </Flex>
          <Flex align="center" gap={phone ? 2 : 8}>
            {headerExtra}
            <LanguageSwitch />
            <Dropdown trigger={['click']} menu={{ items, onClick: onMenuClick }} placement="bottomRight">
              <a
                data-testid="user-menu"
                role="button"
                href="#"
                aria-label={user?.displayName ?? t('auth.account')}
                onClick={(e) => e.preventDefault()}
                style={{ display: 'flex', alignItems: 'center', gap: 8, color: 'inherit', padding: '0 8px' }}
              >
                <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1f5fd6' }} />
                {!phone && <span>{user?.displayName}</span>}
                <DownOutlined style={{ fontSize: 10 }} />
              </a>
            </Dropdown>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: phone ? 12 : 24 }}>
          <div style={{ maxWidth: 1280, margin: '0 auto' }}>
            {grouped && <ShellBreadcrumb items={menuItems} home={appName} name={crumbName} />}
            <BreadcrumbNameContext.Provider value={setCrumbName}>{children}</BreadcrumbNameContext.Provider>
          </div>
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', color: '#595c63', fontSize: 12, padding: '12px 24px 20px' }}>
          {t('common.copyright', { year: new Date().getFullYear() })}
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
