import type { ReactNode } from 'react';
import { Descriptions, Empty, Flex, Grid, List, Tag, Typography } from 'antd';
import { RobotOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SlaClockFieldsFragment, TicketFieldsFragment, TicketResolutionFieldsFragment } from '@mengyuan/graphql';
import { DateTime } from '../components/date-time';
import { Money } from '../components/money';
import { SlaCountdown } from './sla-countdown';
import { formatDuration } from '../duration';
import { ResolutionTag, TicketStatusTag, TicketTierTag } from './ticket-labels';

/** The ticket's facts: order, product, parties, tier and times. */
export function TicketFacts({
  ticket,
  showMember = true,
  showSupplier = true,
  extra = [],
}: {
  ticket: TicketFieldsFragment;
  showMember?: boolean;
  showSupplier?: boolean;
  extra?: { key: string; label: ReactNode; children: ReactNode }[];
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const items = [
    {
      key: 'status',
      label: t('tk.field.status'),
      children: <TicketStatusTag status={ticket.status} />,
    },
    {
      key: 'category',
      label: t('tk.field.category'),
      children: t(`tk.category.${ticket.category}`),
    },
    {
      key: 'tier',
      label: t('tk.field.tier'),
      children: <TicketTierTag tier={ticket.tier} />,
    },
    ...(ticket.level !== ticket.tier
      ? [
          {
            key: 'level',
            label: t('tk.field.level'),
            children: <TicketTierTag tier={ticket.level} />,
          },
        ]
      : []),
    {
      key: 'order',
      label: t('tk.field.order'),
      children: (
        <Typography.Text copyable style={{ fontFamily: 'monospace', fontSize: 12 }}>
          {ticket.clientOrderNo}
        </Typography.Text>
      ),
    },
    {
      key: 'sku',
      label: t('tk.field.sku'),
      children: `${ticket.skuName}（${ticket.skuCode}）`,
    },
    {
      key: 'line',
      label: t('tk.field.lineValue'),
      children: (
        <span data-testid="ticket-line-value">
          {ticket.quantity} × <Money fen={ticket.unitPrice} />
        </span>
      ),
    },
    ...(showMember
      ? [
          {
            key: 'member',
            label: t('tk.field.member'),
            children: ticket.memberName,
          },
        ]
      : []),
    ...(showSupplier
      ? [
          {
            key: 'supplier',
            label: t('tk.field.supplier'),
            children: ticket.supplierName,
          },
        ]
      : []),
    {
      key: 'opened',
      label: t('tk.field.openedAt'),
      children: <DateTime value={ticket.openedAt} />,
    },
    ...(ticket.firstRespondedAt
      ? [
          {
            key: 'responded',
            label: t('tk.field.firstRespondedAt'),
            children: <DateTime value={ticket.firstRespondedAt} />,
          },
        ]
      : []),
    ...(ticket.resolvedAt
      ? [
          {
            key: 'resolved',
            label: t('tk.field.resolvedAt'),
            children: <DateTime value={ticket.resolvedAt} />,
          },
        ]
      : []),
    ...(ticket.reopenableUntil
      ? [
          {
            key: 'reopenable',
            label: t('tk.field.reopenableUntil'),
            children: <DateTime value={ticket.reopenableUntil} />,
          },
        ]
      : []),
    ...(ticket.closedAt
      ? [
          {
            key: 'closed',
            label: t('tk.field.closedAt'),
            children: <DateTime value={ticket.closedAt} />,
          },
        ]
      : []),
    ...(ticket.cycle > 1 ? [{ key: 'cycle', label: t('tk.field.cycle'), children: ticket.cycle }] : []),
    ...extra,
  ];
  return <Descriptions column={1} size="small" bordered layout={screens.sm === false ? 'vertical' : 'horizontal'} items={items} styles={{ label: { width: 110 } }} data-testid="ticket-facts" />;
}

/** The current cycle's clocks, each with its live countdown and the policy and calendar versions it runs on. */
export function TicketClocks({ clocks }: { clocks: readonly SlaClockFieldsFragment[] }) {
  const { t } = useTranslation();
  if (!clocks.length) return <Empty description={t('tk.noClock')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <List
      size="small"
      dataSource={[...clocks]}
      data-testid="ticket-clocks"
      renderItem={(c) => (
        <List.Item style={{ paddingInline: 0 }} data-testid="ticket-clock" data-metric={c.metric} data-level={c.level} data-state={c.state}>
          <Flex vertical gap={4} style={{ width: '100%' }}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text strong>
                {t(`tk.metric.${c.metric}`)} · {t(`tk.tier.${c.level}`)}
              </Typography.Text>
              <SlaCountdown clock={c} />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('tk.clocks.target')} {formatDuration(t, c.targetSeconds * 1000)}
              {c.dueAt ? (
                <>
                  {' · '}
                  {t('tk.clocks.due')} <DateTime value={c.dueAt} format="MM-DD HH:mm" />
                </>
              ) : null}
              {' · '}
              {t('tk.clocks.policy', {
                policy: c.policyVersion,
                calendar: c.calendarVersion,
              })}
            </Typography.Text>
          </Flex>
        </List.Item>
      )}
    />
  );
}

