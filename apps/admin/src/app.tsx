import { lazy, Suspense } from 'react';
import { Navigate, Outlet, Route, Routes, useNavigate } from 'react-router';
import { Spin } from 'antd';
import { AccountBookOutlined, DashboardOutlined, FileTextOutlined, TableOutlined, AlertOutlined, BellOutlined, CustomerServiceOutlined, FieldTimeOutlined, ApartmentOutlined, AuditOutlined, CalculatorOutlined, ProfileOutlined, ExperimentOutlined, FileSearchOutlined, SafetyCertificateOutlined, ShopOutlined, StarOutlined, TagsOutlined, WarningOutlined, SecurityScanOutlined, TrophyOutlined, FundProjectionScreenOutlined, EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AppShell, NotificationBell, NotFound, RequireAuth, useAuth } from '@mengyuan/ui';
import { useHome } from './modules/auth/roles';

const LoginPage = lazy(() => import('./modules/auth/pages/login-page'));
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
        menuItems={[
          { key: '/dashboard', icon: <DashboardOutlined />, label: t('adminDashboard.nav') },
          { key: '/review', icon: <AuditOutlined />, label: t('nav.review') },
          { key: '/organizations', icon: <ApartmentOutlined />, label: t('nav.organizations') },
          { key: '/brands', icon: <TagsOutlined />, label: t('nav.brands') },
          { key: '/skus', icon: <ShopOutlined />, label: t('nav.skus') },
          { key: '/offer-review', icon: <FileSearchOutlined />, label: t('nav.offerReview') },
          { key: '/sample-check', icon: <ExperimentOutlined />, label: t('nav.sampleCheck') },
          { key: '/thin-skus', icon: <WarningOutlined />, label: t('nav.thinSkus') },
          { key: '/held-orders', icon: <SecurityScanOutlined />, label: t('heldOrders.nav') },
          { key: '/risk', icon: <AlertOutlined />, label: t('nav.risk') },
          { key: '/orders', icon: <ProfileOutlined />, label: t('nav.orders') },
          { key: '/tickets', icon: <CustomerServiceOutlined />, label: t('adminTickets.nav') },
          { key: '/sla', icon: <FieldTimeOutlined />, label: t('adminTickets.slaNav') },
          { key: '/rating-removals', icon: <StarOutlined />, label: t('ratingRemovals.nav') },
          { key: '/scorecards', icon: <TrophyOutlined />, label: t('scoreAdmin.nav.scorecards') },
          { key: '/evaluations', icon: <FundProjectionScreenOutlined />, label: t('scoreAdmin.nav.evaluations') },
          { key: '/probation', icon: <EyeOutlined />, label: t('scoreAdmin.nav.probation') },
          { key: '/finance', icon: <AccountBookOutlined />, label: t('nav.finance') },
          { key: '/ledger-entries', icon: <TableOutlined />, label: t('reports.ledgerNav') },
          { key: '/statements', icon: <FileTextOutlined />, label: t('reports.statementNav') },
          { key: '/ledger', icon: <CalculatorOutlined />, label: t('nav.ledger') },
          { key: '/audit', icon: <SafetyCertificateOutlined />, label: t('nav.audit') },
          { key: '/notifications', icon: <BellOutlined />, label: t('adminTickets.notificationsNav') },
        ]}
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
      </Route>
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
        <Route path="/ledger" element={<LedgerCheckPage />} />
        <Route path="/ledger-entries" element={<LedgerEntriesPage />} />
        <Route path="/statements" element={<StatementPage />} />
        <Route path="/tickets" element={<AdminTicketsPage />} />
        <Route path="/tickets/:id" element={<AdminTicketPage />} />
        <Route path="/sla" element={<SlaPage />} />
        <Route path="/rating-removals" element={<RatingRemovalsPage />} />
        <Route path="/notifications" element={<NotificationsPage />} />
        <Route path="/scorecards" element={<ScorecardsPage />} />
        <Route path="/evaluations" element={<EvaluationsPage />} />
        <Route path="/evaluations/:id" element={<EvaluationRunPage />} />
        <Route path="/probation" element={<ProbationPage />} />
        <Route path="*" element={<NotFoundHere />} />
      </Route>
    </Routes>
  );
}
