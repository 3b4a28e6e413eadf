import { useState } from 'react';
import { Alert, Button, Descriptions, Flex, InputNumber, Modal, Result, Tooltip, Typography } from 'antd';
import { ShoppingCartOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatFen, MAX_ORDER_QUANTITY, OrganizationStatus, Role } from '@mengyuan/domain';
import { CatalogDocument, OrdersDocument, PlaceOrderDocument, WalletBalanceDocument, WalletDocument, type DeliveryMode, type PlaceOrderMutation } from '@mengyuan/graphql';
import { errorCode, errorMessage, Money, useAuth } from '@mengyuan/ui';
import { CodesView } from './codes-view';
import { failedOrderId, isDefiniteAnswer, newClientOrderNo } from './order-helpers';

/** What the dialog needs to know about a SKU (a catalog row has it all). */
export interface BuyableSku {
  id: string;
  code: string;
  name: string;
  unifiedPrice: string;
  deliveryMode: DeliveryMode;
  stockAvailable?: number;
}

type Delivered = PlaceOrderMutation['placeOrder'];

function latencyText(ms: number | null): string {
  if (ms === null) return '—';
  return `${ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms`;
}

/** Whether the signed-in person may place orders: owner or operator of an active member. */
export function useCanBuy(): boolean {
  const { user } = useAuth();
  return !!user && user.organization.kind === 'MEMBER' && user.organization.status === OrganizationStatus.ACTIVE && user.roles.some((r) => r === Role.OWNER || r === Role.OPERATOR);
}

/**
 * 购买: quantity, total at the unified price, wallet balance, confirm. One order number (the idempotency key)
 * per opening, reused on retry, so a double click or a retry after a network error never buys twice. The
 * delivered codes are shown once, in the result view.
 */
export function BuyDialog({ sku, open, onClose }: { sku: BuyableSku | null; open: boolean; onClose: () => void }) {
  // Mounted only while open, so every opening starts afresh with a new order number.
  if (!open || !sku) return null;
  return <BuyDialogBody key={sku.id} sku={sku} onClose={onClose} />;
}

