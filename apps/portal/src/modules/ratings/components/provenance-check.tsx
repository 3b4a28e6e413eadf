import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Input, Space, Tag, Typography } from 'antd';
import { CloudDownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AuditLogKeyDocument, CodeProvenanceBundleDocument } from '@mengyuan/graphql';
import { parseVerifierKey, verifyBundle, type BundleVerification, type EventStatus } from '@mengyuan/provenance';
import { errorMessage, formatDateTime } from '@mengyuan/ui';

const PINNED_KEY = 'mengyuan.provenance.key';
const SEEN = 'mengyuan.provenance.checkpoint';

/** What this browser kept: the alliance's key as first seen (or as the member set it), and the largest checkpoint it verified. */
const kept = {
  key: () => localStorage.getItem(PINNED_KEY),
  setKey: (k: string) => localStorage.setItem(PINNED_KEY, k),
  seen: (): { size: number; root: string } | null => {
    try {
      return JSON.parse(localStorage.getItem(SEEN) ?? 'null') as { size: number; root: string } | null;
    } catch {
      return null;
    }
  },
  setSeen: (c: { size: number; root: string }) => localStorage.setItem(SEEN, JSON.stringify(c)),
};

const STATUS_COLOR: Record<EventStatus, string> = { OK: 'green', LEGACY_INCLUDED: 'gold', HASH_MISMATCH: 'red', NOT_INCLUDED: 'red', NO_PROOF: 'red' };

/** A tag for an event's result in the browser's check (used in the chain table). */
export function EventCheckTag({ status }: { status: EventStatus | undefined }) {
  const { t } = useTranslation();
  if (!status) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="event-check" data-status={status}>
      {t(`provenance.browser.status.${status}`)}
    </Tag>
  );
}

/**
 * 在浏览器中校验: the code's slice, the newest signed checkpoint and each event's inclusion proof, checked here
 * with WebCrypto against the alliance's key this browser pinned — not the server's word. The largest checkpoint
 * it verified is kept, and each new one must prove it extends that one (a rewritten history cannot).
 */
export function ProvenanceCheck({ codeId, onResult }: { codeId: string; onResult: (r: BundleVerification | null) => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const published = useQuery(AuditLogKeyDocument);
  const [pinned, setPinned] = useState<string | null>(() => kept.key());
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [keyError, setKeyError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<BundleVerification | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [bundle, setBundle] = useState<unknown>(null);
  const serverKey = published.data?.auditLogKey.verifierKey;
  const key = pinned ?? serverKey ?? null;
  const changed = !!pinned && !!serverKey && pinned !== serverKey;

  async function check() {
    if (!key) return;
    setBusy(true);
    setError(null);
    try {
      if (!pinned) {
        kept.setKey(key);
        setPinned(key);
      }
      const previous = kept.seen();
      const { data } = await client.query({ query: CodeProvenanceBundleDocument, variables: { codeId, knownSize: previous?.size ?? null }, fetchPolicy: 'network-only' });
      const b = data?.codeProvenanceBundle;
      setBundle(b);
      const r = await verifyBundle(b, key, previous);
      setResult(r);
      onResult(r);
      if (r.ok && r.checkpoint && (!previous || r.checkpoint.size >= previous.size)) kept.setSeen({ size: r.checkpoint.size, root: r.checkpoint.root });
    } catch (e) {
      setError(errorMessage(t, e));
      onResult(null);
    } finally {
      setBusy(false);
    }
  }

  function download() {
    const blob = new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `provenance-${codeId.slice(0, 8)}.json`;
    a.click();
    URL.revokeObjectURL(a.href);
  }

  async function saveKey() {
    try {
      await parseVerifierKey(draft);
      kept.setKey(draft.trim());
      setPinned(draft.trim());
      setEditing(false);
      setKeyError(null);
    } catch (e) {
      setKeyError(t('provenance.browser.badKey', { reason: (e as Error).message }));
    }
  }

  const failing = result?.events.filter((e) => e.status !== 'OK' && e.status !== 'LEGACY_INCLUDED') ?? [];
  return (
    <Card title={t('provenance.browser.title')} data-testid="browser-check">
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('provenance.browser.explain')}
        </Typography.Paragraph>
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            {
              key: 'key',
              label: t('provenance.browser.key'),
              children: editing ? (
                <Space.Compact style={{ width: '100%' }}>
                  <Input aria-label={t('provenance.browser.key')} value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="mengyuan/audit+…+…" />
                  <Button type="primary" onClick={() => void saveKey()}>
                    {t('provenance.browser.saveKey')}
                  </Button>
                </Space.Compact>
              ) : (
                <Flex gap={8} wrap align="center">
                  <Typography.Text code copyable={key ? { text: key } : false} style={{ wordBreak: 'break-all' }} data-testid="pinned-key">
                    {key ?? t('common.none')}
                  </Typography.Text>
                  <Tag color={pinned ? 'blue' : 'default'}>{pinned ? t('provenance.browser.pinned') : t('provenance.browser.notPinned')}</Tag>
                  <Button size="small" onClick={() => { setDraft(pinned ?? ''); setEditing(true); }}>
                    {t('provenance.browser.changeKey')}
                  </Button>
                </Flex>
              ),
            },
            { key: 'seen', label: t('provenance.browser.seen'), children: kept.seen() ? t('provenance.browser.seenText', { size: kept.seen()!.size }) : t('provenance.browser.seenNone') },
          ]}
        />
        {keyError && <Alert type="error" showIcon title={keyError} />}
        {changed && <Alert type="warning" showIcon title={t('provenance.browser.keyChanged')} data-testid="key-changed" />}
        <Flex gap={8} wrap>
          <Button type="primary" icon={<SafetyCertificateOutlined />} loading={busy} disabled={!key} onClick={() => void check()} data-testid="verify-in-browser">
            {t('provenance.browser.verify')}
          </Button>
          <Button icon={<CloudDownloadOutlined />} disabled={!bundle} onClick={download} data-testid="download-bundle">
            {t('provenance.browser.download')}
          </Button>
        </Flex>
        {error && <Alert type="error" showIcon title={error} />}
        {result && (
          <Alert
            showIcon
            type={result.ok ? 'success' : 'error'}
            data-testid="browser-result"
            data-ok={String(result.ok)}
            title={
              result.problem
                ? t(`provenance.browser.problem.${result.problem}`)
                : result.ok
                  ? t('provenance.browser.ok', { count: result.events.length, size: result.checkpoint!.size })
                  : failing.length
                    ? t('provenance.browser.failed', { seqs: failing.map((e) => `#${e.seq}`).join('、') })
                    : t('provenance.browser.forked')
            }
            description={
              result.checkpoint ? (
                <Space direction="vertical" size={2}>
                  <span>{t('provenance.browser.checkpoint', { size: result.checkpoint.size, time: formatDateTime(result.checkpoint.time), root: `${result.checkpoint.root.slice(0, 16)}…` })}</span>
                  {result.consistency && <span>{t(`provenance.browser.consistency.${result.consistency}`)}</span>}
                </Space>
              ) : undefined
            }
          />
        )}
        {bundle != null && key && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 12 }}>
            {t('provenance.browser.offline')} <Typography.Text code copyable>{`npx mengyuan-verify provenance-${codeId.slice(0, 8)}.json --key '${key}'`}</Typography.Text>
          </Typography.Paragraph>
        )}
      </Flex>
    </Card>
  );
}
