import { useState } from 'react';
import { App, Button, Popconfirm, type ButtonProps } from 'antd';
import { CheckOutlined, RollbackOutlined, SolutionOutlined, TeamOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AcceptTicketResolutionDocument, EscalateTicketDocument, ReopenTicketDocument } from '@mengyuan/graphql';
import { errorMessage, formatDateTime, ReasonDialog, ReportedCodesCard, ResolutionDialog, TicketComposer, TicketDetail, useAuth, type TicketDetailData } from '@mengyuan/ui';
import { TicketCodesCard } from '../components/ticket-codes-card';

/** What the reader may do now, straight from allowedActions (the api narrows it to the reader's side). */
function Actions({ ticket, refetch, member }: { ticket: TicketDetailData; refetch: () => void; member: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'resolve' | 'escalate' | 'reopen' | null>(null);
  const [accept, accepting] = useMutation(AcceptTicketResolutionDocument);
  const [escalate] = useMutation(EscalateTicketDocument);
  const [reopen] = useMutation(ReopenTicketDocument);
  const can = (a: string) => ticket.allowedActions.includes(a as never);
  const done = (key: string) => {
    message.success(t(key));
    refetch();
  };
  return (
    <>
      {can('RESOLVE') && !member && (
        <Button type="primary" icon={<SolutionOutlined />} onClick={() => setDialog('resolve')} data-testid="ticket-resolve">
          {t('tk.resolve.open')}
        </Button>
      )}
      {can('ACCEPT') && (
        <Popconfirm
          title={t('tk.accept.title')}
          description={<div style={{ maxWidth: 260 }}>{t('tk.accept.content')}</div>}
          okText={t('tk.accept.open')}
          cancelText={t('common.cancel')}
          okButtonProps={
            {
              'data-testid': 'ticket-accept-confirm',
              loading: accepting.loading,
            } as ButtonProps
          }
          onConfirm={async () => {
            try {
              await accept({ variables: { ticketId: ticket.id } });
              done('tk.accept.done');
            } catch (e) {
              message.error(errorMessage(t, e));
            }
          }}
        >
          <Button type="primary" icon={<CheckOutlined />} data-testid="ticket-accept">
            {t('tk.accept.open')}
          </Button>
        </Popconfirm>
      )}
      {can('REOPEN') && (
        <Button icon={<RollbackOutlined />} onClick={() => setDialog('reopen')} data-testid="ticket-reopen">
          {t('tk.reopen.open')}
        </Button>
      )}
      {can('ESCALATE') && (
        <Button icon={<TeamOutlined />} onClick={() => setDialog('escalate')} data-testid="ticket-escalate">
          {t('tk.escalate.open')}
        </Button>
      )}
      {!member && <ResolutionDialog ticket={ticket} mode="resolve" open={dialog === 'resolve'} onClose={() => setDialog(null)} onDone={refetch} />}
      <ReasonDialog
        open={dialog === 'escalate'}
        onClose={() => setDialog(null)}
        title={t('tk.escalate.title')}
        intro={t('tk.escalate.intro')}
        label={t('tk.escalate.reason')}
        placeholder={t('tk.escalate.reasonPlaceholder')}
        required={t('tk.escalate.reasonRequired')}
        okText={t('tk.escalate.submit')}
        testId="escalate"
        onSubmit={async (reason) => {
          await escalate({ variables: { ticketId: ticket.id, reason } });
          done('tk.escalate.done');
        }}
      />
      <ReasonDialog
        open={dialog === 'reopen'}
        onClose={() => setDialog(null)}
        title={t('tk.reopen.title')}
        intro={t('tk.reopen.intro', {
          until: formatDateTime(ticket.reopenableUntil, 'YYYY-MM-DD HH:mm'),
        })}
        label={t('tk.reopen.reason')}
        placeholder={t('tk.reopen.reasonPlaceholder')}
        required={t('tk.reopen.reasonRequired')}
        okText={t('tk.reopen.submit')}
        testId="reopen"
        onSubmit={async (reason) => {
          await reopen({ variables: { ticketId: ticket.id, reason } });
          done('tk.reopen.done');
        }}
      />
    </>
  );
}

/** One ticket for the member (thread, resolution, accept/reopen, its codes live) or the supplier (reply, notes, resolve). */
export default function TicketPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { user } = useAuth();
  const member = user?.organization.kind === 'MEMBER';
  return (
    <TicketDetail
      ticketId={id}
      onBack={() => navigate('/tickets')}
      showMember={!member}
      showSupplier={member}
      actions={(ticket, refetch) => <Actions ticket={ticket} refetch={refetch} member={member} />}
      composer={(ticket, refetch) => <TicketComposer ticketId={ticket.id} allowInternal={!member} allowWait={!member && ticket.allowedActions.includes('ASK_MEMBER')} onPosted={refetch} />}
      aside={(ticket) => (member ? (ticket.codeIds.length > 0 || ticket.resolution?.kind === 'REISSUE') && <TicketCodesCard ticket={ticket} /> : <ReportedCodesCard ticket={ticket} />)}
    />
  );
}
