import { lazy, Suspense } from 'react';
import { Navigate, Outlet, Route, Routes, useNavigate } from 'react-router';
import { Spin } from 'antd';
import { AccountBookOutlined, BankOutlined, PayCircleOutlined, ApiOutlined, CustomerServiceOutlined, AppstoreOutlined, BellOutlined, DatabaseOutlined, FileProtectOutlined, FormOutlined, HomeOutlined, ProfileOutlined, SettingOutlined, WalletOutlined, LineChartOutlined, SendOutlined, StarOutlined, ThunderboltOutlined, TrophyOutlined, RadarChartOutlined, FileDoneOutlined, TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AppShell, NotFound, RequireAuth, useAuth } from '@mengyuan/ui';
import { NotificationBell } from './modules/notifications/components/notification-bell';

const LoginPage = lazy(() => import('./modules/auth/pages/login-page'));
const RegisterPage = lazy(() => import('./modules/auth/pages/register-page'));
const ForgotPasswordPage = lazy(() => import('./modules/auth/pages/forgot-password-page'));
const ResetPasswordPage = lazy(() => import('./modules/auth/pages/reset-password-page'));
const HomePage = lazy(() => import('./modules/home/pages/home-page'));
const SettingsPage = lazy(() => import('./modules/settings/pages/settings-page'));
const OnboardingPage = lazy(() => import('./modules/onboarding/pages/onboarding-page'));
const DocumentsPage = lazy(() => import('./modules/onboarding/pages/documents-page'));
const NotificationsPage = lazy(() => import('./modules/notifications/pages/notifications-page'));
const CatalogPage = lazy(() => import('./modules/catalog/pages/catalog-page'));
const OffersPage = lazy(() => import('./modules/offers/pages/offers-page'));
const OfferStockPage = lazy(() => import('./modules/offers/pages/offer-stock-page'));
const TopupsPage = lazy(() => import('./modules/topups/pages/topups-page'));
const SalesPage = lazy(() => import('./modules/sales/pages/sales-page'));
const WebhooksPage = lazy(() => import('./modules/webhooks/pages/webhooks-page'));
const OrdersPage = lazy(() => import('./modules/orders/pages/orders-page'));
const WalletPage = lazy(() => import('./modules/wallet/pages/wallet-page'));
const TopupPage = lazy(() => import('./modules/wallet/pages/topup-page'));
const WithdrawalsPage = lazy(() => import('./modules/withdrawals/pages/withdrawals-page'));
const ApiGuidePage = lazy(() => import('./modules/api-guide/pages/api-guide-page'));
const DockingPage = lazy(() => import('./modules/docking/pages/docking-page'));
const TicketsPage = lazy(() => import('./modules/tickets/pages/tickets-page'));
const TicketPage = lazy(() => import('./modules/tickets/pages/ticket-page'));
const RatingsPage = lazy(() => import('./modules/ratings/pages/ratings-page'));
const ProvenancePage = lazy(() => import('./modules/ratings/pages/provenance-page'));
const MyScorecardPage = lazy(() => import('./modules/trust/pages/my-scorecard-page'));
const SupplierScoresPage = lazy(() => import('./modules/trust/pages/supplier-scores-page'));
const StatementPage = lazy(() => import('./modules/statement/pages/statement-page'));
const TeamPage = lazy(() => import('./modules/team/pages/team-page'));
const AcceptInvitationPage = lazy(() => import('./modules/team/pages/accept-invitation-page'));

function PageFallback() {
  return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
}

