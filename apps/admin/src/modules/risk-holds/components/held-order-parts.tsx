import { Flex, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrganizationDocument, SkuBriefDocument } from '@mengyuan/graphql';

/** The member's name, linking to its organisation page (cached per organisation). */
export function MemberLink({ id }: { id: string }) {
  const { data } = useQuery(OrganizationDocument, { variables: { id } });
  return (
    <Link to={`/organizations/${id}`} data-testid="held-member">
      {data?.organization.name ?? '…'}
    </Link>
  );
}

/** A SKU's name and code by id (cached per SKU). */
export function SkuLabel({ id }: { id: string }) {
  const { data } = useQuery(SkuBriefDocument, { variables: { id } });
  const sku = data?.sku;
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

/** How long an order has waited since it was placed: 12 分钟, 2 小时 5 分钟, 1 天 3 小时. */
export function Waited({ since, now }: { since: string; now: number }) {
  const { t } = useTranslation();
  const minutes = Math.max(0, Math.floor((now - new Date(since).getTime()) / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const text = d > 0 ? t('heldOrders.waited.days', { d, h }) : h > 0 ? t('heldOrders.waited.hours', { h, m }) : t('heldOrders.waited.minutes', { m });
  const long = minutes >= 60;
  return (
    <Typography.Text type={long ? 'warning' : undefined} strong={long} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }} data-testid="held-waited" data-minutes={minutes}>
      {text}
    </Typography.Text>
  );
}
