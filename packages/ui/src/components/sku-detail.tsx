import type { ReactNode } from 'react';
import { Alert, Descriptions, Divider, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PriceChangeFieldsFragment, SkuFieldsFragment } from '@mengyuan/graphql';
import { CategoryTag, PriceMovement, StockStateTag } from './catalog-labels';
import { DateTime, formatDateTime } from './date-time';
import { Money } from './money';
import { PriceHistoryChart } from './price-chart';
import { formatFen } from '@mengyuan/domain';

const PRICE_STATUS_COLOR: Record<string, string> = { SCHEDULED: 'gold', APPLIED: 'success', CANCELLED: 'default' };

export function PriceStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={PRICE_STATUS_COLOR[status] ?? 'default'} style={{ marginInlineEnd: 0 }} data-testid="price-status" data-status={status}>
      {t(`cat.priceStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/**
 * A SKU's facts, its upcoming scheduled prices, the price chart and the change history. Used by the member
 * catalog drawer and the admin SKU drawer; `renderActions` adds per-change actions (cancel) for admins.
 */
export function SkuDetail({ sku, history, renderActions }: { sku: SkuFieldsFragment; history: readonly PriceChangeFieldsFragment[]; renderActions?: (change: PriceChangeFieldsFragment) => ReactNode }) {
  const { t } = useTranslation();
  const upcoming = history.filter((c) => c.status === 'SCHEDULED').sort((a, b) => Date.parse(a.effectiveAt) - Date.parse(b.effectiveAt));
  return (
    <Flex vertical gap={16}>
      {sku.status === 'DELISTED' && <Alert type="warning" showIcon title={t('cat.skuStatus.DELISTED')} />}
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('cat.detail.code')}>
          <Typography.Text code>{sku.code}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('cat.detail.brand')}>{sku.brand.name}</Descriptions.Item>
        <Descriptions.Item label={t('cat.detail.category')}>
          <CategoryTag category={sku.category} />
        </Descriptions.Item>
        <Descriptions.Item label={t('cat.detail.delivery')}>{t(`cat.delivery.${sku.deliveryMode}`)}</Descriptions.Item>
        <Descriptions.Item label={t('cat.detail.faceValue')}>
          <Money fen={sku.faceValue} />
        </Descriptions.Item>
        <Descriptions.Item label={t('cat.detail.unifiedPrice')}>
          <Money fen={sku.unifiedPrice} strong />
        </Descriptions.Item>
        <Descriptions.Item label={t('cat.detail.stock')}>
          <StockStateTag state={sku.stockState} deliveryMode={sku.deliveryMode} />
        </Descriptions.Item>
        <Descriptions.Item label={t('cat.detail.sources')}>{sku.liveOfferCount}</Descriptions.Item>
        <Descriptions.Item label={t('cat.detail.movement')} span={2}>
          <PriceMovement bp={sku.priceMovement7dBp} flagged={sku.priceMovementFlagged} />
        </Descriptions.Item>
      </Descriptions>
      <div data-testid="upcoming-prices">
        <Typography.Title level={5}>{t('cat.detail.upcoming')}</Typography.Title>
        {upcoming.length === 0 ? (
          <Typography.Text type="secondary">{t('cat.detail.noUpcoming')}</Typography.Text>
        ) : (
          <Flex vertical gap={8}>
            {upcoming.map((c) => (
              <Alert
                key={c.id}
                type="warning"
                showIcon
                title={t('cat.detail.upcomingItem', { time: formatDateTime(c.effectiveAt, 'YYYY-MM-DD HH:mm'), old: formatFen(c.oldPrice), new: formatFen(c.newPrice) })}
                description={
                  <Flex justify="space-between" align="center" gap={8} wrap>
                    <span>
                      {t('cat.detail.reason')}: {c.reason}
                      {c.noticeShortened && (
                        <Tag color="red" style={{ marginInlineStart: 8 }}>
                          {t('cat.noticeShortened')}
                        </Tag>
                      )}
                    </span>
                    {renderActions?.(c)}
                  </Flex>
                }
              />
            ))}
          </Flex>
        )}
      </div>
      <Divider style={{ margin: 0 }} />
      <div>
        <Typography.Title level={5}>{t('cat.chart.title')}</Typography.Title>
        <PriceHistoryChart currentPrice={sku.unifiedPrice} since={sku.createdAt} changes={history} />
      </div>
      <div>
        <Typography.Title level={5}>{t('cat.detail.history')}</Typography.Title>
        <Table<PriceChangeFieldsFragment>
          size="small"
          rowKey="id"
          dataSource={[...history]}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: t('cat.chart.empty') }}
          data-testid="price-history"
          columns={[
            { title: t('cat.detail.effectiveAt'), dataIndex: 'effectiveAt', width: 150, render: (v: string) => <DateTime value={v} format="YYYY-MM-DD HH:mm" /> },
            { title: t('cat.detail.oldPrice'), dataIndex: 'oldPrice', render: (v: string) => <Money fen={v} /> },
            { title: t('cat.detail.newPrice'), dataIndex: 'newPrice', render: (v: string) => <Money fen={v} strong /> },
            {
              title: t('cat.detail.reason'),
              dataIndex: 'reason',
              render: (v: string, c) => (
                <span>
                  {v}
                  {c.noticeShortened && (
                    <Tag color="red" style={{ marginInlineStart: 6 }}>
                      {t('cat.noticeShortened')}
                    </Tag>
                  )}
                </span>
              ),
            },
            { title: t('cat.detail.status'), dataIndex: 'status', width: 90, render: (v: string) => <PriceStatusTag status={v} /> },
          ]}
        />
      </div>
    </Flex>
  );
}
