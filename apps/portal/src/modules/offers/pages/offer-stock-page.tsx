import { useRef, useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Input, Progress, Result, Row, Space, Tabs, Typography, Upload } from 'antd';
import { FileTextOutlined, InboxOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_CODES, MAX_INLINE_IMPORT_CODES } from '@mengyuan/domain';
import { CardBatchesDocument, ImportCardBatchDocument, OfferDocument, type CardBatchFieldsFragment } from '@mengyuan/graphql';
import { AsyncState, errorMessage, fileErrorMessage, FileRequestError, LowPriceTag, Money, OfferStatusTag, PageHeader, useAuth } from '@mengyuan/ui';
import { BatchesTable } from '../components/batches-table';
import { uploadCardCsv } from '../components/csv-upload';
import { countCsvRows, parseCodes } from '../components/parse-codes';
import { RefusalReport } from '../components/refusal-report';
import { OfferStock } from './offers-page';
import { PendingPrice } from '../components/offer-form-modals';

const BATCH_PAGE = 10;
/** The api takes a CSV of up to ten times the document limit (10 MiB). */
const MAX_CSV_BYTES = 100 * 1024 * 1024;

function PasteImport({ offerId, onDone }: { offerId: string; onDone: (batch: CardBatchFieldsFragment) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [importBatch, { loading }] = useMutation(ImportCardBatchDocument);
  const parsed = parseCodes(text);
  const tooMany = parsed.codes.length > MAX_INLINE_IMPORT_CODES;

  const submit = async () => {
    setError(null);
    if (parsed.codes.length === 0) return setError(t('stockPage.pasteEmpty'));
    if (parsed.badLines.length) return setError(t('stockPage.pasteBadLines', { lines: parsed.badLines.slice(0, 10).join(', ') }));
    if (tooMany) return setError(t('stockPage.pasteTooMany', { max: MAX_INLINE_IMPORT_CODES }));
    try {
      const { data } = await importBatch({ variables: { input: { offerId, codes: parsed.codes } } });
      if (data) {
        onDone(data.importCardBatch);
        setText('');
      }
    } catch (e) {
      message.error(errorMessage(t, e));
      setError(errorMessage(t, e));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('stockPage.pasteHint')}</Typography.Text>
      <Input.TextArea
        rows={8}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('stockPage.pastePlaceholder')}
        style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' }}
        data-testid="paste-codes"
        status={tooMany || parsed.badLines.length ? 'error' : undefined}
      />
      {error && <Alert type="error" showIcon title={error} data-testid="paste-error" />}
      {!error && tooMany && <Alert type="warning" showIcon title={t('stockPage.pasteTooMany', { max: MAX_INLINE_IMPORT_CODES })} />}
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary" data-testid="paste-count">
          {t('stockPage.pasteCount', { count: parsed.codes.length })}
        </Typography.Text>
        <Button type="primary" icon={<UploadOutlined />} loading={loading} disabled={parsed.codes.length === 0 || tooMany} onClick={() => void submit()} data-testid="paste-submit">
          {t('stockPage.importPaste')}
        </Button>
      </Flex>
    </Flex>
  );
}

type CsvPhase = { kind: 'idle' } | { kind: 'ready'; file: File; rows: number } | { kind: 'sending'; file: File; rows: number; uploaded: number } | { kind: 'error'; file?: File; rows?: number; message: string };

