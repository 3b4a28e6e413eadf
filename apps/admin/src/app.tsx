import { lazy, Suspense, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { Navigate, Outlet, Route, Routes, useNavigate } from 'react-router';
import { Button, Result, Spin } from 'antd';
import { AccountBookOutlined, ApiOutlined, BankOutlined, InboxOutlined, ReconciliationOutlined, DashboardOutlined, FileTextOutlined, TableOutlined, AlertOutlined, BellOutlined, CustomerServiceOutlined, FieldTimeOutlined, ApartmentOutlined, AuditOutlined, CalculatorOutlined, ProfileOutlined, ExperimentOutlined, FileSearchOutlined, SafetyCertificateOutlined, ShopOutlined, StarOutlined, TagsOutlined, WarningOutlined, SecurityScanOutlined, TrophyOutlined, FundProjectionScreenOutlined, EyeOutlined, SendOutlined, SettingOutlined, ControlOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AppShell, NotificationBell, NotFound, RequireAuth, useAuth, type ShellMenuItem } from '@mengyuan/ui';
import { useHome, useIsAdmin } from './modules/auth/roles';

const LoginPage = lazy(() => import('./modules/auth/pages/login-page'));
const ForgotPasswordPage = lazy(() => import('./modules/auth/pages/forgot-password-page'));
const ResetPasswordPage = lazy(() => import('./modules/auth/pages/reset-password-page'));
const AcceptInvitationPage = lazy(() => import('./modules/auth/pages/accept-invitation-page'));
const AccountPage = lazy(() => import('./modules/account/pages/account-page'));
const NoticesPage = lazy(() => import('./modules/notices/pages/notices-page'));
const DashboardPage = lazy(() => import('./modules/dashboard/pages/dashboard-page'));
const OrganizationsPage = lazy(() => import('./modules/organizations/pages/organizations-page'));
const OrganizationDetailPage = lazy(() => import('./modules/organizations/pages/organization-detail-page'));
const AuditPage = lazy(() => import('./modules/audit/pages/audit-page'));
const ReviewQueuePage = lazy(() => import('./modules/review/pages/review-queue-page'));
const ReviewWorkspacePage = lazy(() => import('./modules/review/pages/review-workspace-page'));
const BrandsPage = lazy(() => import('./modules/brands/pages/brands-page'));
const SkusPage = lazy(() => import('./modules/catalog/pages/skus-page'));
const OfferReviewPage = lazy(() => import('./modules/catalog/pages/offer-review-page'));
const SampleCheckPage = lazy(() => import('./modules/catalog/pages/sample-check-page'));
const ThinSkusPage = lazy(() => import('./modules/catalog/pages/thin-skus-page'));
const RiskPage = lazy(() => import('./modules/catalog/pages/risk-page'));
const HeldOrdersPage = lazy(() => import('./modules/risk-holds/pages/held-orders-page'));
const AdminOrdersPage = lazy(() => import('./modules/orders/pages/orders-page'));
const FinancePage = lazy(() => import('./modules/finance/pages/finance-page'));
const LedgerCheckPage = lazy(() => import('./modules/finance/pages/ledger-check-page'));
const TopupQueuePage = lazy(() => import('./modules/money/pages/topup-queue-page'));
const WithdrawalsQueuePage = lazy(() => import('./modules/money/pages/withdrawals-queue-page'));
const ChannelsPage = lazy(() => import('./modules/money/pages/channels-page'));
const ReconciliationPage = lazy(() => import('./modules/money/pages/reconciliation-page'));
const AdminTicketsPage = lazy(() => import('./modules/tickets/pages/tickets-page'));
const AdminTicketPage = lazy(() => import('./modules/tickets/pages/ticket-page'));
const RatingRemovalsPage = lazy(() => import('./modules/ratings/pages/rating-removals-page'));
const SlaPage = lazy(() => import('./modules/tickets/pages/sla-page'));
const LedgerEntriesPage = lazy(() => import('./modules/reports/pages/ledger-entries-page'));
const StatementPage = lazy(() => import('./modules/reports/pages/statement-page'));
const NotificationsPage = lazy(() => import('./modules/notifications/pages/notifications-page'));
const ScorecardsPage = lazy(() => import('./modules/trust/pages/scorecards-page'));
const EvaluationsPage = lazy(() => import('./modules/trust/pages/evaluations-page'));
const EvaluationRunPage = lazy(() => import('./modules/trust/pages/evaluation-run-page'));
const ProbationPage = lazy(() => import('./modules/trust/pages/probation-page'));
const AllianceSettingsPage = lazy(() => import('./modules/settings/pages/alliance-settings-page'));

/**
 * The admin menu in groups (审核, 交易, 售后, 评估, 财务, 系统), named again in each page's breadcrumb. An auditor is
 * not offered the admin-only pages (rating removals, notice deliveries).
 */
function adminMenu(t: TFunction, admin: boolean): ShellMenuItem[] {
  const group = (key: string, icon: ReactNode, children: ShellMenuItem[]): ShellMenuItem => ({ key: `group:${key}`, icon, label: t(`adminMenu.groups.${key}`), children });
  return [
    { key: '/dashboard', icon: <DashboardOutlined />, label: t('adminDashboard.nav') },
    group('review', <AuditOutlined />, [
      { key: '/review', icon: <AuditOutlined />, label: t('nav.review') },
      { key: '/organizations', icon: <ApartmentOutlined />, label: t('nav.organizations') },
      { key: '/brands', icon: <TagsOutlined />, label: t('nav.brands') },
      { key: '/offer-review', icon: <FileSearchOutlined />, label: t('nav.offerReview') },
      { key: '/sample-check', icon: <ExperimentOutlined />, label: t('nav.sampleCheck') },
    ]),
    group('trade', <ShopOutlined />, [
      { key: '/skus', icon: <ShopOutlined />, label: t('nav.skus') },
      { key: '/thin-skus', icon: <WarningOutlined />, label: t('nav.thinSkus') },
      { key: '/orders', icon: <ProfileOutlined />, label: t('nav.orders') },
      { key: '/held-orders', icon: <SecurityScanOutlined />, label: t('heldOrders.nav') },
      { key: '/risk', icon: <AlertOutlined />, label: t('nav.risk') },
    ]),
    group('aftersales', <CustomerServiceOutlined />, [
      { key: '/tickets', icon: <CustomerServiceOutlined />, label: t('adminTickets.nav') },
      { key: '/sla', icon: <FieldTimeOutlined />, label: t('adminTickets.slaNav') },
      ...(admin ? [{ key: '/rating-removals', icon: <StarOutlined />, label: t('ratingRemovals.nav') }] : []),
    ]),
    group('evaluation', <TrophyOutlined />, [
      { key: '/scorecards', icon: <TrophyOutlined />, label: t('scoreAdmin.nav.scorecards') },
      { key: '/evaluations', icon: <FundProjectionScreenOutlined />, label: t('scoreAdmin.nav.evaluations') },
      { key: '/probation', icon: <EyeOutlined />, label: t('scoreAdmin.nav.probation') },
    ]),
    group('finance', <AccountBookOutlined />, [
      { key: '/finance', icon: <AccountBookOutlined />, label: t('nav.finance') },
      { key: '/finance/topups', icon: <InboxOutlined />, label: t('money.nav.topups') },
      { key: '/finance/withdrawals', icon: <BankOutlined />, label: t('money.nav.withdrawals') },
      { key: '/finance/channels', icon: <ApiOutlined />, label: t('money.nav.channels') },
      { key: '/finance/reconciliation', icon: <ReconciliationOutlined />, label: t('money.nav.reconciliation') },
      { key: '/ledger-entries', icon: <TableOutlined />, label: t('reports.ledgerNav') },
      { key: '/statements', icon: <FileTextOutlined />, label: t('reports.statementNav') },
      { key: '/ledger', icon: <CalculatorOutlined />, label: t('nav.ledger') },
    ]),
    group('system', <SettingOutlined />, [
      { key: '/audit', icon: <SafetyCertificateOutlined />, label: t('nav.audit') },
      { key: '/notifications', icon: <BellOutlined />, label: t('adminTickets.notificationsNav') },
      ...(admin ? [{ key: '/notices', icon: <SendOutlined />, label: t('acct.deliveries.nav') }] : []),
      { key: '/settings', icon: <ControlOutlined />, label: t('allianceSettings.nav') },
      { key: '/account', icon: <SettingOutlined />, label: t('acct.account.nav') },
    ]),
  ];
}

function PageFallback() {
  return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
}

function AdminShell() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  // A stored session of another kind (should not happen: login refuses it) is not let in.
  if (user && user.organization.kind !== 'ALLIANCE') return <Navigate to="/login" replace />;
  return (
    <RequireAuth>
      <AppShell
        appName={t('app.name')}
        headerExtra={<NotificationBell onOpen={() => navigate('/notifications')} />}
        menuItems={adminMenu(t, user?.roles.includes('ADMIN') ?? false)}
        userMenuItems={[{ key: 'account', icon: <SettingOutlined />, label: t('acct.account.nav') }]}
        onUserMenuClick={(key) => key === 'account' && navigate('/account')}
      >
        <Suspense fallback={<PageFallback />}>
          <Outlet />
        </Suspense>
      </AppShell>
    </RequireAuth>
  );
}

