import { useState } from 'react';
import { App, Button, Card, Checkbox, Col, Flex, Form, Grid, Input, List, Modal, Row, Table, Tag, Typography } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { INVITABLE_ROLES, type Role } from '@mengyuan/domain';
import {
  InvitationsDocument,
  InviteUserDocument,
  RevokeInvitationDocument,
  SetUserDisabledDocument,
  TeamMembersDocument,
  type InvitationFieldsFragment,
  type TeamMemberFieldsFragment,
} from '@mengyuan/graphql';
import { AsyncState, DateTime, PageHeader, RoleTags, errorMessage, useAuth } from '@mengyuan/ui';

const INVITATION_COLOR: Record<string, string> = { PENDING: 'processing', ACCEPTED: 'success', EXPIRED: 'default', REVOKED: 'default' };

function InvitationStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={INVITATION_COLOR[status]} data-testid="invitation-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`con.invitationStatus.${status}`)}
    </Tag>
  );
}

function MemberStatusTag({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag color={disabled ? 'default' : 'success'} data-testid="member-status" data-disabled={disabled} style={{ marginInlineEnd: 0 }}>
      {disabled ? t('con.team.disabled') : t('con.team.enabled')}
    </Tag>
  );
}

/** The one-time link, shown once after inviting: there is no mail server, the owner passes it on. */
function LinkDialog({ link, onClose }: { link: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open={!!link} title={t('con.team.inviteLink')} onCancel={onClose} onOk={onClose} cancelButtonProps={{ style: { display: 'none' } }} okText={t('common.close')}>
      <Typography.Paragraph>{t('con.team.inviteLinkHint')}</Typography.Paragraph>
      <Typography.Paragraph copyable={{ text: link ?? '' }} code data-testid="invite-link" style={{ wordBreak: 'break-all' }}>
        {link}
      </Typography.Paragraph>
    </Modal>
  );
}

