import { useState } from 'react';
import { Alert, App, Descriptions, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CompleteTopupTaskDocument, FailTopupTaskDocument, TopupTasksDocument, type TopupTaskFieldsFragment } from '@mengyuan/graphql';
import { errorCode, errorMessage } from '@mengyuan/ui';
import { TopupProduct } from './topup-offer';

export type TaskAction = { task: TopupTaskFieldsFragment; action: 'complete' | 'fail' };

/** Complete (with the operator's reference) or fail (with a reason) one task. */
export function TaskActionModal({ pending, onClose }: { pending: TaskAction | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const [error, setError] = useState<unknown>(null);
  const refetch = { refetchQueries: [TopupTasksDocument], awaitRefetchQueries: true };
  const [complete, completing] = useMutation(CompleteTopupTaskDocument, refetch);
  const [fail, failing] = useMutation(FailTopupTaskDocument, refetch);
  const isComplete = pending?.action === 'complete';

  const close = () => {
    setError(null);
    onClose();
  };

  const submit = async () => {
    if (!pending) return;
    let text: string;
    try {
      text = (await form.validateFields()).text.trim();
    } catch {
      return;
    }
    setError(null);
    try {
      if (isComplete) {
        await complete({ variables: { id: pending.task.id, reference: text } });
        message.success(t('topups.completeOk'));
      } else {
        await fail({ variables: { id: pending.task.id, reason: text } });
        message.success(t('topups.failOk'));
      }
      close();
    } catch (e) {
      if (errorCode(e) === 'VALIDATION_FAILED') form.setFields([{ name: 'text', errors: [t(isComplete ? 'topups.referenceRequired' : 'topups.reasonRequired')] }]);
      else setError(e);
    }
  };

  const task = pending?.task;
  return (
    <Modal
      open={!!pending}
      title={t(isComplete ? 'topups.completeTitle' : 'topups.failTitle')}
      onCancel={close}
      onOk={() => void submit()}
      okText={t(isComplete ? 'topups.complete' : 'topups.fail')}
      okButtonProps={{ danger: !isComplete, 'data-testid': 'topup-action-submit' } as ButtonProps}
      cancelText={t('common.cancel')}
      confirmLoading={completing.loading || failing.loading}
      destroyOnHidden
    >
      {task && (
        <Descriptions
          column={1}
          size="small"
          bordered
          style={{ marginBottom: 16 }}
          styles={{ label: { width: 120 } }}
          items={[
            { key: 'account', label: t('topups.account'), children: <Typography.Text strong copyable style={{ fontFamily: 'monospace', fontSize: 15 }}>{task.rechargeAccount}</Typography.Text> },
            { key: 'product', label: t('topups.product'), children: <TopupProduct offerId={task.offerId} /> },
            { key: 'qty', label: t('topups.quantity'), children: task.quantity },
          ]}
        />
      )}
      <Alert type={isComplete ? 'info' : 'warning'} showIcon title={t(isComplete ? 'topups.completeHint' : 'topups.failHint')} style={{ marginBottom: 16 }} />
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} data-testid="topup-action-error" />}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="text"
          label={t(isComplete ? 'topups.reference' : 'topups.failureReason')}
          rules={[
            { required: true, whitespace: true, message: t(isComplete ? 'topups.referenceRequired' : 'topups.reasonRequired') },
            { min: 2, message: t(isComplete ? 'topups.referenceRequired' : 'topups.reasonRequired') },
          ]}
        >
          {isComplete ? (
            <Input placeholder={t('topups.referencePlaceholder')} maxLength={120} style={{ fontFamily: 'monospace' }} data-testid="topup-reference" autoFocus />
          ) : (
            <Input.TextArea placeholder={t('topups.reasonPlaceholder')} rows={3} maxLength={300} showCount data-testid="topup-reason" autoFocus />
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}
