import { useState } from 'react';
import { Alert, Button, Descriptions, Flex, Form, Input, InputNumber, Modal, Result, Tooltip, Typography } from 'antd';
import { LoadingOutlined, ShoppingCartOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Category, formatFen, MAX_ORDER_QUANTITY, MOBILE_PATTERN, OrganizationStatus, Role } from '@mengyuan/domain';
import { CatalogDocument, OrdersDocument, PlaceOrderDocument, WalletBalanceDocument, WalletDocument, type DeliveryMode, type PlaceOrderMutation } from '@mengyuan/graphql';
import { errorCode, errorMessage, FailureText, fieldErrors, formatDuration, formatMilliseconds, Money, TopupProgress, useAuth } from '@mengyuan/ui';
import { CodesView } from './codes-view';
import { failedOrderId, isDefiniteAnswer, newClientOrderNo } from './order-helpers';
import { useOrderDetail } from './use-order-detail';

/** What the dialog needs to know about a SKU (a catalog row has it all). */
export interface BuyableSku {
  id: string;
  code: string;
  name: string;
  unifiedPrice: string;
  category: Category;
  deliveryMode: DeliveryMode;
  stockAvailable?: number;
  /** OUT_OF_STOCK: 购买 is not offered (nothing could be delivered), with the reason shown. */
  stockState?: string;
}

type Placed = PlaceOrderMutation['placeOrder'];

/** A direct top-up's deadline at each source (the api's default; shown to set expectations, not enforced here). */
const TOPUP_DEADLINE_MINUTES = 10;

/** Whether the signed-in person may place orders: owner or operator of an active member. */
export function useCanBuy(): boolean {
  const { user } = useAuth();
  return !!user && user.organization.kind === 'MEMBER' && user.organization.status === OrganizationStatus.ACTIVE && user.roles.some((r) => r === Role.OWNER || r === Role.OPERATOR);
}

/**
 * 购买: quantity (and for a direct top-up the account to top up), total at the unified price, wallet balance,
 * confirm. One order number (the idempotency key) per opening, reused on retry, so a double click or a retry
 * after a network error never buys twice. Delivered codes are shown once, in the result view; a direct
 * top-up shows its progress there instead.
 */
export function BuyDialog({ sku, open, onClose }: { sku: BuyableSku | null; open: boolean; onClose: () => void }) {
  // Mounted only while open, so every opening starts afresh with a new order number.
  if (!open || !sku) return null;
  return <BuyDialogBody key={sku.id} sku={sku} onClose={onClose} />;
}

