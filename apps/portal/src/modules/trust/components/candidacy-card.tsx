import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Descriptions, Flex, Form, Input, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AppealEvaluationDocument, type EvaluationCandidateFieldsFragment } from '@mengyuan/graphql';
import { AppealStatusTag, CandidateStatusTag, DateTime, DimensionName, errorMessage, evidenceValue, formatScore, LocalDateTime, measureLabel, useAuth } from '@mengyuan/ui';

/** The appeal: a reason and the evidence rows of the run it disputes (at least one), once, within 7 days. */
function AppealForm({ candidate }: { candidate: EvaluationCandidateFieldsFragment }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ reason: string; evidenceRowIds: string[] }>();
  const [appeal, { loading }] = useMutation(AppealEvaluationDocument, { refetchQueries: ['MyEvaluationCandidacy'] });
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    modal.confirm({
      title: t('scorePortal.candidacy.confirmTitle'),
      content: t('scorePortal.candidacy.confirmBody'),
      okText: t('scorePortal.candidacy.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          setError(null);
          await appeal({ variables: { input: { candidateId: candidate.id, reason: v.reason.trim(), evidenceRowIds: v.evidenceRowIds } } });
          message.success(t('scorePortal.candidacy.submitted'));
        } catch (e) {
          setError(errorMessage(t, e));
        }
      },
    });
  };
  const groups = candidate.dimensions.filter((d) => d.evidence.some((e) => e.id));
  return (
    <Form form={form} layout="vertical" data-testid="appeal-form" initialValues={{ evidenceRowIds: [] }}>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t('scorePortal.candidacy.appealTitle')}
      </Typography.Title>
      <Typography.Paragraph>{t('scorePortal.candidacy.appealHint')}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('scorePortal.candidacy.reason')}
        rules={[
          { required: true, whitespace: true, message: t('scorePortal.candidacy.reasonRequired') },
          { min: 10, message: t('scorePortal.candidacy.reasonMin') },
        ]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('scorePortal.candidacy.reasonPlaceholder')} data-testid="appeal-reason" />
      </Form.Item>
      <Form.Item name="evidenceRowIds" label={t('scorePortal.candidacy.evidence')} rules={[{ validator: (_, v?: string[]) => (v?.length ? Promise.resolve() : Promise.reject(new Error(t('scorePortal.candidacy.evidenceRequired')))) }]}>
        <Checkbox.Group style={{ width: '100%' }}>
          <Flex vertical gap={8} style={{ width: '100%' }}>
            {groups.map((d) => (
              <fieldset key={d.dimension} style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '6px 12px', margin: 0 }}>
                <legend style={{ fontSize: 13, fontWeight: 600, width: 'auto', padding: '0 4px', margin: 0, border: 0 }}>
                  <DimensionName dimension={d.dimension} hint={false} /> · {formatScore(d.value)}
                </legend>
                <Flex gap={12} wrap>
                  {d.evidence
                    .filter((e) => e.id)
                    .map((e) => (
                      <Checkbox key={e.id} value={e.id} data-testid="appeal-evidence" data-measure={e.measure}>
                        {measureLabel(t, e.measure)}：{evidenceValue(t, e.measure, e.value)}
                      </Checkbox>
                    ))}
                </Flex>
              </fieldset>
            ))}
          </Flex>
        </Checkbox.Group>
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Button type="primary" loading={loading} onClick={() => void submit()} data-testid="appeal-submit">
        {t('scorePortal.candidacy.submit')}
      </Button>
    </Form>
  );
}

/** The supplier's latest candidacy: why, the deadline in the viewer's zone, the decision or appeal, and the form. */
export function CandidacyCard({ candidate }: { candidate: EvaluationCandidateFieldsFragment | null | undefined }) {
  const { t } = useTranslation();
  const roles = useAuth().user?.roles ?? [];
  const mayAppeal = roles.includes('OWNER') || roles.includes('OPERATOR');
  const title = <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('scorePortal.candidacy.title')}</Typography.Title>;
  if (!candidate)
    return (
      <Card size="small" title={title} data-testid="candidacy" data-state="none">
        <Typography.Text>{t('scorePortal.candidacy.none')}</Typography.Text>
      </Card>
    );
  const windowOpen = new Date(candidate.appealDeadline).getTime() > Date.now();
  return (
    <Card size="small" title={title} data-testid="candidacy" data-state={candidate.status} extra={<CandidateStatusTag status={candidate.status} />}>
      <Flex vertical gap={12}>
        <Alert type={candidate.status === 'KEPT' ? 'success' : 'warning'} showIcon title={t('scorePortal.candidacy.named', { quarter: candidate.quarter, total: formatScore(candidate.total), threshold: candidate.threshold })} />
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'deadline', label: t('scorePortal.candidacy.deadline'), children: <Flex gap={8} wrap><LocalDateTime value={candidate.appealDeadline} testId="appeal-deadline" />{!windowOpen && <Typography.Text>（{t('scorePortal.candidacy.windowClosed')}）</Typography.Text>}</Flex> },
            ...(candidate.decidedAt ? [{ key: 'decision', label: t('scorePortal.candidacy.decided'), children: <span><DateTime value={candidate.decidedAt} format="YYYY-MM-DD HH:mm" /> · {candidate.decisionReason}</span> }] : []),
            ...(candidate.appeal
              ? [
                  {
                    key: 'appeal',
                    label: t('scorePortal.candidacy.yourAppeal'),
                    children: (
                      <Flex vertical gap={4} data-testid="my-appeal">
                        <Flex gap={6} align="center">
                          <AppealStatusTag status={candidate.appeal.status} />
                          <Typography.Text>{t('scorePortal.candidacy.citedRows', { count: candidate.appeal.evidenceRowIds.length })}</Typography.Text>
                        </Flex>
                        <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{candidate.appeal.reason}</Typography.Text>
                        {candidate.appeal.decisionReason && <Typography.Text>{candidate.appeal.decisionReason}</Typography.Text>}
                      </Flex>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {candidate.canAppeal && (mayAppeal ? <AppealForm candidate={candidate} /> : <Typography.Text>{t('scorePortal.candidacy.cannotAppeal')}</Typography.Text>)}
      </Flex>
    </Card>
  );
}
