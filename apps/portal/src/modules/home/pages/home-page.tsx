import { lazy, Suspense, useEffect } from 'react';
import { Button, Card, Col, Flex, Result, Row, Skeleton, Typography } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { Navigate, useNavigate } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MeDocument, type UserFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, OrganizationKindTag, OrganizationStatusTag, TodoCard, useAuth } from '@mengyuan/ui';
import { OnboardingCard } from '../components/onboarding-card';
import { AccountFacts, OrganizationFacts } from '../components/organization-facts';

function Welcome({ user, kind }: { user: UserFieldsFragment; kind: 'SUPPLIER' | 'MEMBER' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const org = user.organization;
  return (
    <Card styles={{ body: { padding: '24px 28px' } }} style={{ background: 'linear-gradient(100deg, #ffffff 55%, #eaf1ff 100%)' }}>
      <Flex justify="space-between" align="center" gap={16} wrap>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }} data-testid="home-greeting">
            {t('home.greeting', { name: user.displayName })}
          </Typography.Title>
          <Flex align="center" gap={8} style={{ marginTop: 8 }} wrap>
            <Typography.Text strong style={{ fontSize: 15 }} data-testid="home-org-name">
              {org.name}
            </Typography.Text>
            <OrganizationKindTag kind={org.kind} />
            <OrganizationStatusTag status={org.status} />
          </Flex>
          <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', maxWidth: 720 }}>
            {kind === 'SUPPLIER' ? t('home.welcomeSupplier') : t('home.welcomeMember')}
          </Typography.Paragraph>
        </div>
        <Button icon={<SettingOutlined />} onClick={() => navigate('/settings')}>
          {t('home.goSettings')}
        </Button>
      </Flex>
    </Card>
  );
}

/** Home of a supplier (货源商): onboarding through review and the trial period. */
function SupplierHome({ user }: { user: UserFieldsFragment }) {
  return <KindHome user={user} kind="SUPPLIER" />;
}

/** Home of a member merchant (会员商户): onboarding through review. */
function MemberHome({ user }: { user: UserFieldsFragment }) {
  return <KindHome user={user} kind="MEMBER" />;
}

function KindHome({ user, kind }: { user: UserFieldsFragment; kind: 'SUPPLIER' | 'MEMBER' }) {
  return (
    <Flex vertical gap={16}>
      <Welcome user={user} kind={kind} />
      <OnboardingCard kind={kind} status={user.organization.status} />
      {user.organization.status !== 'APPLIED' && user.organization.status !== 'UNDER_REVIEW' && <TodoCard />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <OrganizationFacts org={user.organization} />
        </Col>
        <Col xs={24} lg={10}>
          <AccountFacts user={user} />
        </Col>
      </Row>
    </Flex>
  );
}

// Each dashboard (and ECharts with it) is its own chunk, fetched only by those who land on it.
const SupplierDashboard = lazy(() => import('../../dashboard/pages/supplier-dashboard'));
const MemberDashboard = lazy(() => import('../../dashboard/pages/member-dashboard'));

function AllianceHome() {
  const { t } = useTranslation();
  return (
    <Card>
      <Result
        status="info"
        title={t('home.allianceTitle')}
        subTitle={t('home.allianceHint')}
        extra={
          <Button type="primary" href="/admin/">
            {t('home.openAdmin')}
          </Button>
        }
      />
    </Card>
  );
}

export default function HomePage() {
  const { user: storedUser, updateUser } = useAuth();
  const { data, loading, error, refetch } = useQuery(MeDocument);
  const me = data?.me;
  useEffect(() => {
    if (me) updateUser(me);
  }, [me, updateUser]);
  const user = me ?? storedUser;
  // Where the person's work is (me.landing, the one rule in packages/domain consoles.ts).
  if (user?.landing === 'TICKETS') return <Navigate to="/tickets" replace />;
  if (user?.landing === 'SUPPLIER_DASHBOARD' || user?.landing === 'MEMBER_DASHBOARD') {
    return <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>{user.landing === 'SUPPLIER_DASHBOARD' ? <SupplierDashboard /> : <MemberDashboard />}</Suspense>;
  }
  return (
    <AsyncState loading={loading} error={error} hasData={!!user} onRetry={() => void refetch()}>
      {user &&
        (user.organization.kind === 'SUPPLIER' ? <SupplierHome user={user} /> : user.organization.kind === 'MEMBER' ? <MemberHome user={user} /> : <AllianceHome />)}
    </AsyncState>
  );
}