function CsvImport({ offerId, onDone, onFailed }: { offerId: string; onDone: (batch: CardBatchFieldsFragment) => void; onFailed: () => void }) {
  const { t } = useTranslation();
  const { manager } = useAuth();
  const [phase, setPhase] = useState<CsvPhase>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const sending = phase.kind === 'sending';
  // While the server imports, its progress is the batch's processed/accepted counts.
  const poll = useQuery(CardBatchesDocument, {
    variables: { offerId, status: 'IMPORTING', page: { offset: 0, limit: 1 } },
    pollInterval: 1000,
    skip: !sending,
    fetchPolicy: 'network-only',
  });
  const running = sending ? poll.data?.cardBatches.items[0] : undefined;

  const choose = async (file: File) => {
    if (!/\.(csv|txt)$/i.test(file.name)) return setPhase({ kind: 'error', message: t('stockPage.csvWrongType') });
    if (file.size > MAX_CSV_BYTES) return setPhase({ kind: 'error', message: t('stockPage.csvTooLarge') });
    const rows = countCsvRows(await file.text());
    if (rows > MAX_IMPORT_CODES) return setPhase({ kind: 'error', file, rows, message: t('stockPage.csvTooMany', { count: rows, max: MAX_IMPORT_CODES }) });
    setPhase({ kind: 'ready', file, rows });
  };

  const send = async () => {
    if (phase.kind !== 'ready') return;
    const { file, rows } = phase;
    setPhase({ kind: 'sending', file, rows, uploaded: 0 });
    abort.current = new AbortController();
    try {
      const batch = await uploadCardCsv(manager, offerId, file, (uploaded) => setPhase((p) => (p.kind === 'sending' ? { ...p, uploaded } : p)), abort.current.signal);
      setPhase({ kind: 'idle' });
      onDone(batch);
    } catch (e) {
      let msg: string;
      if (e instanceof FileRequestError && e.code === 'VALIDATION_FAILED') msg = t('stockPage.csvBadHeader');
      else if (e instanceof FileRequestError && e.code === 'PAYLOAD_TOO_LARGE') msg = t('stockPage.csvTooLarge');
      else if (e instanceof FileRequestError && ['BAD_REQUEST', 'CONFLICT', 'INVALID_TRANSITION', 'FORBIDDEN', 'NOT_FOUND'].includes(e.code)) msg = t(`errors.${e.code}`);
      else msg = fileErrorMessage(t, e);
      setPhase({ kind: 'error', file, rows, message: msg });
      // A refused file may leave a FAILED batch behind: show it in the list.
      onFailed();
    }
  };

  const file = phase.kind === 'idle' ? undefined : phase.file;
  const rows = phase.kind === 'idle' ? undefined : phase.rows;
  const processedPercent = running && rows ? Math.min(100, Math.floor((running.processed * 100) / Math.max(rows, 1))) : 0;
  return (
    <Flex vertical gap={12}>
      {!file || phase.kind === 'error' ? (
        <Upload.Dragger
          accept=".csv,.txt,text/csv"
          multiple={false}
          showUploadList={false}
          beforeUpload={(f) => {
            void choose(f);
            return false;
          }}
          data-testid="csv-dragger"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('stockPage.csvDrag')}</p>
          <p className="ant-upload-hint">{t('stockPage.csvHint', { max: MAX_IMPORT_CODES.toLocaleString() })}</p>
        </Upload.Dragger>
      ) : (
        <Card size="small">
          <Space>
            <FileTextOutlined />
            <Typography.Text data-testid="csv-file">{t('stockPage.csvRows', { name: file.name, count: (rows ?? 0).toLocaleString() })}</Typography.Text>
          </Space>
        </Card>
      )}
      {phase.kind === 'error' && <Alert type="error" showIcon title={phase.message} data-testid="csv-error" />}
      {phase.kind === 'sending' && (
        <Flex vertical gap={4} data-testid="csv-progress">
          <Typography.Text type="secondary">{t('stockPage.uploading', { percent: phase.uploaded })}</Typography.Text>
          <Progress percent={phase.uploaded} size="small" />
          <Typography.Text type="secondary" data-testid="csv-processing">
            {t('stockPage.processing', { processed: (running?.processed ?? 0).toLocaleString(), accepted: (running?.accepted ?? 0).toLocaleString() })}
          </Typography.Text>
          <Progress percent={processedPercent} status="active" strokeColor="#389e0d" />
        </Flex>
      )}
      <Flex justify="end" gap={8}>
        {phase.kind === 'ready' && <Button onClick={() => setPhase({ kind: 'idle' })}>{t('stockPage.chooseAnother')}</Button>}
        {(phase.kind === 'ready' || phase.kind === 'sending') && (
          <Button type="primary" icon={<UploadOutlined />} loading={sending} onClick={() => void send()} data-testid="csv-submit">
            {t('stockPage.importCsv')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}

/** 卡密库存: one offer's stock, imports (paste or CSV) with the refusal report, and its batches. */
export default function OfferStockPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [batchPage, setBatchPage] = useState(1);
  const [report, setReport] = useState<CardBatchFieldsFragment | null>(null);
  const offer = useQuery(OfferDocument, { variables: { id } });
  const topup = offer.data?.offer.deliveryMode === 'DIRECT_TOPUP';
  const batches = useQuery(CardBatchesDocument, {
    variables: { offerId: id, status: null, page: { offset: (batchPage - 1) * BATCH_PAGE, limit: BATCH_PAGE } },
    skip: !offer.data || topup,
    notifyOnNetworkStatusChange: true,
  });
  const o = offer.data?.offer;

  const done = (batch: CardBatchFieldsFragment) => {
    setReport(batch);
    void offer.refetch();
    void batches.refetch();
  };

  return (
    <>
      <PageHeader
        onBack={() => navigate('/offers')}
        title={o ? (topup ? o.skuName : t('stockPage.title', { sku: o.skuName })) : t('offers.title')}
        tags={o ? <OfferStatusTag status={o.status} /> : undefined}
        extra={
          <Button
            icon={<ReloadOutlined />}
            onClick={() => {
              void offer.refetch();
              void batches.refetch();
            }}
          >
            {t('common.refresh')}
          </Button>
        }
      />
      <AsyncState loading={offer.loading} error={offer.error} hasData={!!o} onRetry={() => void offer.refetch()}>
        {o && topup && (
          // A direct top-up has no codes to import: its supplier works a queue instead.
          <Card>
            <Result
              status="info"
              title={t('stockPage.topupTitle')}
              subTitle={t('stockPage.topupBody')}
              data-testid="offer-topup-no-codes"
              extra={
                <Button type="primary" onClick={() => navigate('/topups')}>
                  {t('offers.tasks')}
                </Button>
              }
            />
          </Card>
        )}
        {o && !topup && (
          <Flex vertical gap={16}>
            <Card title={t('stockPage.summary')} size="small">
              <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                <Descriptions.Item label={t('offers.sku')}>
                  <Typography.Text code>{o.skuCode}</Typography.Text> {o.skuName}
                </Descriptions.Item>
                <Descriptions.Item label={t('offers.settlementPrice')}>
                  <Space size={6} wrap>
                    <Money fen={o.settlementPrice} strong />
                    {o.lowPriceFlag && <LowPriceTag />}
                    <PendingPrice offer={o} />
                  </Space>
                </Descriptions.Item>
                <Descriptions.Item label={t('offers.unifiedPrice')}>
                  <Money fen={o.unifiedPrice} />
                </Descriptions.Item>
                <Descriptions.Item label={t('offers.faceValue')}>
                  <Money fen={o.faceValue} />
                </Descriptions.Item>
                <Descriptions.Item label={t('stockPage.available')}>
                  <OfferStock offer={o} />
                </Descriptions.Item>
                <Descriptions.Item label={t('offers.threshold')}>{o.lowStockThreshold}</Descriptions.Item>
              </Descriptions>
            </Card>
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={report ? 14 : 24}>
                <Card title={t('stockPage.importTitle')}>
                  <Tabs
                    items={[
                      { key: 'csv', label: <span data-testid="tab-csv">{t('stockPage.tabCsv', { max: MAX_IMPORT_CODES.toLocaleString() })}</span>, children: <CsvImport offerId={o.id} onDone={done} onFailed={() => void batches.refetch()} /> },
                      { key: 'paste', label: <span data-testid="tab-paste">{t('stockPage.tabPaste', { max: MAX_INLINE_IMPORT_CODES.toLocaleString() })}</span>, children: <PasteImport offerId={o.id} onDone={done} /> },
                    ]}
                  />
                </Card>
              </Col>
              {report && (
                <Col xs={24} xl={10}>
                  <RefusalReport batch={report} />
                </Col>
              )}
            </Row>
            <Card title={t('stockPage.batches')}>
              <AsyncState loading={batches.loading} error={batches.error} hasData={!!batches.data} onRetry={() => void batches.refetch()}>
                <BatchesTable
                  batches={batches.data?.cardBatches.items ?? []}
                  loading={batches.loading && !!batches.data}
                  total={batches.data?.cardBatches.totalCount ?? 0}
                  page={batchPage}
                  pageSize={BATCH_PAGE}
                  onPage={setBatchPage}
                />
              </AsyncState>
            </Card>
          </Flex>
        )}
      </AsyncState>
    </>
  );
}
