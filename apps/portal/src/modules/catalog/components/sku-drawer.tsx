import { Alert, Drawer } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SkuDetailDocument } from '@mengyuan/graphql';
import { AsyncState, formatDateTime, SkuDetail } from '@mengyuan/ui';

/** A SKU with its price chart and upcoming scheduled prices. */
export function SkuDrawer({ skuId, onClose }: { skuId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SkuDetailDocument, { variables: { id: skuId ?? '' }, skip: !skuId });
  const sku = data?.sku;
  return (
    <Drawer open={!!skuId} onClose={onClose} size={720} title={sku ? sku.name : t('catalog.detail')} destroyOnHidden data-testid="sku-drawer">
      <AsyncState loading={loading} error={error} hasData={!!sku && sku.id === skuId} onRetry={() => void refetch()}>
        {sku && sku.sourcePriceChangesScheduled > 0 && (
          // Members see that a source's price moves and when, never whose nor what.
          <Alert
            type="info"
            showIcon
            data-testid="sku-source-price-notice"
            title={t('catalog.sourcePriceNotice')}
            description={t('catalog.sourcePriceNoticeBody', { count: sku.sourcePriceChangesScheduled, time: sku.nextSourcePriceChangeAt ? formatDateTime(sku.nextSourcePriceChangeAt, 'YYYY-MM-DD HH:mm') : '' })}
            style={{ marginBottom: 16 }}
          />
        )}
        {sku && <SkuDetail sku={sku} history={sku.priceHistory} />}
      </AsyncState>
    </Drawer>
  );
}