function BuyDialogBody({ sku, onClose }: { sku: BuyableSku; onClose: () => void }) {
  const { t } = useTranslation();
  const [quantity, setQuantity] = useState(1);
  const [clientOrderNo, setClientOrderNo] = useState(() => newClientOrderNo());
  const [error, setError] = useState<unknown>(null);
  const [failedNo, setFailedNo] = useState<string | null>(null);
  const [delivered, setDelivered] = useState<Delivered | null>(null);
  const balance = useQuery(WalletBalanceDocument, { fetchPolicy: 'network-only' });
  const [place, { loading }] = useMutation(PlaceOrderDocument, { refetchQueries: [OrdersDocument, WalletDocument, WalletBalanceDocument, CatalogDocument] });

  const total = BigInt(sku.unifiedPrice) * BigInt(quantity || 0);
  const wallet = balance.data ? BigInt(balance.data.wallet.balance) : null;
  const short = wallet !== null && total > wallet ? total - wallet : null;
  const directTopup = sku.deliveryMode === 'DIRECT_TOPUP';
  const code = errorCode(error);
  const held = code === 'RISK_REVIEW';
  const savedId = failedOrderId(error);

  const submit = async () => {
    if (loading) return;
    setError(null);
    setFailedNo(null);
    try {
      const { data } = await place({ variables: { input: { skuId: sku.id, quantity, clientOrderNo } } });
      if (data) setDelivered(data.placeOrder);
    } catch (e) {
      setError(e);
      if (isDefiniteAnswer(e) && failedOrderId(e)) {
        // The server saved this number as a failed order: the next attempt is a new order.
        setFailedNo(clientOrderNo);
        setClientOrderNo(newClientOrderNo());
      }
      void balance.refetch();
    }
  };

  if (delivered) {
    const codes = delivered.codes ?? [];
    return (
      <Modal
        open
        width={760}
        title={sku.name}
        onCancel={onClose}
        mask={{ closable: false }}
        footer={
          <Flex justify="space-between">
            <Link to={`/orders?order=${delivered.id}`} onClick={onClose}>
              {t('buy.viewOrder')}
            </Link>
            <Button type="primary" onClick={onClose} data-testid="buy-done">
              {t('buy.done')}
            </Button>
          </Flex>
        }
      >
        <Result
          status={delivered.status === 'DELIVERED' ? 'success' : 'info'}
          style={{ padding: '8px 0 16px' }}
          title={<span data-testid="buy-success">{delivered.status === 'DELIVERED' ? t('buy.successTitle', { count: codes.length }) : t(`ord.status.${delivered.status}`)}</span>}
          subTitle={t('buy.successSub', { no: delivered.clientOrderNo, total: formatFen(delivered.total), latency: latencyText(delivered.latencyMs) })}
        />
        {codes.length > 0 && <CodesView codes={codes} note={t('codes.savedNote')} />}
      </Modal>
    );
  }

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
          <Button
            type="primary"
            icon={<ShoppingCartOutlined />}
            loading={loading}
            disabled={directTopup || !quantity}
            onClick={() => void submit()}
            data-testid="buy-confirm"
          >
            {error && !isDefiniteAnswer(error) ? t('buy.retry') : t('buy.confirm', { amount: formatFen(total) })}
          </Button>
        </Flex>
      }
    >
      {directTopup && <Alert type="warning" showIcon title={t('buy.directTopup')} style={{ marginBottom: 16 }} data-testid="buy-direct-topup" />}
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
                  {sku.code}
                  {sku.stockAvailable !== undefined && ` · ${t('buy.stock')} ${sku.stockAvailable.toLocaleString()}`}
                </Typography.Text>
              </Flex>
            ),
          },
          { key: 'price', label: t('buy.unitPrice'), children: <Money fen={sku.unifiedPrice} /> },
          {
            key: 'qty',
            label: t('buy.quantity'),
            children: (
              <Flex align="center" gap={12}>
                <InputNumber
                  min={1}
                  max={MAX_ORDER_QUANTITY}
                  precision={0}
                  value={quantity}
                  disabled={loading || directTopup}
                  onChange={(v) => setQuantity(Math.min(MAX_ORDER_QUANTITY, Math.max(1, Math.trunc(Number(v) || 1))))}
                  style={{ width: 120 }}
                  data-testid="buy-quantity"
                />
                <Typography.Text type="secondary">{t('buy.quantityHint', { max: MAX_ORDER_QUANTITY })}</Typography.Text>
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
                    {t('buy.balanceAfter')} <Money fen={wallet - total} />
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
      {short !== null && !error && !directTopup && (
        <Alert type="warning" showIcon style={{ marginTop: 16 }} title={t('buy.short', { amount: formatFen(short) })} data-testid="buy-short" />
      )}
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

/** A 购买 button that opens the buy dialog for one SKU; disabled (with the reason) for people who cannot buy. */
export function BuyButton({ sku, size = 'small', type = 'primary' }: { sku: BuyableSku; size?: 'small' | 'middle'; type?: 'primary' | 'default' | 'link' }) {
  const { t } = useTranslation();
  const canBuy = useCanBuy();
  const [open, setOpen] = useState(false);
  const button = (
    <Button
      size={size}
      type={type}
      icon={<ShoppingCartOutlined />}
      disabled={!canBuy}
      onClick={(e) => {
        e.stopPropagation();
        setOpen(true);
      }}
      data-testid="buy-button"
    >
      {t('buy.action')}
    </Button>
  );
  return (
    <span onClick={(e) => e.stopPropagation()}>
      {canBuy ? button : <Tooltip title={t('buy.notAllowed')}>{button}</Tooltip>}
      <BuyDialog sku={sku} open={open} onClose={() => setOpen(false)} />
    </span>
  );
}
