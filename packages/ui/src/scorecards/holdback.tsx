import { Alert, Descriptions, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SupplierHoldbackDocument, type SupplierHoldbackQuery } from '@mengyuan/graphql';
import { DateTime } from '../components/date-time';
import { Money } from '../components/money';

type Holdback = NonNullable<SupplierHoldbackQuery['supplierHoldback']>;

/** The refund rate that sized it, as a percentage (basis points → 1.25 %). */
const ratePercent = (bp: number) => (bp / 100).toFixed(2);

/** One line: held, charged, still held, until when or released (the admin's evaluation run, per eliminated candidate). */
function HoldbackLine({ h }: { h: Holdback }) {
  const { t } = useTranslation();
  return (
    <Typography.Text style={{ fontSize: 12 }} data-testid="holdback-line" data-left={h.left} data-released={String(!!h.releasedAt)}>
      {t('score.holdback.held')} <Money fen={h.held} /> · {t('score.holdback.charged')} <Money fen={h.charged} /> ·{' '}
      {h.releasedAt ? (
        <>
          {t('score.holdback.released')} <Money fen={h.released} /> (<DateTime value={h.releasedAt} format="YYYY-MM-DD HH:mm" />)
        </>
      ) : (
        <>
          {t('score.holdback.left')} <Money fen={h.left} /> · {t('score.holdback.until')} <DateTime value={h.releaseAt} format="YYYY-MM-DD HH:mm" />
        </>
      )}
    </Typography.Text>
  );
}

/**
 * An eliminated supplier's holdback (issue 18 §3): what is held for the complaint window, until when, what upheld
 * complaints charged to it, and what was released. One query (supplierHoldback) for the admin's evaluation run and
 * the supplier's dashboard. Renders nothing for a supplier without one.
 */
export function HoldbackSummary({ organizationId, variant }: { organizationId?: string; variant: 'line' | 'panel' }) {
  const { t } = useTranslation();
  const { data } = useQuery(SupplierHoldbackDocument, { variables: { organizationId: organizationId ?? null }, fetchPolicy: 'cache-and-network' });
  const h = data?.supplierHoldback;
  if (!h) return null;
  if (variant === 'line') return <HoldbackLine h={h} />;
  return (
    <Alert
      type={h.releasedAt ? 'success' : 'warning'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="holdback-panel"
      data-left={h.left}
      title={h.releasedAt ? t('score.holdback.titleReleased') : t('score.holdback.title')}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('score.holdback.explain', { rate: ratePercent(h.refundRateBp) })}</Typography.Paragraph>
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
            <Descriptions.Item label={t('score.holdback.held')}>
              <Money fen={h.held} />
            </Descriptions.Item>
            <Descriptions.Item label={t('score.holdback.charged')}>
              <Money fen={h.charged} />
            </Descriptions.Item>
            {h.releasedAt ? (
              <Descriptions.Item label={t('score.holdback.released')}>
                <Money fen={h.released} /> (<DateTime value={h.releasedAt} format="YYYY-MM-DD HH:mm" />)
              </Descriptions.Item>
            ) : (
              <>
                <Descriptions.Item label={t('score.holdback.left')}>
                  <Money fen={h.left} strong />
                </Descriptions.Item>
                <Descriptions.Item label={t('score.holdback.until')}>
                  <DateTime value={h.releaseAt} format="YYYY-MM-DD HH:mm" />
                </Descriptions.Item>
              </>
            )}
          </Descriptions>
        </>
      }
    />
  );
}
