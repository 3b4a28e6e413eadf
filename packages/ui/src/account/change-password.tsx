import { useState } from 'react';
import { Alert, App, Button, Form, Input } from 'antd';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordDocument } from '@mengyuan/graphql';
import { useAuth } from '../auth/auth-provider';
import { errorMessage } from '../errors';
import { isAcceptablePassword } from '../validation';

/** 修改密码: every session ends with it, this one too; the person signs in again. */
export function ChangePasswordPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ currentPassword: string; newPassword: string; confirm: string }>();
  const [change, { loading }] = useMutation(ChangePasswordDocument);
  const { manager } = useAuth();
  const client = useApolloClient();
  const [error, setError] = useState<unknown>(null);
  return (
    <div style={{ maxWidth: 440 }}>
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        disabled={loading}
        onFinish={async ({ currentPassword, newPassword }) => {
          setError(null);
          try {
            await change({ variables: { currentPassword, newPassword } });
            message.success(t('acct.password.changed'));
            manager.clear('password-changed');
            await client.clearStore();
          } catch (e) {
            setError(e);
          }
        }}
      >
        <Form.Item name="currentPassword" label={t('acct.password.current')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('acct.password.next')}
          extra={t('acct.reset.passwordRule')}
          dependencies={['currentPassword']}
          rules={[
            { required: true, message: t('auth.passwordRequired') },
            { validator: (_, v: string) => (!v || isAcceptablePassword(v) ? Promise.resolve() : Promise.reject(new Error(t('acct.reset.passwordRule')))) },
            ({ getFieldValue }) => ({ validator: (_, v: string) => (!v || v !== getFieldValue('currentPassword') ? Promise.resolve() : Promise.reject(new Error(t('acct.password.same')))) }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('acct.password.confirm')}
          dependencies={['newPassword']}
          rules={[{ required: true, message: t('auth.passwordRequired') }, ({ getFieldValue }) => ({ validator: (_, v: string) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('acct.reset.mismatch')))) })]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('acct.password.submit')}
        </Button>
      </Form>
    </div>
  );
}
