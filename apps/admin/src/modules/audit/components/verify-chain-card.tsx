import { Alert, Button, Card, Flex, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useLazyQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { VerifyAuditChainDocument } from '@mengyuan/graphql';
import { errorMessage, formatDateTime } from '@mengyuan/ui';
import { useState } from 'react';

/** Walks the whole chain on the server and says whether it is whole, or where it first breaks. */
export function VerifyChainCard() {
  const { t } = useTranslation();
  const [verify, { data, loading, error }] = useLazyQuery(VerifyAuditChainDocument, { fetchPolicy: 'network-only' });
  const [checkedAt, setCheckedAt] = useState<string | null>(null);
  const result = data?.verifyAuditChain;

  const run = async () => {
    try {
      await verify();
    } finally {
      setCheckedAt(new Date().toISOString());
    }
  };

  return (
    <Card style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 760 }}>
          {t('audit.subtitle')}
        </Typography.Paragraph>
        <Button type="primary" icon={<SafetyCertificateOutlined />} loading={loading} onClick={() => void run()} data-testid="verify-chain">
          {loading ? t('audit.verifying') : t('audit.verify')}
        </Button>
      </Flex>
      {!loading && error && <Alert style={{ marginTop: 16 }} type="error" showIcon title={t('audit.verifyFailed')} description={errorMessage(t, error)} data-testid="verify-error" />}
      {!loading && !error && result && (
        <Alert
          style={{ marginTop: 16 }}
          type={result.ok ? 'success' : 'error'}
          showIcon
          data-testid={result.ok ? 'verify-ok' : 'verify-broken'}
          title={result.ok ? t('audit.verifyOk') : t('audit.verifyBroken')}
          description={
            <>
              <div>{result.ok ? t('audit.verifyOkDetail', { count: result.checked }) : t('audit.verifyBrokenDetail', { count: result.checked, seq: result.firstBrokenSeq ?? '?' })}</div>
              {checkedAt && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('audit.verifiedAt', { time: formatDateTime(checkedAt) })}
                </Typography.Text>
              )}
            </>
          }
        />
      )}
    </Card>
  );
}
