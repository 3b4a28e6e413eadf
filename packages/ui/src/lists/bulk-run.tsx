import { useState, type ReactNode } from 'react';
import { Alert, Button, Flex, List, Modal, Progress, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../errors';

export interface BulkRunProps<T> {
  open: boolean;
  /** The confirmation's title, e.g. "Approve 3 offers?". */
  title: string;
  items: readonly T[];
  rowKey: (row: T) => string;
  /** How a row is named in the confirmation and the results. */
  describe: (row: T) => ReactNode;
  /** Said above the rows (what will happen, what to look at first). */
  notice?: ReactNode;
  /** Controls the action needs (a note). */
  children?: ReactNode;
  okText: string;
  /** The confirmation waits for something the children ask (a verification method). */
  okDisabled?: boolean;
  danger?: boolean;
  /** The action on one row: the same call a single row's button makes (each one audited on its own). */
  run: (row: T) => Promise<unknown>;
  /** Called when the dialog closes, with the rows that succeeded (none when cancelled). */
  onClose: (succeeded: string[]) => void;
  'data-testid'?: string;
}

type Outcome = { ok: true } | { ok: false; message: string };

/**
 * One confirmation for many rows, then the action row by row (one failure does not stop the others), with each
 * row's outcome shown: what succeeded, and for what failed, why.
 */
export function BulkRunDialog<T>({ open, title, items, rowKey, describe, notice, children, okText, okDisabled, danger, run, onClose, ...rest }: BulkRunProps<T>) {
  const { t } = useTranslation();
  const [outcomes, setOutcomes] = useState<Map<string, Outcome> | null>(null);
  const [running, setRunning] = useState(false);
  const done = outcomes !== null && !running;
  const failed = outcomes ? [...outcomes.values()].filter((o) => !o.ok).length : 0;

  const start = async () => {
    setRunning(true);
    const results = new Map<string, Outcome>();
    setOutcomes(new Map(results));
    for (const row of items) {
      try {
        await run(row);
        results.set(rowKey(row), { ok: true });
      } catch (e) {
        results.set(rowKey(row), { ok: false, message: errorMessage(t, e) });
      }
      setOutcomes(new Map(results));
    }
    setRunning(false);
  };
  const close = () => {
    if (running) return;
    const succeeded = outcomes ? [...outcomes].filter(([, o]) => o.ok).map(([k]) => k) : [];
    setOutcomes(null);
    onClose(succeeded);
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={close}
      closable={!running}
      maskClosable={false}
      destroyOnHidden
      data-testid={rest['data-testid']}
      footer={
        done ? (
          <Button type="primary" onClick={close} data-testid="bulk-close">
            {t('lists.bulk.close')}
          </Button>
        ) : (
          <Flex gap={8} justify="flex-end">
            <Button onClick={close} disabled={running}>
              {t('common.cancel')}
            </Button>
            <Button type="primary" danger={danger} loading={running} disabled={okDisabled && !running} onClick={() => void start()} data-testid="bulk-confirm">
              {okText}
            </Button>
          </Flex>
        )
      }
    >
      {outcomes && (
        <>
          <Progress percent={Math.round((outcomes.size / Math.max(1, items.length)) * 100)} status={failed ? 'exception' : running ? 'active' : 'success'} size="small" />
          {done && (
            <Alert
              type={failed ? 'warning' : 'success'}
              showIcon
              style={{ margin: '8px 0' }}
              data-testid="bulk-summary"
              title={failed ? t('lists.bulk.partly', { ok: outcomes.size - failed, failed }) : t('lists.bulk.allDone', { count: outcomes.size })}
            />
          )}
        </>
      )}
      {!outcomes && notice && <div style={{ marginBottom: 12 }}>{notice}</div>}
      <List
        size="small"
        bordered
        style={{ maxHeight: 320, overflow: 'auto', marginBottom: children && !outcomes ? 16 : 0 }}
        dataSource={[...items]}
        renderItem={(row) => {
          const key = rowKey(row);
          const o = outcomes?.get(key);
          return (
            <List.Item data-testid="bulk-row" data-key={key} data-outcome={o ? (o.ok ? 'ok' : 'failed') : 'pending'}>
              <Flex vertical gap={2} style={{ minWidth: 0, width: '100%' }}>
                <Flex gap={8} align="center">
                  {o?.ok && <CheckCircleFilled style={{ color: '#389e0d' }} aria-label={t('lists.bulk.ok')} />}
                  {o && !o.ok && <CloseCircleFilled style={{ color: '#cf1322' }} aria-label={t('lists.bulk.failed')} />}
                  <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{describe(row)}</div>
                </Flex>
                {o && !o.ok && (
                  <Typography.Text type="danger" style={{ fontSize: 13 }} data-testid="bulk-row-error">
                    {o.message}
                  </Typography.Text>
                )}
              </Flex>
            </List.Item>
          );
        }}
      />
      {!outcomes && children}
    </Modal>
  );
}