function PortalShell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useAuth();
  const org = user?.organization;
  const merchant = !!org && org.kind !== 'ALLIANCE';
  const onboarding = merchant && (org.status === 'APPLIED' || org.status === 'UNDER_REVIEW');
  const isOwner = !!user?.roles.includes('OWNER');
  const handlesMoney = !!user?.roles.some((r) => r === 'OWNER' || r === 'OPERATOR');
  return (
    <RequireAuth>
      <AppShell
        appName={t('app.name')}
        headerExtra={merchant ? <NotificationBell /> : undefined}
        menuItems={[
          { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
          ...(onboarding ? [{ key: '/onboarding', icon: <FormOutlined />, label: t('nav.onboarding') }] : []),
          ...(org?.kind === 'SUPPLIER' && handlesMoney ? [{ key: '/offers', icon: <DatabaseOutlined />, label: t('nav.offers') }] : []),
          ...(org?.kind === 'SUPPLIER' ? [{ key: '/topups', icon: <ThunderboltOutlined />, label: t('topups.nav') }] : []),
          ...(org?.kind === 'SUPPLIER' && user?.roles.some((r) => r === 'OWNER' || r === 'TECH') ? [{ key: '/docking', icon: <ApiOutlined />, label: t('dock.nav') }] : []),
          ...(org?.kind === 'SUPPLIER' ? [{ key: '/tickets', icon: <CustomerServiceOutlined />, label: t('tickets.nav') }] : []),
          ...(org?.kind === 'SUPPLIER' && user?.roles.some((r) => r === 'OWNER' || r === 'OPERATOR') ? [{ key: '/sales', icon: <LineChartOutlined />, label: t('sales.nav') }] : []),
          ...(org?.kind === 'SUPPLIER' && handlesMoney ? [{ key: '/payable', icon: <AccountBookOutlined />, label: t('nav.payable') }] : []),
          ...(org?.kind === 'SUPPLIER' && handlesMoney ? [{ key: '/withdrawals', icon: <BankOutlined />, label: t('wd.nav') }] : []),
          ...(org?.kind === 'SUPPLIER' ? [{ key: '/my-scorecard', icon: <TrophyOutlined />, label: t('scorePortal.nav.mine') }] : []),
          ...(org?.kind === 'MEMBER' ? [{ key: '/catalog', icon: <AppstoreOutlined />, label: t('nav.catalog') }] : []),
          ...(org?.kind === 'MEMBER'
            ? [
                { key: '/orders', icon: <ProfileOutlined />, label: t('nav.orders') },
                { key: '/tickets', icon: <CustomerServiceOutlined />, label: t('tickets.nav') },
                { key: '/supplier-scores', icon: <RadarChartOutlined />, label: t('scorePortal.nav.suppliers') },
                ...(handlesMoney ? [{ key: '/wallet', icon: <WalletOutlined />, label: t('nav.wallet') }] : []),
                ...(handlesMoney ? [{ key: '/wallet/topup', icon: <PayCircleOutlined />, label: t('topup.nav') }] : []),
                { key: '/api-guide', icon: <ApiOutlined />, label: t('nav.apiGuide') },
              ]
            : []),
          ...(merchant && !onboarding && handlesMoney ? [{ key: '/ratings', icon: <StarOutlined />, label: t('ratings.nav') }] : []),
          ...(merchant && !onboarding && handlesMoney ? [{ key: '/statement', icon: <FileDoneOutlined />, label: t('stmt.nav') }] : []),
          ...(merchant && isOwner ? [{ key: '/team', icon: <TeamOutlined />, label: t('team.nav') }] : []),
          ...(merchant && isOwner ? [{ key: '/webhooks', icon: <SendOutlined />, label: t('webhooks.nav') }] : []),
          ...(merchant
            ? [
                { key: '/documents', icon: <FileProtectOutlined />, label: t('nav.documents') },
                { key: '/notifications', icon: <BellOutlined />, label: t('nav.notifications') },
              ]
            : []),
          { key: '/settings', icon: <SettingOutlined />, label: t('nav.settings') },
        ]}
        userMenuItems={[{ key: 'settings', icon: <SettingOutlined />, label: t('nav.settings') }]}
        onUserMenuClick={(key) => key === 'settings' && navigate('/settings')}
      >
        <Suspense fallback={<PageFallback />}>
          <Outlet />
        </Suspense>
      </AppShell>
    </RequireAuth>
  );
}

/** Sign-in and registration are for signed-out visitors only. */
function GuestOnly() {
  const { signedIn } = useAuth();
  if (signedIn) return <Navigate to="/" replace />;
  return (
    <Suspense fallback={<PageFallback />}>
      <Outlet />
    </Suspense>
  );
}

export function App() {
  return (
    <Routes>
      <Route element={<GuestOnly />}>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/register" element={<RegisterPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      </Route>
      <Route
        path="/reset-password"
        element={
          <Suspense fallback={<PageFallback />}>
            <ResetPasswordPage />
          </Suspense>
        }
      />
      <Route
        path="/invitation"
        element={
          <Suspense fallback={<PageFallback />}>
            <AcceptInvitationPage />
          </Suspense>
        }
      />
      <Route element={<PortalShell />}>
        <Route index element={<HomePage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="/onboarding" element={<OnboardingPage />} />
        <Route path="/documents" element={<DocumentsPage />} />
        <Route path="/notifications" element={<NotificationsPage />} />
        <Route path="/catalog" element={<CatalogPage />} />
        <Route path="/offers" element={<OffersPage />} />
        <Route path="/offers/:id" element={<OfferStockPage />} />
        <Route path="/topups" element={<TopupsPage />} />
        <Route path="/sales" element={<SalesPage />} />
        <Route path="/webhooks" element={<WebhooksPage />} />
        <Route path="/orders" element={<OrdersPage />} />
        <Route path="/wallet" element={<WalletPage mode="wallet" />} />
        <Route path="/payable" element={<WalletPage mode="payable" />} />
        <Route path="/wallet/topup" element={<TopupPage />} />
        <Route path="/withdrawals" element={<WithdrawalsPage />} />
        <Route path="/api-guide" element={<ApiGuidePage />} />
        <Route path="/docking" element={<DockingPage />} />
        <Route path="/tickets" element={<TicketsPage />} />
        <Route path="/tickets/:id" element={<TicketPage />} />
        <Route path="/ratings" element={<RatingsPage />} />
        <Route path="/provenance/:codeId" element={<ProvenancePage />} />
        <Route path="/my-scorecard" element={<MyScorecardPage />} />
        <Route path="/supplier-scores" element={<SupplierScoresPage />} />
        <Route path="/statement" element={<StatementPage />} />
        <Route path="/team" element={<TeamPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
