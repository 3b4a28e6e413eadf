import { Flex, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { SkuBriefDocument, SkuNamesDocument } from '@mengyuan/graphql';

/**
 * A SKU's name, code and delivery mode by id: from one cached catalog listing (a single request for a whole
 * table), or by id for a SKU no longer listed.
 */
export function useSkuBrief(id: string) {
  const names = useQuery(SkuNamesDocument, { variables: { filter: null } });
  const listed = names.data?.catalog.items.find((s) => s.id === id);
  const single = useQuery(SkuBriefDocument, { variables: { id }, skip: !!listed || names.loading });
  return listed ?? single.data?.sku;
}

export function SkuName({ id }: { id: string }) {
  const sku = useSkuBrief(id);
  if (!sku) return <Typography.Text type="secondary">…</Typography.Text>;
  return (
    <Flex vertical data-sku={sku.code}>
      <Typography.Text strong>{sku.name}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {sku.code}
      </Typography.Text>
    </Flex>
  );
}
