import { App, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { TICKET_LIMITS } from '@mengyuan/domain';
import { errorMessage } from '../errors';

/** A confirmed action that needs a reason (escalate, reopen): its intro, the reason (5 characters at least), submit. */
export function ReasonDialog({
  open,
  onClose,
  title,
  intro,
  label,
  placeholder,
  required,
  okText,
  onSubmit,
  testId,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  intro: string;
  label: string;
  placeholder: string;
  required: string;
  okText: string;
  onSubmit: (reason: string) => Promise<unknown>;
  testId: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
      forceRender
      okButtonProps={{ 'data-testid': `${testId}-submit` } as ButtonProps}
    >
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={async ({ reason }) => {
          try {
            await onSubmit(reason.trim());
            onClose();
          } catch (e) {
            message.error(errorMessage(t, e));
          }
        }}
      >
        <Form.Item
          name="reason"
          label={label}
          rules={[
            { required: true, whitespace: true, min: 5, message: required },
            {
              max: TICKET_LIMITS.reason,
              message: t('tk.thread.tooLong', { max: TICKET_LIMITS.reason }),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={TICKET_LIMITS.reason} placeholder={placeholder} data-testid={`${testId}-reason`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
