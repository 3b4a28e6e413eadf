import type { ReactNode } from 'react';
import { Card, Col, Flex, Row, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { TicketDocument, type TicketQuery } from '@mengyuan/graphql';
import { AsyncState } from '../components/async-state';
import { PageHeader } from '../components/page-header';
import { useBreadcrumbName } from '../components/app-shell';
import { LiveIndicator } from '../live/live-status';
import { TicketCountdown } from './sla-countdown';
import { TicketStatusTag, TicketTierTag } from './ticket-labels';
import { ResolutionHistory, ResolutionSummary, TicketClocks, TicketFacts } from './ticket-panels';
import { TicketThread } from './ticket-thread';
import { useTicketLive } from './use-ticket-live';

export type TicketDetailData = TicketQuery['ticket'];

export interface TicketDetailProps {
  ticketId: string;
  onBack: () => void;
  showMember?: boolean;
  showSupplier?: boolean;
  /** Buttons for what the reader may do now (from allowedActions). */
  actions?: (ticket: TicketDetailData, refetch: () => void) => ReactNode;
  /** Under the thread: the reader's composer, or nothing. */
  composer?: (ticket: TicketDetailData, refetch: () => void) => ReactNode;
  /** Extra cards in the side column (the member's codes, the alliance's recalculation). */
  aside?: (ticket: TicketDetailData, refetch: () => void) => ReactNode;
}

/**
 * A ticket as each side sees it (the same layout in both apps): the thread with the reader's composer, the live
 * countdowns, the resolution and the facts. Kept live by the ticket's subscriptions.
 */
export function TicketDetail({ ticketId, onBack, showMember = true, showSupplier = true, actions, composer, aside }: TicketDetailProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(TicketDocument, {
    variables: { id: ticketId },
  });
  const again = () => void refetch().catch(() => undefined);
  useTicketLive(ticketId, again);
  const ticket = data?.ticket && data.ticket.id === ticketId ? data.ticket : null;
  // Named in the breadcrumb by its labelled number ("工单号 T…"), never by its id.
  useBreadcrumbName(ticket ? `${t('tk.field.number')} ${ticket.number}`.trim() : undefined);
  return (
    <AsyncState loading={loading} error={error} hasData={!!ticket} onRetry={again}>
      {ticket && (
        <div data-testid="ticket-detail" data-ticket={ticket.number} data-status={ticket.status} data-version={ticket.version} data-supplier={ticket.supplierName}>
          <PageHeader
            onBack={onBack}
            title={<span style={{ fontFamily: 'monospace' }}>{ticket.number}</span>}
            subtitle={`${t(`tk.category.${ticket.category}`)} · ${ticket.skuName}`}
            tags={
              <>
                <TicketStatusTag status={ticket.status} />
                <TicketTierTag tier={ticket.level} />
                <LiveIndicator />
              </>
            }
            extra={actions?.(ticket, again)}
          />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={15}>
              <Card title={t('tk.thread.title')} extra={<Typography.Text type="secondary">{t('common.total', { count: ticket.messages.totalCount })}</Typography.Text>}>
                <TicketThread messages={ticket.messages.items} />
                {ticket.status !== 'CLOSED' && composer ? (
                  <div
                    style={{
                      marginTop: 20,
                      borderTop: '1px solid #f0f0f0',
                      paddingTop: 16,
                    }}
                  >
                    {composer(ticket, again)}
                  </div>
                ) : null}
                {ticket.status === 'CLOSED' && (
                  <Typography.Paragraph type="secondary" style={{ margin: '16px 0 0' }}>
                    {t('tk.thread.closed')}
                  </Typography.Paragraph>
                )}
              </Card>
            </Col>
            <Col xs={24} lg={9}>
              <Flex vertical gap={16}>
                <Card title={t('tk.clocks.title')} extra={<TicketCountdown ticket={ticket} />} size="small">
                  <TicketClocks clocks={ticket.clocks} />
                </Card>
                {(ticket.resolution || ticket.resolutions.length > 0) && (
                  <Card title={t('tk.outcome.title')} size="small">
                    {ticket.resolution ? <ResolutionSummary resolution={ticket.resolution} /> : null}
                    {ticket.resolutions.length > (ticket.resolution ? 1 : 0) && (
                      <details style={{ marginTop: 12 }}>
                        <summary style={{ cursor: 'pointer', color: '#1f5fd6' }}>{t('tk.outcome.history')}</summary>
                        <div style={{ marginTop: 8 }}>
                          <ResolutionHistory resolutions={ticket.resolutions} />
                        </div>
                      </details>
                    )}
                  </Card>
                )}
                {aside?.(ticket, again)}
                <Card title={t('common.details')} size="small">
                  <TicketFacts ticket={ticket} showMember={showMember} showSupplier={showSupplier} />
                </Card>
              </Flex>
            </Col>
          </Row>
        </div>
      )}
    </AsyncState>
  );
}
