import { useEffect, useRef, useState } from 'react';
import { Alert, App, Checkbox, Form, Input, InputNumber, Modal, Radio, Space, Typography, type ButtonProps } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatFen, TICKET_LIMITS, yuanToFen, type ResolutionKind, type RulingAgainst } from '@mengyuan/domain';
import { ArbitrateTicketDocument, ResolveTicketDocument, type TicketFieldsFragment } from '@mengyuan/graphql';
import { errorCode, errorDetails, errorMessage } from '../errors';

const KINDS: ResolutionKind[] = ['REISSUE', 'REFUND', 'COMPENSATION', 'REJECTED'];

interface Values {
  against?: RulingAgainst;
  kind: ResolutionKind;
  refund?: 'full' | 'part';
  amount?: number | null;
  reason?: string;
  /** Arbitration only, offered once the api refused with MONEY_BACK_CAP_EXCEEDED: rule past the cap, the ruling its reason. */
  exceedMoneyBackCap?: boolean;
}

/** What the api said when it refused money back past the line's cap (fen as strings). */
interface CapRefusal {
  paid: string;
  moneyBack: string;
  left: string;
}

/** Yuan as typed (at most two decimals) → fen; null when it is not a positive amount. */
function toFen(yuan: number | null | undefined): bigint | null {
  if (yuan === null || yuan === undefined || !Number.isFinite(yuan)) return null;
  try {
    const fen = yuanToFen(String(yuan));
    return fen > 0n ? fen : null;
  } catch {
    return null;
  }
}

/**
 * Resolving a ticket (the supplier) or ruling on an escalated one (the alliance): the resolution, its amount and
 * reason, then a confirmation that says what money and codes it moves before anything happens.
 */
