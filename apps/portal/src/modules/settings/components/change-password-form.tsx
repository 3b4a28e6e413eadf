import { useState } from 'react';
import { Alert, App, Button, Form, Input } from 'antd';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordDocument } from '@mengyuan/graphql';
import { errorMessage, isAcceptablePassword, useAuth } from '@mengyuan/ui';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [change, { loading }] = useMutation(ChangePasswordDocument);
  const { manager } = useAuth();
  const client = useApolloClient();
  const [error, setError] = useState<unknown>(null);

  const onFinish = async ({ currentPassword, newPassword }: Values) => {
    setError(null);
    try {
      await change({ variables: { currentPassword, newPassword } });
      form.resetFields();
      message.success(t('settings.passwordChanged'));
      // The api ends every session of the user, this one included: go and sign in with the new password.
      manager.clear('password-changed');
      await client.clearStore();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div style={{ maxWidth: 440 }}>
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} disabled={loading}>
        <Form.Item name="currentPassword" label={t('settings.currentPassword')} rules={[{ required: true, message: t('settings.currentPasswordRequired') }]}>
          <Input.Password autoComplete="current-password" data-testid="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('settings.newPassword')}
          extra={t('register.passwordRule')}
          dependencies={['currentPassword']}
          rules={[
            { required: true, message: t('auth.passwordRequired') },
            { validator: (_, v: string) => (!v || isAcceptablePassword(v) ? Promise.resolve() : Promise.reject(new Error(t('register.passwordRule')))) },
            ({ getFieldValue }) => ({
              validator: (_, v: string) => (!v || v !== getFieldValue('currentPassword') ? Promise.resolve() : Promise.reject(new Error(t('settings.samePassword')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('settings.confirmNewPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('register.confirmPasswordRequired') },
            ({ getFieldValue }) => ({
              validator: (_, v: string) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('register.passwordMismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="confirm-new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading} data-testid="change-password-submit">
          {t('settings.changePassword')}
        </Button>
      </Form>
    </div>
  );
}