/** One resolution: kind, amount, fault, reason, codes replaced; an L3 ruling says against whom. */
export function ResolutionSummary({ resolution }: { resolution: TicketResolutionFieldsFragment }) {
  const { t } = useTranslation();
  const r = resolution;
  return (
    <Flex vertical gap={6} data-testid="ticket-resolution" data-kind={r.kind}>
      <Flex gap={6} align="center" wrap>
        <ResolutionTag kind={r.kind} />
        {r.against && (
          <Tag color="purple" style={{ marginInlineEnd: 0 }}>
            {t(`tk.against.${r.against}`)}
          </Tag>
        )}
        {r.auto && (
          <Tag icon={<RobotOutlined />} style={{ marginInlineEnd: 0 }}>
            {t('tk.outcome.auto')}
          </Tag>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <DateTime value={r.createdAt} format="YYYY-MM-DD HH:mm" />
        </Typography.Text>
      </Flex>
      {(r.kind === 'REFUND' || r.kind === 'COMPENSATION') && (
        <Typography.Text>
          {t('tk.outcome.amount')}: <Money fen={r.amount} strong />
        </Typography.Text>
      )}
      {r.kind === 'REISSUE' && (
        <Typography.Text>
          {t('tk.outcome.replaced', { count: r.replacedCodeIds.length })} · {t('tk.outcome.replacement', { count: r.replacementCodeIds.length })}
          {r.fromBackupOffer ? ` · ${t('tk.outcome.backupOffer')}` : ''}
        </Typography.Text>
      )}
      <Typography.Text type="secondary">
        {t('tk.outcome.fault')}: {t(`tk.fault.${r.fault}`)}
      </Typography.Text>
      {r.reason && (
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
          <Typography.Text type="secondary">{r.against ? t('tk.outcome.ruling') : r.kind === 'REJECTED' ? t('tk.outcome.rejectedReason') : t('tk.outcome.reason')}: </Typography.Text>
          {r.reason}
        </Typography.Paragraph>
      )}
    </Flex>
  );
}

/** Every resolution of every cycle, newest first. */
export function ResolutionHistory({ resolutions }: { resolutions: readonly TicketResolutionFieldsFragment[] }) {
  const { t } = useTranslation();
  if (!resolutions.length) return <Typography.Text type="secondary">{t('tk.outcome.none')}</Typography.Text>;
  return (
    <Flex vertical gap={12}>
      {[...resolutions].reverse().map((r) => (
        <div key={r.id}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('tk.clocks.cycle', { cycle: r.cycle })}
          </Typography.Text>
          <ResolutionSummary resolution={r} />
        </div>
      ))}
    </Flex>
  );
}
