import { useState } from 'react';
import { Alert, App, Button, Popconfirm, type ButtonProps } from 'antd';
import { HistoryOutlined, SafetyOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RecalculateTicketClocksDocument } from '@mengyuan/graphql';
import { errorMessage, ReportedCodesCard, ResolutionDialog, TicketComposer, TicketDetail, useAuth, type TicketDetailData } from '@mengyuan/ui';

function Actions({ ticket, refetch, admin }: { ticket: TicketDetailData; refetch: () => void; admin: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [arbitrating, setArbitrating] = useState(false);
  const [recalculate, recalculating] = useMutation(RecalculateTicketClocksDocument);
  if (!admin) return <Alert type="info" showIcon title={t('adminTickets.auditorHint')} />;
  return (
    <>
      {ticket.allowedActions.includes('RESOLVE') && ticket.status === 'ESCALATED' && (
        <Button type="primary" icon={<SafetyOutlined />} onClick={() => setArbitrating(true)} data-testid="ticket-arbitrate">
          {t('tk.arbitrate.open')}
        </Button>
      )}
      <Popconfirm
        title={t('adminTickets.recalculateTitle')}
        description={<div style={{ maxWidth: 280 }}>{t('adminTickets.recalculateContent')}</div>}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ 'data-testid': 'recalculate-confirm' } as ButtonProps}
        onConfirm={async () => {
          try {
            const { data } = await recalculate({ variables: { ticketId: ticket.id } });
            message.success(t('adminTickets.recalculated', { count: data?.recalculateTicketClocks.length ?? 0 }));
            refetch();
          } catch (e) {
            message.error(errorMessage(t, e));
          }
        }}
      >
        <Button icon={<HistoryOutlined />} loading={recalculating.loading} data-testid="ticket-recalculate">
          {t('adminTickets.recalculate')}
        </Button>
      </Popconfirm>
      <ResolutionDialog ticket={ticket} mode="arbitrate" open={arbitrating} onClose={() => setArbitrating(false)} onDone={refetch} />
    </>
  );
}

/** One ticket for the alliance: the whole thread (internal notes too), clocks, L3 ruling, recalculation. */
export default function AdminTicketPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { user } = useAuth();
  const admin = !!user?.roles.includes('ADMIN');
  return (
    <TicketDetail
      ticketId={id}
      onBack={() => navigate('/tickets')}
      actions={(ticket, refetch) => <Actions ticket={ticket} refetch={refetch} admin={admin} />}
      composer={admin ? (ticket, refetch) => <TicketComposer ticketId={ticket.id} allowInternal onPosted={refetch} /> : undefined}
      aside={(ticket) => <ReportedCodesCard ticket={ticket} />}
    />
  );
}
