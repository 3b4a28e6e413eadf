import { Flex, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { SkuBriefDocument, SkuNamesDocument } from '@mengyuan/graphql';

/**
 * A SKU's name and code by id: from one cached catalog listing (a single request for a whole table), or by
 * id for a SKU no longer listed.
 */
export function SkuName({ id }: { id: string }) {
  const names = useQuery(SkuNamesDocument, { variables: { filter: null } });
  const listed = names.data?.catalog.items.find((s) => s.id === id);
  const single = useQuery(SkuBriefDocument, { variables: { id }, skip: !!listed || names.loading });
  const sku = listed ?? single.data?.sku;
  if (!sku) return <Typography.Text type="secondary">{id.slice(0, 8)}…</Typography.Text>;
  return (
    <Flex vertical data-sku={sku.code}>
      <Typography.Text strong>{sku.name}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {sku.code}
      </Typography.Text>
    </Flex>
  );
}
