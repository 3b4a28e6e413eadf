import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Input, Modal, Tooltip, Typography, type ButtonProps } from 'antd';
import { CloseCircleFilled } from '@ant-design/icons';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  AuditEventsDocument,
  DecideOrganizationDocument,
  DocumentsDocument,
  OrganizationsDocument,
  ReviewQueueDocument,
  type OnboardingOrganizationFieldsFragment,
  type OrganizationAction,
} from '@mengyuan/graphql';
import { errorMessage, useAuth } from '@mengyuan/ui';

/** What each alliance role may decide here (the api enforces the same): never SUBMIT, never ELIMINATE. */
const AUDITOR_ACTIONS: readonly OrganizationAction[] = ['APPROVE', 'REJECT'];
const ADMIN_ACTIONS: readonly OrganizationAction[] = ['APPROVE', 'REJECT', 'PASS_PROBATION', 'SUSPEND', 'REINSTATE', 'TERMINATE'];
const DANGER: readonly OrganizationAction[] = ['REJECT', 'SUSPEND', 'TERMINATE'];

/** The lifecycle actions the signed-in person may take on this organisation now. */
export function useAllowedActions(org: Pick<OnboardingOrganizationFieldsFragment, 'possibleActions' | 'kind'>): OrganizationAction[] {
  const { user } = useAuth();
  const mine = user?.roles.includes('ADMIN') ? ADMIN_ACTIONS : user?.roles.includes('AUDITOR') ? AUDITOR_ACTIONS : [];
  if (org.kind === 'ALLIANCE') return [];
  return org.possibleActions.filter((a) => mine.includes(a));
}

function missingOf(error: unknown): string[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  if (first?.extensions?.code !== 'MISSING_DOCUMENTS') return null;
  const missing = first.extensions.missing;
  return Array.isArray(missing) ? missing.map(String) : [];
}

/** A decision needs a reason: it is shown to the organisation and kept in the audit chain. */
function DecideModal({ org, action, onClose }: { org: OnboardingOrganizationFieldsFragment; action: OrganizationAction | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<unknown>(null);
  const [decide, { loading }] = useMutation(DecideOrganizationDocument, {
    refetchQueries: [ReviewQueueDocument, AuditEventsDocument, DocumentsDocument, OrganizationsDocument],
  });
  const close = () => {
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!action) return;
    let reason: string;
    try {
      reason = (await form.validateFields()).reason.trim();
    } catch {
      return;
    }
    setError(null);
    try {
      await decide({ variables: { input: { id: org.id, action, reason } } });
      message.success(t('decide.done', { action: t(`orgs.action.${action}`) }));
      close();
    } catch (e) {
      setError(e);
    }
  };
  const missing = missingOf(error);
  return (
    <Modal
      open={!!action}
      title={action ? t('decide.title', { action: t(`orgs.action.${action}`), name: org.name }) : undefined}
      onCancel={close}
      onOk={() => void submit()}
      okText={t('decide.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      okButtonProps={{ danger: !!action && DANGER.includes(action), 'data-testid': 'decide-confirm' } as ButtonProps}
      afterClose={() => form.resetFields()}
      destroyOnHidden
    >
      {missing && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="decide-missing"
          title={t('decide.missingTitle')}
          description={
            <Flex vertical gap={2}>
              {missing.map((m) => (
                <span key={m}>
                  <CloseCircleFilled style={{ color: '#ff4d4f', marginInlineEnd: 6 }} />
                  {t(`doc.type.${m}`, { defaultValue: m })}
                </span>
              ))}
            </Flex>
          }
        />
      )}
      {!!error && !missing && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(t, error)} data-testid="decide-error" />}
      {action === 'TERMINATE' && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('decide.danger')} />}
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('decide.reason')} extra={t('decide.reasonHint')} rules={[{ required: true, whitespace: true, message: t('decide.reasonRequired') }, { max: 500 }]}>
          <Input.TextArea rows={4} maxLength={500} showCount placeholder={action ? t(`decide.reasonPlaceholder.${action}`, { defaultValue: '' }) : undefined} data-testid="decide-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Buttons for the lifecycle actions the signed-in role may take, each asking for a reason. */
export function OrganizationActions({ org, size }: { org: OnboardingOrganizationFieldsFragment; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const actions = useAllowedActions(org);
  const [action, setAction] = useState<OrganizationAction | null>(null);
  const approveBlockedReason = t('decide.approveBlocked', { docs: org.unapprovedDocuments.map((d) => t(`doc.type.${d}`, { defaultValue: d })).join(t('decide.listSep')) });
  return (
    <>
      {actions.length === 0 ? (
        <Typography.Text type="secondary">{org.possibleActions.length === 0 ? t('orgs.noActions') : t('decide.noActions')}</Typography.Text>
      ) : (
        <Flex gap={8} wrap data-testid="org-actions">
          {actions.map((a) => {
            // Approval needs every required document approved and unexpired: say so before anyone types a reason.
            const blocked = a === 'APPROVE' && org.unapprovedDocuments.length > 0;
            const button = (
              <Button key={a} size={size} type={a === 'APPROVE' || a === 'PASS_PROBATION' || a === 'REINSTATE' ? 'primary' : 'default'} danger={DANGER.includes(a)} disabled={blocked} onClick={() => setAction(a)} data-testid={`org-action-${a}`}>
                {t(`orgs.action.${a}`)}
              </Button>
            );
            return blocked ? <Tooltip key={a} title={approveBlockedReason}>{button}</Tooltip> : button;
          })}
        </Flex>
      )}
      {actions.includes('APPROVE') && org.unapprovedDocuments.length > 0 && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4, fontSize: 12 }} data-testid="approve-blocked-reason">
          {approveBlockedReason}
        </Typography.Text>
      )}
      <DecideModal org={org} action={action} onClose={() => setAction(null)} />
    </>
  );
}