export function ResolutionDialog({ ticket, mode, open, onClose, onDone }: { ticket: TicketFieldsFragment; mode: 'resolve' | 'arbitrate'; open: boolean; onClose: () => void; onDone?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [confirming, setConfirming] = useState<Values | null>(null);
  const [cap, setCap] = useState<CapRefusal | null>(null);
  // The values ruled on, put back in the form when the api sends the ruling back (the cap) for another look.
  const refused = useRef<Values | null>(null);
  useEffect(() => {
    if (open && !confirming && refused.current) {
      form.setFieldsValue(refused.current);
      refused.current = null;
    }
  }, [open, confirming, form]);
  const [resolve, resolving] = useMutation(ResolveTicketDocument);
  const [arbitrate, arbitrating] = useMutation(ArbitrateTicketDocument);
  const against = Form.useWatch('against', form);
  const kind = Form.useWatch('kind', form);
  const refund = Form.useWatch('refund', form);
  const exceedCap = Form.useWatch('exceedMoneyBackCap', form) === true;
  const lineValue = BigInt(ticket.unitPrice) * BigInt(ticket.quantity);
  const kinds = mode === 'arbitrate' ? (against === 'MEMBER' ? (['REJECTED'] as ResolutionKind[]) : KINDS.filter((k) => k !== 'REJECTED')) : KINDS;
  const needsAmount = kind === 'COMPENSATION' || (kind === 'REFUND' && refund === 'part');

  const effect = (v: Values): string => {
    const fen = toFen(v.amount);
    const full = v.kind === 'REFUND' && v.refund !== 'part';
    const key = full ? 'REFUND_FULL' : v.kind;
    const amount = formatFen(full ? lineValue : (fen ?? 0n));
    const settlement = ticket.unitSettlement ? BigInt(ticket.unitSettlement) : null;
    const charge = settlement === null ? '' : formatFen(full ? settlement * BigInt(ticket.quantity) : ((fen ?? 0n) * settlement) / BigInt(ticket.unitPrice));
    return t(`tk.resolve.${mode === 'arbitrate' ? 'effectAlliance' : 'effect'}.${key}`, { amount, charge, count: ticket.codeIds.length || 1 });
  };

  const submit = async () => {
    const v = confirming;
    if (!v) return;
    const fen = needsAmountFor(v) ? toFen(v.amount) : null;
    const input = {
      ticketId: ticket.id,
      kind: v.kind,
      amount: fen === null ? null : fen.toString(),
      reason: v.reason?.trim() || null,
    };
    try {
      if (mode === 'arbitrate')
        await arbitrate({
          variables: { input: { ...input, against: v.against ?? 'SUPPLIER', exceedMoneyBackCap: !!cap && v.exceedMoneyBackCap === true } },
        });
      else await resolve({ variables: { input } });
      message.success(t(mode === 'arbitrate' ? 'tk.arbitrate.done' : 'tk.resolve.done'));
      setConfirming(null);
      setCap(null);
      form.resetFields();
      onDone?.();
      onClose();
    } catch (e) {
      setConfirming(null);
      if (mode === 'arbitrate' && errorCode(e) === 'MONEY_BACK_CAP_EXCEEDED') {
        // Back to the form with the cap, what was paid back and the choice to rule past it.
        const d = errorDetails(e);
        refused.current = v;
        setCap({ paid: d.paid ?? '0', moneyBack: d.moneyBack ?? '0', left: d.left ?? '0' });
        return;
      }
      message.error(errorMessage(t, e));
    }
  };

  const needsAmountFor = (v: Values) => v.kind === 'COMPENSATION' || (v.kind === 'REFUND' && v.refund === 'part');
  const codeCategory = ticket.codeIds.length > 0;

  return (
    <>
      <Modal
        open={open && !confirming}
        title={t(mode === 'arbitrate' ? 'tk.arbitrate.title' : 'tk.resolve.title', { number: ticket.number })}
        okText={t('tk.resolve.next')}
        cancelText={t('common.cancel')}
        onCancel={() => {
          setCap(null);
          onClose();
        }}
        onOk={() => form.submit()}
        okButtonProps={{ 'data-testid': 'resolve-next' } as ButtonProps}
        destroyOnHidden
        forceRender
      >
        <Form<Values>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{
            against: 'SUPPLIER',
            kind: mode === 'arbitrate' ? 'COMPENSATION' : codeCategory ? 'REISSUE' : 'REFUND',
            refund: 'full',
          }}
          onValuesChange={(changed: Partial<Values>) => {
            if (changed.against === 'MEMBER') form.setFieldValue('kind', 'REJECTED');
            else if (changed.against === 'SUPPLIER' && form.getFieldValue('kind') === 'REJECTED') form.setFieldValue('kind', 'COMPENSATION');
          }}
          onFinish={(v) => setConfirming(v)}
          data-testid="resolve-form"
        >
          {mode === 'arbitrate' && (
            <Form.Item name="against" label={t('tk.arbitrate.against')}>
              <Radio.Group data-testid="arbitrate-against">
                <Space direction="vertical">
                  {(['SUPPLIER', 'MEMBER'] as RulingAgainst[]).map((a) => (
                    <Radio key={a} value={a} data-testid={`against-${a}`}>
                      {t(`tk.against.${a}`)}{' '}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        — {t(`tk.arbitrate.againstHint.${a}`)}
                      </Typography.Text>
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
            </Form.Item>
          )}
          <Form.Item name="kind" label={t('tk.resolve.kind')}>
            <Radio.Group data-testid="resolve-kind">
              <Space direction="vertical">
                {kinds.map((k) => (
                  <Radio key={k} value={k} disabled={k === 'REISSUE' && !codeCategory} data-testid={`resolve-kind-${k}`}>
                    {t(`tk.resolution.${k}`)}{' '}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      — {t(`tk.resolve.kindHint.${k}`)}
                    </Typography.Text>
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
          {kind === 'REISSUE' && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('tk.resolve.codesAll', { count: ticket.codeIds.length })} />}
          {kind === 'REFUND' && (
            <Form.Item name="refund">
              <Radio.Group data-testid="resolve-refund">
                <Radio value="full">{t('tk.resolve.refundFull')}</Radio>
                <Radio value="part">{t('tk.resolve.refundPart')}</Radio>
              </Radio.Group>
            </Form.Item>
          )}
          {needsAmount && (
            <Form.Item
              name="amount"
              label={t('tk.resolve.amount')}
              extra={t('tk.resolve.amountMax', { max: formatFen(lineValue) })}
              rules={[
                { required: true, message: t('tk.resolve.amountRequired') },
                {
                  validator: async (_, v: number | null) => {
                    const fen = toFen(v);
                    if (fen === null) throw new Error(t('tk.resolve.amountInvalid'));
                    if (fen > lineValue)
                      throw new Error(
                        t('tk.resolve.amountMax', {
                          max: formatFen(lineValue),
                        }),
                      );
                  },
                },
              ]}
            >
              <InputNumber min={0.01} precision={2} step={1} prefix="¥" style={{ width: 200 }} data-testid="resolve-amount" />
            </Form.Item>
          )}
          {cap && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="money-back-cap"
              title={t('tk.arbitrate.capTitle')}
              description={
                <>
                  <div>{t('tk.arbitrate.capBody', { paid: formatFen(cap.paid), moneyBack: formatFen(cap.moneyBack), left: formatFen(cap.left) })}</div>
                  <Form.Item name="exceedMoneyBackCap" valuePropName="checked" style={{ margin: '8px 0 0' }} extra={t('tk.arbitrate.exceedCapHint')}>
                    <Checkbox data-testid="exceed-money-back-cap">{t('tk.arbitrate.exceedCap')}</Checkbox>
                  </Form.Item>
                </>
              }
            />
          )}
          <Form.Item
            name="reason"
            label={mode === 'arbitrate' ? t('tk.arbitrate.ruling') : t('tk.resolve.reason')}
            rules={[
              ...(mode === 'arbitrate'
                ? [
                    {
                      required: true,
                      whitespace: true,
                      min: 5,
                      message: exceedCap ? t('tk.arbitrate.exceedCapReason') : t('tk.arbitrate.rulingRequired'),
                    },
                  ]
                : []),
              ...(kind === 'REJECTED' && mode === 'resolve'
                ? [
                    {
                      required: true,
                      whitespace: true,
                      min: 2,
                      message: t('tk.resolve.reasonRequired'),
                    },
                  ]
                : []),
              {
                max: TICKET_LIMITS.reason,
                message: t('tk.thread.tooLong', { max: TICKET_LIMITS.reason }),
              },
            ]}
          >
            <Input.TextArea
              rows={3}
              maxLength={TICKET_LIMITS.reason}
              placeholder={mode === 'arbitrate' ? t('tk.arbitrate.rulingPlaceholder') : t('tk.resolve.reasonPlaceholder')}
              data-testid="resolve-reason"
            />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={open && !!confirming}
        title={t('tk.resolve.confirmTitle')}
        okText={mode === 'arbitrate' ? t('tk.arbitrate.confirm') : t('tk.resolve.confirm')}
        cancelText={t('common.back')}
        onCancel={() => setConfirming(null)}
        onOk={() => void submit()}
        confirmLoading={resolving.loading || arbitrating.loading}
        okButtonProps={
          {
            'data-testid': 'resolve-confirm',
            danger: confirming?.kind === 'REFUND' || confirming?.kind === 'COMPENSATION',
          } as ButtonProps
        }
      >
        {confirming && (
          <Alert
            type={confirming.kind === 'REJECTED' ? 'info' : 'warning'}
            showIcon
            data-testid="resolve-effect"
            title={
              <>
                {confirming.against ? `${t(`tk.against.${confirming.against}`)} · ` : ''}
                {t(`tk.resolution.${confirming.kind}`)}
              </>
            }
            description={
              <>
                {effect(confirming)}
                {cap && confirming.exceedMoneyBackCap && (
                  <div data-testid="resolve-exceeds-cap" style={{ marginTop: 4, fontWeight: 600 }}>
                    {t('tk.arbitrate.exceedCapEffect')}
                  </div>
                )}
              </>
            }
          />
        )}
      </Modal>
    </>
  );
}
