import { Descriptions, Drawer, Table, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatFen } from '@mengyuan/domain';
import { PayoutStatementDocument } from '@mengyuan/graphql';
import { AsyncState } from './async-state';
import { DateTime } from './date-time';

const Fen = ({ fen, strong }: { fen: string; strong?: boolean }) => (
  <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', fontWeight: strong ? 600 : undefined }}>{formatFen(fen)}</span>
);

/**
 * A withdrawal's payout statement (结算单), the same for the supplier and for finance: every payable line behind
 * it, opening + movements − carried forward = withdrawn, withdrawn − fee = net transferred.
 */
export function PayoutStatementDrawer({ withdrawalId, onClose }: { withdrawalId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PayoutStatementDocument, { variables: { withdrawalId: withdrawalId ?? '' }, skip: !withdrawalId, fetchPolicy: 'network-only' });
  const s = data?.payoutStatement;
  return (
    <Drawer open={!!withdrawalId} onClose={onClose} width="min(960px, 100vw)" title={s ? t('payout.title', { number: s.withdrawal.number }) : t('payout.titlePlain')} destroyOnHidden>
      <AsyncState loading={loading} error={error} hasData={!!s} onRetry={() => void refetch()}>
        {s && (
          <>
            <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }} data-testid="payout-summary">
              <Descriptions.Item label={t('payout.period')}>
                {s.periodStart ? <DateTime value={s.periodStart} /> : t('payout.beginning')} — <DateTime value={s.periodEnd} />
              </Descriptions.Item>
              <Descriptions.Item label={t('payout.opening')}>
                <Fen fen={s.opening} />
              </Descriptions.Item>
              <Descriptions.Item label={t('payout.movements')}>
                <Fen fen={s.movements} />
              </Descriptions.Item>
              <Descriptions.Item label={t('payout.carriedForward')}>
                <Fen fen={s.carriedForward} />
              </Descriptions.Item>
              <Descriptions.Item label={t('payout.withdrawn')}>
                <Fen fen={s.withdrawn} strong />
              </Descriptions.Item>
              <Descriptions.Item label={t('payout.fee')}>
                <Fen fen={s.fee} />
              </Descriptions.Item>
              <Descriptions.Item label={t('payout.net')}>
                <span data-testid="payout-net" data-value={s.net}>
                  <Fen fen={s.net} strong />
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('payout.reference')}>{s.withdrawal.transferReference ?? t('common.none')}</Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph type="secondary">{t('payout.sums')}</Typography.Paragraph>
            <Table
              rowKey="type"
              size="small"
              pagination={false}
              style={{ marginBottom: 16 }}
              dataSource={s.totalsByType}
              columns={[
                { title: t('payout.type'), dataIndex: 'type', render: (v: string) => t(`ord.txType.${v}`, { defaultValue: v }) },
                { title: t('payout.count'), dataIndex: 'count', align: 'right' },
                { title: t('payout.total'), dataIndex: 'total', align: 'right', render: (v: string) => <Fen fen={v} /> },
              ]}
            />
            <Table
              rowKey="id"
              size="small"
              scroll={(s.lines).length ? { x: 640 } : undefined}
              dataSource={s.lines}
              pagination={{ pageSize: 20, showSizeChanger: false }}
              locale={{ emptyText: t('payout.noLines') }}
              columns={[
                { title: t('payout.time'), dataIndex: 'createdAt', render: (v: string) => <DateTime value={v} /> },
                { title: t('payout.type'), dataIndex: 'type', render: (v: string) => t(`ord.txType.${v}`, { defaultValue: v }) },
                { title: t('payout.order'), key: 'order', render: (_, l) => (l.clientOrderNo ?? l.reference ? <Typography.Text copyable>{l.clientOrderNo ?? l.reference}</Typography.Text> : '') },
                { title: t('payout.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => <Fen fen={v} /> },
              ]}
            />
          </>
        )}
      </AsyncState>
    </Drawer>
  );
}
