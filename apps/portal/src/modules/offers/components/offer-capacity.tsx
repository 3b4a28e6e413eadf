import { useMemo } from 'react';
import { Button, Flex, Progress, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { OpenTopupTasksDocument, type OfferFieldsFragment } from '@mengyuan/graphql';

const POLL_MS = 15_000;

/** Open tasks (queued or claimed) per offer, from the supplier's queue; `exact` is false when the queue is longer than one page. */
export function useOpenTasksByOffer(skip: boolean): { counts: Map<string, number>; exact: boolean; loading: boolean } {
  const { data, loading } = useQuery(OpenTopupTasksDocument, { skip, pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  return useMemo(() => {
    const counts = new Map<string, number>();
    if (!data) return { counts, exact: true, loading };
    for (const task of [...data.queued.items, ...data.claimed.items]) counts.set(task.offerId, (counts.get(task.offerId) ?? 0) + 1);
    const exact = data.queued.items.length === data.queued.totalCount && data.claimed.items.length === data.claimed.totalCount;
    return { counts, exact, loading };
  }, [data, loading]);
}

type CapacityOffer = Pick<OfferFieldsFragment, 'status' | 'capacity'>;

/** Whether a live direct top-up offer takes new tasks now. */
export function acceptingState(offer: CapacityOffer, open: number): 'ACCEPTING' | 'FULL' | 'PAUSED' | 'NOT_LIVE' {
  if (offer.status === 'PAUSED') return 'PAUSED';
  if (offer.status !== 'LIVE') return 'NOT_LIVE';
  return offer.capacity !== null && offer.capacity !== undefined && open >= offer.capacity ? 'FULL' : 'ACCEPTING';
}

const STATE_COLOR = { ACCEPTING: 'success', FULL: 'warning', PAUSED: 'default', NOT_LIVE: 'default' } as const;

/**
 * A direct top-up offer has no stock: it has a queue. Open tasks against its capacity (max open tasks, or no
 * limit), whether it takes new tasks, and a way to change the capacity.
 */
export function OfferCapacity({ offer, open, exact, onEdit }: { offer: CapacityOffer; open: number | undefined; exact: boolean; onEdit?: () => void }) {
  const { t } = useTranslation();
  const count = open ?? 0;
  const state = acceptingState(offer, count);
  const limit = offer.capacity;
  const shown = open === undefined ? t('common.none') : exact ? String(count) : `${count}+`;
  return (
    <Flex vertical gap={4} data-testid="offer-capacity" data-open={open ?? ''} data-capacity={limit ?? ''} data-state={state}>
      <Flex gap={6} align="center" wrap>
        <Tooltip title={t('offers.capacityHint')}>
          <Typography.Text style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
            {limit === null || limit === undefined ? t('offers.openOfUnlimited', { open: shown }) : t('offers.openOfCapacity', { open: shown, capacity: limit })}
          </Typography.Text>
        </Tooltip>
        {onEdit && (
          <Button type="text" size="small" icon={<EditOutlined />} onClick={onEdit} aria-label={t('offers.editCapacity')} data-testid="offer-capacity-edit" />
        )}
      </Flex>
      {limit !== null && limit !== undefined && <Progress percent={Math.min(100, Math.round((count * 100) / limit))} size="small" showInfo={false} status={state === 'FULL' ? 'exception' : 'normal'} style={{ margin: 0, width: 120 }} />}
      <span>
        <Tag color={STATE_COLOR[state]} style={{ marginInlineEnd: 0 }} data-testid="offer-accepting">
          {t(`offers.accepting.${state}`)}
        </Tag>
      </span>
    </Flex>
  );
}