function BuyDialogBody({ sku, onClose }: { sku: BuyableSku; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ account: string }>();
  const [quantity, setQuantity] = useState(1);
  const [clientOrderNo, setClientOrderNo] = useState(() => newClientOrderNo());
  const [error, setError] = useState<unknown>(null);
  const [failedNo, setFailedNo] = useState<string | null>(null);
  const [placed, setPlaced] = useState<Placed | null>(null);
  const balance = useQuery(WalletBalanceDocument, { fetchPolicy: 'network-only' });
  const [place, { loading }] = useMutation(PlaceOrderDocument, { refetchQueries: [OrdersDocument, WalletDocument, WalletBalanceDocument, CatalogDocument] });

  const total = BigInt(sku.unifiedPrice) * BigInt(quantity || 0);
  const wallet = balance.data ? BigInt(balance.data.wallet.balance) : null;
  const short = wallet !== null && total > wallet ? total - wallet : null;
  const directTopup = sku.deliveryMode === 'DIRECT_TOPUP';
  const phone = directTopup && sku.category === Category.TELECOM_RECHARGE;
  const code = errorCode(error);
  const held = code === 'RISK_REVIEW';
  const savedId = failedOrderId(error);

  const submit = async () => {
    if (loading) return;
    let rechargeAccount: string | null = null;
    if (directTopup) {
      try {
        rechargeAccount = normaliseAccount((await form.validateFields()).account, phone);
      } catch {
        return;
      }
    }
    setError(null);
    setFailedNo(null);
    try {
      const { data } = await place({ variables: { input: { skuId: sku.id, quantity, clientOrderNo, rechargeAccount } } });
      if (data) setPlaced(data.placeOrder);
    } catch (e) {
      const fields = fieldErrors(e);
      if (fields.rechargeAccount) {
        // The server's own check of the account: shown on the field, in the user's language.
        form.setFields([{ name: 'account', errors: [t(phone ? 'buy.accountPhoneInvalid' : 'buy.accountInvalid')] }]);
        return;
      }
      setError(e);
      if (isDefiniteAnswer(e) && failedOrderId(e)) {
        // The server saved this number as a failed order: the next attempt is a new order.
        setFailedNo(clientOrderNo);
        setClientOrderNo(newClientOrderNo());
      }
      void balance.refetch();
    }
  };

  if (placed) return <PlacedView sku={sku} placed={placed} onClose={onClose} />;

  return (
    <Modal
      open
      title={t('buy.title', { name: sku.name })}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose} data-testid="buy-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="primary" icon={<ShoppingCartOutlined />} loading={loading} disabled={!quantity} onClick={() => void submit()} data-testid="buy-confirm">
            {error && !isDefiniteAnswer(error) ? t('buy.retry') : t('buy.confirm', { amount: formatFen(total) })}
          </Button>
        </Flex>
      }
    >
      {directTopup && (
        <Alert type="info" showIcon title={t('buy.topupIntro', { minutes: TOPUP_DEADLINE_MINUTES })} style={{ marginBottom: 16 }} data-testid="buy-direct-topup" />
      )}
      {directTopup && (
        <Form form={form} layout="vertical" requiredMark={false} onFinish={() => void submit()}>
          <Form.Item
            name="account"
            label={t(phone ? 'buy.accountPhone' : 'buy.account')}
            extra={t(phone ? 'buy.accountPhoneHint' : 'buy.accountHint')}
            validateTrigger="onBlur"
            rules={[
              { required: true, whitespace: true, message: t(phone ? 'buy.accountPhoneRequired' : 'buy.accountRequired') },
              {
                validator: async (_: unknown, value: string | undefined) => {
                  if (value?.trim() && !normaliseAccount(value, phone)) throw new Error(t(phone ? 'buy.accountPhoneInvalid' : 'buy.accountInvalid'));
                },
              },
            ]}
          >
            <Input
              size="large"
              inputMode={phone ? 'tel' : 'text'}
              autoComplete="off"
              maxLength={phone ? 20 : 64}
              placeholder={t(phone ? 'buy.accountPhonePlaceholder' : 'buy.accountPlaceholder')}
              disabled={loading}
              style={{ fontFamily: 'monospace', letterSpacing: phone ? 1 : undefined }}
              data-testid="buy-account"
            />
          </Form.Item>
        </Form>
      )}
      <Descriptions
        column={1}
        size="small"
        bordered
        styles={{ label: { width: 140 } }}
        items={[
          {
            key: 'sku',
            label: t('buy.sku'),
            children: (
              <Flex vertical>
                <Typography.Text strong>{sku.name}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {sku.code} · {t(`cat.delivery.${sku.deliveryMode}`)}
                  {!directTopup && sku.stockAvailable !== undefined && ` · ${t('buy.stock')} ${sku.stockAvailable.toLocaleString()}`}
                </Typography.Text>
              </Flex>
            ),
          },
          { key: 'price', label: t('buy.unitPrice'), children: <Money fen={sku.unifiedPrice} /> },
          {
            key: 'qty',
            label: t('buy.quantity'),
            children: (
              <Flex align="center" gap={12} wrap>
                <InputNumber
                  min={1}
                  max={MAX_ORDER_QUANTITY}
                  precision={0}
                  value={quantity}
                  disabled={loading}
                  onChange={(v) => setQuantity(Math.min(MAX_ORDER_QUANTITY, Math.max(1, Math.trunc(Number(v) || 1))))}
                  style={{ width: 120 }}
                  aria-label={t('buy.quantity')}
                  data-testid="buy-quantity"
                />
                <Typography.Text type="secondary">{directTopup ? t('buy.quantityTopupHint') : t('buy.quantityHint', { max: MAX_ORDER_QUANTITY })}</Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'total',
            label: t('buy.total'),
            children: (
              <span data-testid="buy-total" data-value={total.toString()} style={{ fontSize: 18 }}>
                <Money fen={total} strong />
              </span>
            ),
          },
          {
            key: 'balance',
            label: t('buy.balance'),
            children: (
              <Flex gap={16} wrap>
                <span data-testid="buy-balance" data-value={wallet?.toString() ?? ''}>
                  {wallet === null ? t('common.loading') : <Money fen={wallet} />}
                </span>
                {wallet !== null && short === null && (
                  <Typography.Text type="secondary">
                    {t(directTopup ? 'buy.balanceAfterReserve' : 'buy.balanceAfter')} <Money fen={wallet - total} />
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            key: 'no',
            label: (
              <Tooltip title={t('buy.orderNoHint')}>
                <span style={{ borderBottom: '1px dotted' }}>{t('buy.orderNo')}</span>
              </Tooltip>
            ),
            children: (
              <Typography.Text code data-testid="buy-order-no">
                {clientOrderNo}
              </Typography.Text>
            ),
          },
        ]}
      />
      {short !== null && !error && <Alert type="warning" showIcon style={{ marginTop: 16 }} title={t('buy.short', { amount: formatFen(short) })} data-testid="buy-short" />}
      {!!error && (
        <Alert
          type={!isDefiniteAnswer(error) || held ? 'warning' : 'error'}
          showIcon
          style={{ marginTop: 16 }}
          data-testid="buy-error"
          data-code={code ?? ''}
          title={!isDefiniteAnswer(error) ? t('buy.uncertain') : held ? t('buy.heldTitle') : `${t('buy.failedTitle')}：${errorMessage(t, error)}`}
          description={
            isDefiniteAnswer(error) ? (
              <>
                {code && <div>{t(`buy.help.${code}`, { defaultValue: '', max: MAX_ORDER_QUANTITY })}</div>}
                {failedNo && <div>{held ? t('buy.heldOrder', { no: failedNo }) : t('buy.failedOrder', { no: failedNo })}</div>}
                {savedId && (
                  <Link to={`/orders?order=${savedId}`} onClick={onClose}>
                    {t('buy.viewOrder')}
                  </Link>
                )}
              </>
            ) : undefined
          }
        />
      )}
    </Modal>
  );
}

/**
 * After placing: a card order shows its codes once; a direct top-up shows its progress through the
 * supplier's queue, live, until the supplier completes it (or every source fails and the amount comes back).
 */
function PlacedView({ sku, placed, onClose }: { sku: BuyableSku; placed: Placed; onClose: () => void }) {
  const { t } = useTranslation();
  const topup = sku.deliveryMode === 'DIRECT_TOPUP';
  const live = useOrderDetail(topup ? placed.id : null);
  const order = live.data?.order ?? placed;
  const progress = live.data?.order.topupProgress ?? placed.topupProgress;
  const codes = placed.codes ?? [];
  const delivered = order.status === 'DELIVERED';
  const title = topup
    ? delivered
      ? t('buy.topupDoneTitle', { account: order.rechargeAccount })
      : order.status === 'PROCESSING'
        ? t('buy.topupProcessingTitle', { account: order.rechargeAccount })
        : t(`ord.status.${order.status}`)
    : delivered
      ? t('buy.successTitle', { count: codes.length })
      : t(`ord.status.${order.status}`);
  const status = delivered ? 'success' : order.status === 'FAILED' ? 'warning' : 'info';
  return (
    <Modal
      open
      width={760}
      title={sku.name}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Flex justify="space-between" align="center">
          <Link to={`/orders?order=${placed.id}`} onClick={onClose}>
            {t('buy.viewOrder')}
          </Link>
          <Button type="primary" onClick={onClose} data-testid="buy-done">
            {t(topup && order.status === 'PROCESSING' ? 'buy.closeWhileProcessing' : 'buy.done')}
          </Button>
        </Flex>
      }
    >
      <Result
        status={status}
        icon={topup && order.status === 'PROCESSING' ? <LoadingOutlined /> : undefined}
        style={{ padding: '8px 0 16px' }}
        title={
          <span data-testid="buy-success" data-status={order.status}>
            {title}
          </span>
        }
        subTitle={
          <Flex vertical gap={4} align="center">
            <span>
              {topup ? t('buy.topupSub', { no: placed.clientOrderNo, total: formatFen(placed.total) }) : t('buy.successSub', { no: placed.clientOrderNo, total: formatFen(placed.total), latency: order.latencyMs === null ? t('common.none') : formatMilliseconds(order.latencyMs) })}
            </span>
            {topup && delivered && order.latencyMs !== null && <span>{t('buy.topupLatency', { time: formatDuration(t, order.latencyMs) })}</span>}
            {topup && order.status === 'PROCESSING' && <span>{t('buy.topupWatching')}</span>}
            {order.failureCode && <FailureText code={order.failureCode} />}
          </Flex>
        }
      />
      {topup && (
        <div style={{ padding: '0 8px' }}>
          <Typography.Title level={5}>{t('ord.topup.title')}</Typography.Title>
          <TopupProgress progress={progress} status={order.status} failureCode={order.failureCode} />
        </div>
      )}
      {codes.length > 0 && <CodesView codes={codes} note={t('codes.savedNote')} />}
    </Modal>
  );
}

/** The account as the server should get it, or null when it is not one: a mainland mobile number for 话费, 1–64 visible characters otherwise. */
function normaliseAccount(value: string | undefined, phone: boolean): string | null {
  const v = (value ?? '').trim();
  if (phone) {
    const digits = v.replace(/[\s-]/g, '').replace(/^\+?86/, '');
    return MOBILE_PATTERN.test(digits) ? digits : null;
  }
  return v.length >= 1 && v.length <= 64 && !/\s/.test(v) ? v : null;
}

/**
 * A 购买 button for one SKU; disabled (with the reason) for people who cannot buy. The page renders the one
 * BuyDialog outside its table: a row re-rendered by a refetch (the catalog is refetched after every order)
 * must not take the dialog, and the codes it shows once, with it.
 */
export function BuyButton({ sku, onBuy, size = 'small', type = 'primary' }: { sku: BuyableSku; onBuy: (sku: BuyableSku) => void; size?: 'small' | 'middle'; type?: 'primary' | 'default' | 'link' }) {
  const { t } = useTranslation();
  const allowed = useCanBuy();
  const soldOut = sku.stockState === 'OUT_OF_STOCK';
  const canBuy = allowed && !soldOut;
  const reason = !allowed ? t('buy.notAllowed') : t(sku.deliveryMode === 'DIRECT_TOPUP' ? 'buy.noSource' : 'buy.soldOut');
  const button = (
    <Button
      size={size}
      type={type}
      icon={<ShoppingCartOutlined />}
      disabled={!canBuy}
      onClick={(e) => {
        e.stopPropagation();
        onBuy(sku);
      }}
      data-testid="buy-button"
      data-blocked={canBuy ? undefined : soldOut ? 'sold-out' : 'not-allowed'}
    >
      {t('buy.action')}
    </Button>
  );
  return (
    <span onClick={(e) => e.stopPropagation()}>
      {canBuy ? button : <Tooltip title={reason}>{button}</Tooltip>}
      {allowed && soldOut && size !== 'middle' && (
        <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)', whiteSpace: 'normal' }} data-testid="buy-blocked-reason">
          {reason}
        </div>
      )}
    </span>
  );
}
