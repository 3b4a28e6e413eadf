import { Alert, Button, Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CodeProvenanceDocument, VerifyProvenanceDocument, type ProvenanceEventFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, DateTime, errorMessage } from '@mengyuan/ui';
import { PageTitle } from '../components/page-title';
import { EventCheckTag, ProvenanceCheck } from '../components/provenance-check';
import type { BundleVerification } from '@mengyuan/provenance';

const short = (h: string) => `${h.slice(0, 10)}…${h.slice(-6)}`;

/** 卡密溯源: a bought code's life from the audit chain, each record's hashes, and a verify action. */
export default function ProvenancePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { codeId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CodeProvenanceDocument, { variables: { codeId } });
  const [verify, verified] = useLazyQuery(VerifyProvenanceDocument, { fetchPolicy: 'network-only' });
  const p = data?.codeProvenance;
  const [browser, setBrowser] = useState<BundleVerification | null>(null);
  const statusOf = (seq: number) => browser?.events.find((e) => e.seq === seq)?.status;
  return (
    <>
      <PageTitle
        title={t('provenance.title')}
        subtitle={t('provenance.subtitle')}
        extra={
          <>
            <Button onClick={() => navigate(-1)}>{t('common.back')}</Button>
            <Button icon={<SafetyCertificateOutlined />} disabled={!p} loading={verified.loading} onClick={() => void verify({ variables: { codeId } })} data-testid="verify-provenance">
              {t('provenance.verify')}
            </Button>
          </>
        }
      />
      {verified.data && (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          type={verified.data.verifyProvenance.ok ? 'success' : 'error'}
          data-testid="verify-result"
          data-ok={String(verified.data.verifyProvenance.ok)}
          title={verified.data.verifyProvenance.ok ? t('provenance.verifyOk', { checked: verified.data.verifyProvenance.checked }) : t('provenance.verifyBroken', { seq: verified.data.verifyProvenance.firstBrokenSeq })}
        />
      )}
      {verified.error && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={errorMessage(t, verified.error)} />}
      <AsyncState loading={loading} error={error} hasData={!!p} onRetry={() => void refetch()}>
        {p && (
          <Flex vertical gap={16}>
            <Card>
              <Descriptions
                column={{ xs: 1, md: 2 }}
                size="small"
                bordered
                items={[
                  { key: 'supplier', label: t('provenance.supplier'), children: <Typography.Text strong data-testid="provenance-supplier">{p.supplierName}</Typography.Text> },
                  { key: 'sku', label: t('provenance.sku'), children: p.skuName },
                  { key: 'batch', label: t('provenance.batch'), children: <Typography.Text copyable style={{ fontFamily: 'monospace', fontSize: 12 }}>{p.batchId}</Typography.Text> },
                  { key: 'imported', label: t('provenance.importedAt'), children: <DateTime value={p.importedAt} /> },
                  { key: 'sample', label: t('provenance.sample'), children: t('provenance.sampleText', { size: p.sampleSize, valid: p.sampleValid, invalid: p.sampleInvalid }) },
                  { key: 'sampled', label: t('provenance.sampled'), children: p.sampled && p.sampleResult ? t(`provenance.sampleResult.${p.sampleResult}`) : t('provenance.notSampled') },
                  { key: 'sold', label: t('provenance.soldAt'), children: <DateTime value={p.soldAt} /> },
                  { key: 'delivered', label: t('provenance.deliveredAt'), children: <DateTime value={p.deliveredAt} /> },
                  { key: 'order', label: t('provenance.order'), children: p.clientOrderNo },
                  {
                    key: 'tickets',
                    label: t('provenance.tickets'),
                    children: p.tickets.length ? p.tickets.map((k) => <Tag key={k.id}>{k.number} · {t(`tk.category.${k.category}`)} · {t(`tk.status.${k.status}`)}</Tag>) : t('provenance.noTickets'),
                  },
                ]}
              />
            </Card>
            <ProvenanceCheck codeId={codeId} onResult={setBrowser} />
            <Card title={t('provenance.chain')}>
              <Table<ProvenanceEventFieldsFragment>
                rowKey="seq"
                size="small"
                pagination={false}
                dataSource={p.events}
                scroll={{ x: 900 }}
                data-testid="provenance-events"
                columns={[
                  { title: t('provenance.seq'), dataIndex: 'seq', width: 80 },
                  { title: t('provenance.type'), dataIndex: 'type', render: (v: string) => t(`provenance.eventType.${v}`, { defaultValue: v }) },
                  { title: t('provenance.at'), dataIndex: 'occurredAt', width: 170, render: (v: string) => <DateTime value={v} /> },
                  { title: t('provenance.prevHash'), dataIndex: 'prevHash', render: (v: string) => <Typography.Text copyable={{ text: v }} style={{ fontFamily: 'monospace', fontSize: 12 }}>{short(v)}</Typography.Text> },
                  { title: t('provenance.hash'), dataIndex: 'hash', render: (v: string) => <Typography.Text copyable={{ text: v }} style={{ fontFamily: 'monospace', fontSize: 12 }}>{short(v)}</Typography.Text> },
                  { title: t('provenance.browser.column'), key: 'check', width: 150, render: (_: unknown, e: ProvenanceEventFieldsFragment) => <EventCheckTag status={statusOf(e.seq)} /> },
                ]}
              />
            </Card>
          </Flex>
        )}
      </AsyncState>
    </>
  );
}
