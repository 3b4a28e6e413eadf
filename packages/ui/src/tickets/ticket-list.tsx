import type { ReactNode } from 'react';
import { Card, Empty, Flex, Grid, List, Table, Typography } from 'antd';
import { ExclamationCircleFilled } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TicketFieldsFragment } from '@mengyuan/graphql';
import { DateTime } from '../components/date-time';
import { TicketCountdown } from './sla-countdown';
import { TicketStatusTag, TicketTierTag } from './ticket-labels';

export interface TicketListProps {
  items: readonly TicketFieldsFragment[];
  loading?: boolean;
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  /** Where a ticket opens. */
  href: (ticket: TicketFieldsFragment) => string;
  /** Which party columns to show (a member knows itself; a supplier knows itself). */
  showMember?: boolean;
  showSupplier?: boolean;
  empty?: ReactNode;
}

function Number({ ticket, href }: { ticket: TicketFieldsFragment; href: string }) {
  return (
    <Flex align="center" gap={6}>
      <Link to={href} data-testid="ticket-link" style={{ fontFamily: 'monospace', fontWeight: 600 }}>
        {ticket.number}
      </Link>
      {ticket.breached && <ExclamationCircleFilled style={{ color: '#ff4d4f' }} aria-hidden />}
    </Flex>
  );
}

/**
 * Tickets as a table on wide screens and as cards on phones (390 px), with their live countdowns. Rows carry
 * data-ticket / data-status for tests.
 */
export function TicketList({ items, loading, total, page, pageSize, onPage, href, showMember, showSupplier, empty }: TicketListProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const pagination = {
    current: page,
    pageSize,
    total,
    onChange: onPage,
    hideOnSinglePage: true,
    showSizeChanger: false,
    showTotal: (count: number) => t('common.total', { count }),
  };
  const emptyNode = <Empty description={empty ?? t('tk.list.empty')} />;

  if (!screens.md) {
    return (
      <List
        data-testid="ticket-list"
        loading={loading}
        dataSource={[...items]}
        locale={{ emptyText: emptyNode }}
        pagination={total > pageSize ? { ...pagination, size: 'small', showTotal: undefined } : false}
        renderItem={(tk) => (
          <Card size="small" style={{ marginBottom: 10 }} data-testid="ticket-row" data-ticket={tk.number} data-status={tk.status}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Number ticket={tk} href={href(tk)} />
              <TicketStatusTag status={tk.status} />
            </Flex>
            <Flex gap={6} align="center" wrap style={{ margin: '8px 0' }}>
              <TicketTierTag tier={tk.level} />
              <Typography.Text>{t(`tk.category.${tk.category}`)}</Typography.Text>
            </Flex>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} ellipsis>
              {tk.skuName} · {tk.clientOrderNo}
            </Typography.Text>
            {(showMember || showSupplier) && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} ellipsis>
                {[showMember ? tk.memberName : null, showSupplier ? tk.supplierName : null].filter(Boolean).join(' → ')}
              </Typography.Text>
            )}
            <Flex justify="space-between" align="flex-end" gap={8} style={{ marginTop: 8 }} wrap>
              <TicketCountdown ticket={tk} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <DateTime value={tk.updatedAt} format="MM-DD HH:mm" />
              </Typography.Text>
            </Flex>
          </Card>
        )}
      />
    );
  }

  return (
    <Table<TicketFieldsFragment>
      rowKey="id"
      size="middle"
      data-testid="ticket-list"
      loading={loading}
      dataSource={[...items]}
      locale={{ emptyText: emptyNode }}
      pagination={pagination}
      scroll={{ x: 960 }}
      onRow={(tk) =>
        ({
          'data-testid': 'ticket-row',
          'data-ticket': tk.number,
          'data-status': tk.status,
        }) as object
      }
      columns={[
        {
          title: t('tk.field.number'),
          key: 'number',
          width: 120,
          render: (_, tk) => <Number ticket={tk} href={href(tk)} />,
        },
        {
          title: t('tk.field.category'),
          key: 'category',
          width: 170,
          render: (_, tk) => (
            <Flex vertical gap={4} align="flex-start">
              <span>{t(`tk.category.${tk.category}`)}</span>
              <TicketTierTag tier={tk.level} />
            </Flex>
          ),
        },
        {
          title: t('tk.field.sku'),
          key: 'sku',
          render: (_, tk) => (
            <Flex vertical gap={2}>
              <Typography.Text ellipsis>{tk.skuName}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
                {tk.clientOrderNo}
              </Typography.Text>
            </Flex>
          ),
        },
        ...(showMember
          ? [
              {
                title: t('tk.field.member'),
                key: 'member',
                width: 150,
                render: (_: unknown, tk: TicketFieldsFragment) => <Typography.Text ellipsis>{tk.memberName}</Typography.Text>,
              },
            ]
          : []),
        ...(showSupplier
          ? [
              {
                title: t('tk.field.supplier'),
                key: 'supplier',
                width: 170,
                render: (_: unknown, tk: TicketFieldsFragment) => <Typography.Text ellipsis>{tk.supplierName}</Typography.Text>,
              },
            ]
          : []),
        {
          title: t('tk.field.status'),
          key: 'status',
          width: 120,
          render: (_, tk) => <TicketStatusTag status={tk.status} />,
        },
        {
          title: t('tk.field.countdown'),
          key: 'countdown',
          width: 190,
          render: (_, tk) => <TicketCountdown ticket={tk} />,
        },
        {
          title: t('tk.field.updatedAt'),
          key: 'updated',
          width: 130,
          render: (_, tk) => <DateTime value={tk.updatedAt} format="MM-DD HH:mm" />,
        },
      ]}
    />
  );
}
