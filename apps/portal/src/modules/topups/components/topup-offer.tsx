import { Flex, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { TopupOfferDocument } from '@mengyuan/graphql';
import { Money } from '@mengyuan/ui';

/** The product a task is for, through its offer (cached per offer). */
export function TopupProduct({ offerId }: { offerId: string }) {
  const { data } = useQuery(TopupOfferDocument, { variables: { id: offerId } });
  const offer = data?.offer;
  if (!offer) return <Typography.Text type="secondary">…</Typography.Text>;
  return (
    <Flex vertical data-sku={offer.skuCode}>
      <Typography.Text strong>{offer.skuName}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {offer.skuCode}
      </Typography.Text>
    </Flex>
  );
}

/** What the supplier is paid for the task: settlement price × quantity, in fen with BigInt. */
export function TopupSettlement({ offerId, quantity }: { offerId: string; quantity: number }) {
  const { data } = useQuery(TopupOfferDocument, { variables: { id: offerId } });
  const price = data?.offer.settlementPrice;
  if (!price) return null;
  return <Money fen={BigInt(price) * BigInt(quantity)} />;
}
