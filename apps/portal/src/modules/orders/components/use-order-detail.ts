import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { OrderDetailDocument } from '@mengyuan/graphql';

/** While a direct top-up is with a supplier its status moves on its own: look again every few seconds until it settles. */
const PROCESSING_POLL_MS = 3_000;

/** One order with its top-up progress, refreshed while it is PROCESSING. */
export function useOrderDetail(orderId: string | null) {
  const result = useQuery(OrderDetailDocument, { variables: { id: orderId ?? '' }, skip: !orderId, fetchPolicy: 'cache-and-network' });
  const processing = result.data?.order.status === 'PROCESSING';
  const { startPolling, stopPolling } = result;
  useEffect(() => {
    if (!processing) return;
    startPolling(PROCESSING_POLL_MS);
    return () => stopPolling();
  }, [processing, startPolling, stopPolling]);
  return result;
}