/** 团队成员: the owner invites staff by e-mail with roles, sees their last sign-in, disables and enables them. */
export default function TeamPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { message, modal } = App.useApp();
  const phone = Grid.useBreakpoint().sm === false;
  const kind = user?.organization.kind ?? 'MEMBER';
  const invitable = INVITABLE_ROLES[kind];
  const members = useQuery(TeamMembersDocument, { fetchPolicy: 'cache-and-network' });
  const invitations = useQuery(InvitationsDocument, { fetchPolicy: 'cache-and-network' });
  const [invite, inviting] = useMutation(InviteUserDocument);
  const [revoke] = useMutation(RevokeInvitationDocument);
  const [setDisabled] = useMutation(SetUserDisabledDocument);
  const [link, setLink] = useState<string | null>(null);
  const [form] = Form.useForm<{ email: string; roles: Role[] }>();

  const sendInvitation = async (email: string, roles: Role[]) => {
    const { data } = await invite({ variables: { input: { email, roles } } });
    if (data) setLink(`${window.location.origin}${data.inviteUser.acceptPath}`);
    void invitations.refetch();
  };
  const onInvite = async (v: { email: string; roles: Role[] }) => {
    try {
      await sendInvitation(v.email.trim(), v.roles);
      form.resetFields();
    } catch (error) {
      message.error(errorMessage(t, error));
    }
  };
  /** A new link for the same address and roles: the pending one is withdrawn first (its link stops working). */
  const resend = async (i: InvitationFieldsFragment) => {
    try {
      if (i.status === 'PENDING') await revoke({ variables: { id: i.id } });
      await sendInvitation(i.email, i.roles);
    } catch (error) {
      message.error(errorMessage(t, error));
    }
  };
  const onRevoke = (i: InvitationFieldsFragment) =>
    modal.confirm({
      title: t('team.revokeTitle', { email: i.email }),
      okText: t('con.team.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await revoke({ variables: { id: i.id } });
          void invitations.refetch();
        } catch (error) {
          message.error(errorMessage(t, error));
        }
      },
    });
  const toggle = (m: TeamMemberFieldsFragment) =>
    modal.confirm({
      title: t(m.disabled ? 'team.enableTitle' : 'team.disableTitle', { name: m.displayName }),
      content: m.disabled ? undefined : t('team.disableHint'),
      okText: m.disabled ? t('con.team.enable') : t('con.team.disable'),
      okButtonProps: { danger: !m.disabled },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await setDisabled({ variables: { userId: m.id, disabled: !m.disabled } });
        } catch (error) {
          message.error(errorMessage(t, error));
        }
      },
    });
  const memberActions = (m: TeamMemberFieldsFragment) =>
    m.id === user?.id ? (
      <Typography.Text type="secondary">{t('team.you')}</Typography.Text>
    ) : (
      <Button size="small" danger={!m.disabled} onClick={() => toggle(m)} data-testid="member-toggle">
        {m.disabled ? t('con.team.enable') : t('con.team.disable')}
      </Button>
    );
  const invitationActions = (i: InvitationFieldsFragment) =>
    i.status === 'PENDING' || i.status === 'EXPIRED' ? (
      <Flex gap={4} wrap>
        <Button size="small" onClick={() => void resend(i)} data-testid="invitation-resend">
          {t('team.resend')}
        </Button>
        {i.status === 'PENDING' && (
          <Button size="small" danger onClick={() => onRevoke(i)} data-testid="invitation-revoke">
            {t('con.team.revoke')}
          </Button>
        )}
      </Flex>
    ) : null;
  const lastSignIn = (m: TeamMemberFieldsFragment) => (m.lastSignInAt ? <DateTime value={m.lastSignInAt} format="YYYY-MM-DD HH:mm" /> : <Typography.Text type="secondary">{t('con.team.neverSignedIn')}</Typography.Text>);

  return (
    <>
      <PageHeader title={t('con.team.title')} subtitle={t('team.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Card
            title={
              <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                {t('con.team.invite')}
              </Typography.Title>
            }
          >
            <Form form={form} layout="vertical" onFinish={(v) => void onInvite(v)} requiredMark={false} data-testid="invite-form" initialValues={{ roles: invitable.length === 1 ? [...invitable] : [] }}>
              <Form.Item name="email" label={t('auth.email')} rules={[{ required: true, message: t('auth.emailRequired') }, { type: 'email', message: t('auth.emailInvalid') }]}>
                <Input type="email" autoComplete="off" data-testid="invite-email" />
              </Form.Item>
              <Form.Item name="roles" label={t('auth.roles')} rules={[{ type: 'array', min: 1, message: t('team.rolesRequired') }]}>
                <Checkbox.Group data-testid="invite-roles" options={invitable.map((r) => ({ value: r, label: t(`org.role.${r}`) }))} />
              </Form.Item>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {t('team.roleHint', { context: kind })}
              </Typography.Paragraph>
              <Button type="primary" htmlType="submit" icon={<UserAddOutlined />} loading={inviting.loading} block data-testid="invite-submit">
                {t('con.team.invite')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Card
            title={
              <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                {t('team.members')}
              </Typography.Title>
            }
            style={{ marginBottom: 16 }}
          >
            <AsyncState loading={members.loading} error={members.error} hasData={!!members.data} onRetry={() => void members.refetch()}>
              {phone ? (
                <List
                  data-testid="team-members"
                  dataSource={members.data?.teamMembers ?? []}
                  renderItem={(m) => (
                    <List.Item data-email={m.email} style={{ display: 'block' }}>
                      <Flex justify="space-between" gap={8}>
                        <Typography.Text strong>{m.displayName}</Typography.Text>
                        <MemberStatusTag disabled={m.disabled} />
                      </Flex>
                      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                        {m.email}
                      </Typography.Text>
                      <Flex justify="space-between" align="center" gap={8} style={{ marginTop: 4 }} wrap>
                        <RoleTags roles={m.roles} />
                        <span style={{ fontSize: 12 }}>
                          {t('con.team.lastSignIn')} {lastSignIn(m)}
                        </span>
                      </Flex>
                      <div style={{ marginTop: 6 }}>{memberActions(m)}</div>
                    </List.Item>
                  )}
                />
              ) : (
                <Table<TeamMemberFieldsFragment>
                  rowKey="id"
                  size="middle"
                  data-testid="team-members"
                  dataSource={members.data?.teamMembers ?? []}
                  pagination={false}
                  scroll={{ x: 720 }}
                  onRow={(m) => ({ 'data-email': m.email }) as object}
                  columns={[
                    {
                      title: t('con.team.displayName'),
                      dataIndex: 'displayName',
                      render: (n: string, m) => (
                        <Flex vertical>
                          <Typography.Text strong>{n}</Typography.Text>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {m.email}
                          </Typography.Text>
                        </Flex>
                      ),
                    },
                    { title: t('auth.roles'), dataIndex: 'roles', render: (r: Role[]) => <RoleTags roles={r} /> },
                    { title: t('org.fields.status'), dataIndex: 'disabled', width: 90, render: (d: boolean) => <MemberStatusTag disabled={d} /> },
                    { title: t('con.team.lastSignIn'), dataIndex: 'lastSignInAt', width: 150, render: (_: unknown, m) => lastSignIn(m) },
                    { title: t('common.actions'), key: 'actions', width: 100, render: (_, m) => memberActions(m) },
                  ]}
                />
              )}
            </AsyncState>
          </Card>
          <Card
            title={
              <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                {t('con.team.invitations')}
              </Typography.Title>
            }
          >
            <AsyncState loading={invitations.loading} error={invitations.error} hasData={!!invitations.data} onRetry={() => void invitations.refetch()}>
              {phone ? (
                <List
                  data-testid="team-invitations"
                  dataSource={invitations.data?.invitations ?? []}
                  locale={{ emptyText: t('team.noInvitations') }}
                  renderItem={(i) => (
                    <List.Item data-email={i.email} style={{ display: 'block' }}>
                      <Flex justify="space-between" gap={8}>
                        <Typography.Text strong ellipsis>
                          {i.email}
                        </Typography.Text>
                        <InvitationStatusTag status={i.status} />
                      </Flex>
                      <Flex justify="space-between" gap={8} wrap style={{ marginTop: 4 }}>
                        <RoleTags roles={i.roles} />
                        <span style={{ fontSize: 12 }}>
                          {t('team.expiresAt')} <DateTime value={i.expiresAt} format="YYYY-MM-DD HH:mm" />
                        </span>
                      </Flex>
                      <div style={{ marginTop: 6 }}>{invitationActions(i)}</div>
                    </List.Item>
                  )}
                />
              ) : (
                <Table<InvitationFieldsFragment>
                  rowKey="id"
                  size="middle"
                  data-testid="team-invitations"
                  dataSource={invitations.data?.invitations ?? []}
                  pagination={{ pageSize: 10, hideOnSinglePage: true }}
                  scroll={{ x: 720 }}
                  locale={{ emptyText: t('team.noInvitations') }}
                  onRow={(i) => ({ 'data-email': i.email }) as object}
                  columns={[
                    { title: t('auth.email'), dataIndex: 'email' },
                    { title: t('auth.roles'), dataIndex: 'roles', render: (r: Role[]) => <RoleTags roles={r} /> },
                    { title: t('org.fields.status'), dataIndex: 'status', width: 90, render: (s: string) => <InvitationStatusTag status={s} /> },
                    { title: t('team.expiresAt'), dataIndex: 'expiresAt', width: 150, render: (v: string) => <DateTime value={v} format="YYYY-MM-DD HH:mm" /> },
                    { title: t('common.actions'), key: 'actions', width: 150, render: (_, i) => invitationActions(i) },
                  ]}
                />
              )}
            </AsyncState>
          </Card>
        </Col>
      </Row>
      <LinkDialog link={link} onClose={() => setLink(null)} />
    </>
  );
}
