import { Alert, Button, Flex, Form, Input, List, QRCode, Typography, App } from 'antd';
import { CopyOutlined, DownloadOutlined, SafetyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../errors';

/** The code asked after the password (a TOTP code or a recovery code). */
export function TwoFactorCodeForm({ loading, error, onSubmit, onBack }: { loading: boolean; error: unknown; onSubmit: (code: string) => void; onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('acct.totp.intro')}</Typography.Paragraph>
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} data-testid="totp-error" />}
      <Form<{ code: string }> layout="vertical" size="large" requiredMark={false} disabled={loading} onFinish={({ code }) => onSubmit(code.trim())}>
        <Form.Item name="code" label={t('acct.totp.code')} rules={[{ required: true, message: t('acct.totp.codeRequired') }]}>
          <Input prefix={<SafetyOutlined />} placeholder={t('acct.totp.codePlaceholder')} autoComplete="one-time-code" inputMode="text" autoFocus data-testid="login-totp" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={loading} data-testid="login-totp-submit">
          {t('acct.totp.verify')}
        </Button>
      </Form>
      <Button type="link" block onClick={onBack} style={{ marginTop: 8 }}>
        {t('acct.totp.back')}
      </Button>
    </>
  );
}

/** A secret to scan (QR code) or type in, confirmed by the first code the app shows. */
export function TwoFactorSetupForm({ secret, otpauthUri, loading, error, onConfirm }: { secret: string; otpauthUri: string; loading: boolean; error: unknown; onConfirm: (code: string) => void }) {
  const { t } = useTranslation();
  const grouped = secret.replace(/(.{4})/g, '$1 ').trim();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('acct.totp.setupIntro')}</Typography.Paragraph>
      <Flex vertical align="center" gap={8} style={{ marginBottom: 16 }}>
        <div role="img" aria-label={t('acct.totp.qrAlt')}>
          <QRCode value={otpauthUri} size={176} bordered errorLevel="M" />
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('acct.totp.manual')}
        </Typography.Text>
        <Typography.Text code copyable={{ text: secret }} data-testid="totp-secret" data-secret={secret}>
          {grouped}
        </Typography.Text>
      </Flex>
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} data-testid="totp-setup-error" />}
      <Form<{ code: string }> layout="vertical" requiredMark={false} disabled={loading} onFinish={({ code }) => onConfirm(code.trim())}>
        <Form.Item name="code" label={t('acct.totp.confirmCode')} rules={[{ required: true, message: t('acct.totp.codeRequired') }]}>
          <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} data-testid="totp-setup-code" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={loading} data-testid="totp-setup-submit">
          {t('acct.totp.confirm')}
        </Button>
      </Form>
    </>
  );
}

/** Recovery codes, shown once: copy, download, then carry on. */
export function RecoveryCodes({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const text = codes.join('\n');
  const download = () => {
    const url = URL.createObjectURL(new Blob([`${t('acct.totp.recoveryTitle')}\n\n${text}\n`], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'mengyuan-recovery-codes.txt';
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div data-testid="recovery-codes">
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('acct.totp.recoveryTitle')}
      </Typography.Title>
      <Alert type="warning" showIcon title={t('acct.totp.recoveryIntro')} style={{ marginBottom: 12 }} />
      <List
        size="small"
        bordered
        grid={{ gutter: 8, column: 2 }}
        dataSource={[...codes]}
        renderItem={(c) => (
          <List.Item style={{ padding: '4px 8px', marginBottom: 4 }}>
            <Typography.Text code>{c}</Typography.Text>
          </List.Item>
        )}
      />
      <Flex gap={8} wrap style={{ margin: '12px 0' }}>
        <Button icon={<CopyOutlined />} onClick={() => void navigator.clipboard?.writeText(text).then(() => message.success(t('common.copied')))}>
          {t('acct.totp.copyAll')}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={download}>
          {t('acct.totp.download')}
        </Button>
      </Flex>
      <Button type="primary" block onClick={onDone} data-testid="recovery-done">
        {t('acct.totp.saved')}
      </Button>
    </div>
  );
}
