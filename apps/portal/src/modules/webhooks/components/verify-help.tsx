import { Collapse, Descriptions, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** A receiver in Node: the same check as the Standard Webhooks libraries, with node:crypto only. */
export const VERIFY_EXAMPLE = `import { createHmac, timingSafeEqual } from 'node:crypto';

const secret = process.env.MENGYUAN_WEBHOOK_SECRET; // whsec_…
const key = Buffer.from(secret.slice('whsec_'.length), 'base64');

/** headers: the request's headers; rawBody: the body exactly as received (a string). */
export function verifyWebhook(headers, rawBody) {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false; // too old or too new
  const expected = createHmac('sha256', key).update(\`\${id}.\${timestamp}.\${rawBody}\`).digest();
  return String(headers['webhook-signature'] ?? '').split(' ').some((part) => {
    const [version, signature] = part.split(',');
    const given = Buffer.from(signature ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
}`;

/** How to check a callback's signature: headers, rules and a small Node example. */
export function VerifyHelp() {
  const { t } = useTranslation();
  return (
    <Collapse
      data-testid="webhook-verify-help"
      items={[
        {
          key: 'verify',
          label: (
            <Typography.Text strong>
              <SafetyCertificateOutlined style={{ marginInlineEnd: 8 }} />
              {t('webhooks.verifyTitle')}
            </Typography.Text>
          ),
          children: (
            <>
              <Typography.Paragraph>{t('webhooks.verifyIntro')}</Typography.Paragraph>
              <Descriptions
                column={1}
                size="small"
                bordered
                styles={{ label: { width: 190, fontFamily: 'monospace' } }}
                items={[
                  { key: 'id', label: 'webhook-id', children: t('webhooks.verifyHeaderId') },
                  { key: 'ts', label: 'webhook-timestamp', children: t('webhooks.verifyHeaderTimestamp') },
                  { key: 'sig', label: 'webhook-signature', children: t('webhooks.verifyHeaderSignature') },
                ]}
              />
              <Typography.Paragraph style={{ marginTop: 16 }}>{t('webhooks.verifySteps')}</Typography.Paragraph>
              <Typography.Text strong copyable={{ text: VERIFY_EXAMPLE }} style={{ display: 'block', marginBottom: 8 }}>
                {t('webhooks.verifyExample')}
              </Typography.Text>
              <pre
                style={{ margin: 0, padding: 12, overflow: 'auto', fontSize: 12, lineHeight: 1.5, background: 'rgba(0, 0, 0, 0.03)', border: '1px solid rgba(5, 5, 5, 0.06)', borderRadius: 6 }}
                data-testid="webhook-verify-example"
              >
                {VERIFY_EXAMPLE}
              </pre>
            </>
          ),
        },
      ]}
    />
  );
}
