import { Alert, App, Button, Card, Flex, Space, Typography } from 'antd';
import { SafetyCertificateOutlined, VerifiedOutlined } from '@ant-design/icons';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CreateAuditCheckpointDocument, VerifyAuditChainModeDocument } from '@mengyuan/graphql';
import { errorMessage, formatDateTime, useAuth } from '@mengyuan/ui';
import { useState } from 'react';

/**
 * Verifies the chain on the server: from the last signed checkpoint onward (its signature and tree checked
 * first), or whole with every checkpoint; admins may sign a checkpoint now.
 */
export function VerifyChainCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const admin = !!user?.roles.includes('ADMIN');
  const [verify, { data, loading, error, variables }] = useLazyQuery(VerifyAuditChainModeDocument, { fetchPolicy: 'network-only' });
  const [sign, signing] = useMutation(CreateAuditCheckpointDocument);
  const [checkedAt, setCheckedAt] = useState<string | null>(null);
  const result = data?.verifyAuditChain;

  const run = async (full: boolean) => {
    try {
      await verify({ variables: { full } });
    } finally {
      setCheckedAt(new Date().toISOString());
    }
  };

  const scope = result
    ? result.full
      ? t('audit.scopeFull', { checkpoints: result.checkpointsChecked, ms: result.ms })
      : result.fromCheckpoint
        ? t('audit.scopeIncremental', { from: result.fromCheckpoint, head: result.headSeq, ms: result.ms })
        : t('audit.scopeFromStart', { ms: result.ms })
    : '';
  return (
    <Card style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 760 }}>
          {t('audit.subtitle')} {t('audit.checkpointsHint')}
        </Typography.Paragraph>
        <Space wrap>
          {admin && (
            <Button
              icon={<VerifiedOutlined />}
              loading={signing.loading}
              onClick={async () => {
                try {
                  const r = (await sign()).data?.createAuditCheckpoint;
                  if (r?.checkpoint) message.success(t('audit.signed', { size: r.checkpoint.treeSize }));
                  else message.error(t('audit.signRefused', { seq: r?.refusedBecause?.firstBrokenSeq ?? r?.refusedBecause?.brokenCheckpoint ?? '?' }));
                } catch (e) {
                  message.error(errorMessage(t, e));
                }
              }}
              data-testid="sign-checkpoint"
            >
              {t('audit.sign')}
            </Button>
          )}
          <Button icon={<SafetyCertificateOutlined />} loading={loading && variables?.full === true} disabled={loading} onClick={() => void run(true)} data-testid="verify-chain-full">
            {t('audit.verifyFull')}
          </Button>
          <Button type="primary" icon={<SafetyCertificateOutlined />} loading={loading && variables?.full === false} disabled={loading} onClick={() => void run(false)} data-testid="verify-chain">
            {loading ? t('audit.verifying') : t('audit.verify')}
          </Button>
        </Space>
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
              <div>
                {result.ok
                  ? t('audit.verifyOkDetail', { count: result.checked })
                  : result.brokenCheckpoint
                    ? t('audit.checkpointBroken', { size: result.brokenCheckpoint })
                    : t('audit.verifyBrokenDetail', { count: result.checked, seq: result.firstBrokenSeq ?? '?' })}
              </div>
              <div>{scope}</div>
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
