import { lazy, Suspense } from 'react';
import { Navigate, Outlet, Route, Routes, useNavigate } from 'react-router';
import { Spin } from 'antd';
import { HomeOutlined, SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AppShell, NotFound, RequireAuth, useAuth } from '@mengyuan/ui';

const LoginPage = lazy(() => import('./modules/auth/pages/login-page'));
const RegisterPage = lazy(() => import('./modules/auth/pages/register-page'));
const HomePage = lazy(() => import('./modules/home/pages/home-page'));
const SettingsPage = lazy(() => import('./modules/settings/pages/settings-page'));

function PageFallback() {
  return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
}

function PortalShell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <RequireAuth>
      <AppShell
        appName={t('app.name')}
        menuItems={[
          { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
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
      </Route>
      <Route element={<PortalShell />}>
        <Route index element={<HomePage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
