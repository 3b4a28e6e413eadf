import { useState } from 'react';
import { Alert, Form, Input, Modal, Radio, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DecideAppealDocument, DecideCandidateDocument, type EvaluationAppealFieldsFragment, type EvaluationCandidateFieldsFragment } from '@mengyuan/graphql';
import { errorMessage } from '@mengyuan/ui';

const REFETCH = ['EvaluationRun', 'EvaluationRuns', 'EvaluationAppeals', 'SupplierScorecards'];

/**
 * ELIMINATE names its consequences (offers delisted, unsold codes frozen, payable settled) and asks for a reason;
 * KEEP requires one. Both go in the audit chain.
 */
export function CandidateDecisionDialog({ candidate, decision, onClose, onDone }: { candidate: EvaluationCandidateFieldsFragment | null; decision: 'ELIMINATE' | 'KEEP'; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [decide, { loading }] = useMutation(DecideCandidateDocument, { refetchQueries: REFETCH });
  const [error, setError] = useState<string | null>(null);
  const eliminate = decision === 'ELIMINATE';
  const name = candidate?.organizationName ?? '';
  const submit = async () => {
    const { reason } = await form.validateFields();
    if (!candidate) return;
    try {
      setError(null);
      await decide({ variables: { input: { candidateId: candidate.id, decision, reason: reason.trim() } } });
      onDone();
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };
  return (
    <Modal
      open={!!candidate}
      title={eliminate ? t('scoreAdmin.run.eliminateTitle', { name }) : t('scoreAdmin.run.keepTitle', { name })}
      okText={eliminate ? t('scoreAdmin.run.eliminate') : t('scoreAdmin.run.keep')}
      okButtonProps={{ danger: eliminate, loading, 'data-testid': 'decision-confirm' }}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {eliminate && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="eliminate-consequences"
          title={t('scoreAdmin.run.eliminateConsequences')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              <li>{t('scoreAdmin.run.consequenceOffers')}</li>
              <li>{t('scoreAdmin.run.consequenceCodes')}</li>
              <li>{t('scoreAdmin.run.consequencePayable')}</li>
              <li>{t('scoreAdmin.run.consequenceFinal')}</li>
            </ul>
          }
        />
      )}
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('scoreAdmin.run.reason')} rules={[{ required: true, whitespace: true, message: t('scoreAdmin.run.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('scoreAdmin.run.reasonPlaceholder')} data-testid="decision-reason" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}

/** Grant (the supplier is kept) or reject (back to the admin) an appeal, with a reason. */
export function AppealDecisionDialog({ appeal, onClose, onDone }: { appeal: EvaluationAppealFieldsFragment | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ decision: 'GRANT' | 'REJECT'; reason: string }>();
  const [decide, { loading }] = useMutation(DecideAppealDocument, { refetchQueries: REFETCH });
  const [error, setError] = useState<string | null>(null);
  const decision = Form.useWatch('decision', form);
  const submit = async () => {
    const v = await form.validateFields();
    if (!appeal) return;
    try {
      setError(null);
      await decide({ variables: { input: { appealId: appeal.id, decision: v.decision, reason: v.reason.trim() } } });
      onDone();
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };
  return (
    <Modal
      open={!!appeal}
      title={t('scoreAdmin.appeals.decideTitle', { name: appeal?.organizationName ?? '' })}
      okText={t('scoreAdmin.appeals.decide')}
      okButtonProps={{ loading, 'data-testid': 'appeal-decision-confirm' }}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {appeal && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{appeal.reason}</Typography.Paragraph>}
      <Form form={form} layout="vertical">
        <Form.Item name="decision" label={t('scoreAdmin.appeals.decision')} rules={[{ required: true, message: t('scoreAdmin.appeals.decisionRequired') }]}>
          <Radio.Group
            options={[
              { value: 'GRANT', label: t('score.appealDecision.GRANT') },
              { value: 'REJECT', label: t('score.appealDecision.REJECT') },
            ]}
          />
        </Form.Item>
        {decision && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t(decision === 'GRANT' ? 'scoreAdmin.appeals.grantHint' : 'scoreAdmin.appeals.rejectHint')} />}
        <Form.Item name="reason" label={t('scoreAdmin.run.reason')} rules={[{ required: true, whitespace: true, message: t('scoreAdmin.run.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('scoreAdmin.run.reasonPlaceholder')} data-testid="appeal-decision-reason" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