/** Where each person's work is (`me.landing`): admins the dashboard, auditors the review queue. */
function Home() {
  return <Navigate to={useHome()} replace />;
}

/** A page only admins may open: anyone else is told so plainly, with the way home (no retry that cannot work). */
function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const home = useHome();
  if (useIsAdmin()) return <>{children}</>;
  return (
    <Result
      status="403"
      title={t('adminOnly.title')}
      subTitle={t('adminOnly.hint')}
      extra={<Button type="primary" onClick={() => navigate(home)}>{t('common.backHome')}</Button>}
      data-testid="admin-only"
    />
  );
}

function NotFoundHere() {
  return <NotFound home={useHome()} />;
}

function GuestOnly() {
  const { signedIn, user } = useAuth();
  const home = useHome();
  if (signedIn && user?.organization.kind === 'ALLIANCE') return <Navigate to={home} replace />;
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
      <Route element={<AdminShell />}>
        <Route index element={<Home />} />
        <Route path="/dashboard" element={<DashboardPage />} />
        <Route path="/organizations" element={<OrganizationsPage />} />
        <Route path="/organizations/:id" element={<OrganizationDetailPage />} />
        <Route path="/audit" element={<AuditPage />} />
        <Route path="/review" element={<ReviewQueuePage />} />
        <Route path="/review/:organizationId" element={<ReviewWorkspacePage />} />
        <Route path="/brands" element={<BrandsPage />} />
        <Route path="/skus" element={<SkusPage />} />
        <Route path="/offer-review" element={<OfferReviewPage />} />
        <Route path="/sample-check" element={<SampleCheckPage />} />
        <Route path="/thin-skus" element={<ThinSkusPage />} />
        <Route path="/risk" element={<RiskPage />} />
        <Route path="/held-orders" element={<HeldOrdersPage />} />
        <Route path="/orders" element={<AdminOrdersPage />} />
        <Route path="/finance" element={<FinancePage />} />
        <Route path="/finance/topups" element={<TopupQueuePage />} />
        <Route path="/finance/withdrawals" element={<WithdrawalsQueuePage />} />
        <Route path="/finance/channels" element={<ChannelsPage />} />
        <Route path="/finance/reconciliation" element={<ReconciliationPage />} />
        <Route path="/ledger" element={<LedgerCheckPage />} />
        <Route path="/ledger-entries" element={<LedgerEntriesPage />} />
        <Route path="/statements" element={<StatementPage />} />
        <Route path="/tickets" element={<AdminTicketsPage />} />
        <Route path="/tickets/:id" element={<AdminTicketPage />} />
        <Route path="/sla" element={<SlaPage />} />
        <Route path="/rating-removals" element={<AdminOnly><RatingRemovalsPage /></AdminOnly>} />
        <Route path="/notifications" element={<NotificationsPage />} />
        <Route path="/scorecards" element={<ScorecardsPage />} />
        <Route path="/evaluations" element={<EvaluationsPage />} />
        <Route path="/evaluations/:id" element={<EvaluationRunPage />} />
        <Route path="/probation" element={<ProbationPage />} />
        <Route path="/account" element={<AccountPage />} />
        <Route path="/notices" element={<AdminOnly><NoticesPage /></AdminOnly>} />
        <Route path="/settings" element={<AllianceSettingsPage />} />
        <Route path="*" element={<NotFoundHere />} />
      </Route>
    </Routes>
  );
}
