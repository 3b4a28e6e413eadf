import { useMemo, useState } from 'react';
import { Alert, App, Button, Checkbox, DatePicker, Flex, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fenToYuan, formatFen, LOW_PRICE_FLOOR_BP, parseFen } from '@mengyuan/domain';
import { CatalogDocument, CreateOfferDocument, OffersDocument, UpdateOfferDocument, type OfferFieldsFragment, type SkuFieldsFragment } from '@mengyuan/graphql';
import { CategoryTag, errorCode, errorMessage, fieldErrors, formatBasisPoints, formatDateTime, Money } from '@mengyuan/ui';
import { isLowPrice, parseYuan, shareOfFace } from './price';

interface PriceFields {
  price: string;
  /** Card offers: the low-stock alert level. */
  threshold?: number;
  /** Direct top-up offers: open tasks at most; empty is no limit. */
  capacity?: number | null;
  /** A new price sooner than the notice: when (empty: at once) and why. */
  shorten?: boolean;
  effectiveAt?: Dayjs | null;
  reason?: string;
}

/** Validation rules of the settlement price against the SKU: an amount, not above the unified price. */
function usePriceRules(sku: { unifiedPrice: string } | null) {
  const { t } = useTranslation();
  return [
    { required: true, message: t('offers.priceRequired') },
    {
      validator: async (_: unknown, value: string) => {
        if (!value) return;
        const fen = parseYuan(value);
        if (fen === null) throw new Error(t('offers.priceInvalid'));
        if (sku && fen > parseFen(sku.unifiedPrice)) throw new Error(t('offers.priceAboveUnified', { price: formatFen(sku.unifiedPrice) }));
      },
    },
  ];
}

function LowPriceWarning({ price, faceValue }: { price: string | undefined; faceValue: string | undefined }) {
  const { t } = useTranslation();
  const fen = parseYuan(price);
  if (fen === null || !faceValue || !isLowPrice(fen, faceValue)) return null;
  const share = shareOfFace(fen, faceValue);
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="offer-low-price-warning"
      title={t('offers.priceLowWarning', { floor: LOW_PRICE_FLOOR_BP / 100, ratio: share === null ? '' : formatBasisPoints(share) })}
      style={{ marginBottom: 16 }}
    />
  );
}

function applyFieldErrors(form: ReturnType<typeof Form.useForm<PriceFields & { skuId?: string }>>[0], error: unknown): boolean {
  const fields = fieldErrors(error);
  const map: Record<string, string> = { settlementPrice: 'price', lowStockThreshold: 'threshold', capacity: 'capacity', skuId: 'skuId', settlementEffectiveAt: 'effectiveAt', settlementPriceReason: 'reason' };
  const list = Object.entries(fields)
    .filter(([k]) => map[k])
    .map(([k, v]) => ({ name: map[k] as 'price', errors: v }));
  if (list.length) form.setFields(list);
  return list.length > 0;
}

/**
 * What a card offer needs (a low-stock alert level) or a direct top-up offer (how many tasks it takes at once):
 * a top-up has no codes, so no stock to watch.
 */
function SupplyField({ topup, withHint }: { topup: boolean; withHint: boolean }) {
  const { t } = useTranslation();
  if (topup)
    return (
      <Form.Item name="capacity" label={t('offers.capacity')} extra={t('offers.capacityFieldHint')} style={{ flex: 1 }}>
        <InputNumber min={1} max={100_000} precision={0} placeholder={t('offers.capacityUnlimited')} style={{ width: '100%' }} data-testid="offer-capacity-input" />
      </Form.Item>
    );
  return (
    <Form.Item name="threshold" label={t('offers.threshold')} extra={withHint ? t('offers.thresholdHint') : undefined} rules={[{ required: true, message: t('offers.thresholdRequired') }]} style={{ flex: 1 }}>
      <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} data-testid="offer-threshold" />
    </Form.Item>
  );
}

/** 新增货源: pick an alliance SKU, a settlement price in yuan, and a low-stock alert level (card codes) or a capacity (direct top-ups). */
export function CreateOfferModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated?: (offer: OfferFieldsFragment) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PriceFields & { skuId?: string }>();
  const [search, setSearch] = useState('');
  const [error, setError] = useState<unknown>(null);
  const catalog = useQuery(CatalogDocument, { variables: { filter: { search: search.trim() || null }, page: { offset: 0, limit: 50 } }, skip: !open });
  const [selected, setSelected] = useState<SkuFieldsFragment | null>(null);
  const [create, { loading }] = useMutation(CreateOfferDocument, { refetchQueries: [OffersDocument], awaitRefetchQueries: true });
  const priceRules = usePriceRules(selected);
  const price = Form.useWatch('price', form);
  const topup = selected?.deliveryMode === 'DIRECT_TOPUP';
  const skus = useMemo(() => {
    const items = catalog.data?.catalog.items ?? [];
    // Keep the chosen SKU among the options while another search is shown.
    return selected && !items.some((s) => s.id === selected.id) ? [selected, ...items] : items;
  }, [catalog.data, selected]);

  const close = () => {
    form.resetFields();
    setSelected(null);
    setError(null);
    setSearch('');
    onClose();
  };

  const submit = async () => {
    let values: PriceFields & { skuId?: string };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const fen = parseYuan(values.price);
    if (!values.skuId || fen === null) return;
    setError(null);
    try {
      const supply = topup ? { capacity: values.capacity ?? null } : { lowStockThreshold: values.threshold ?? 10 };
      const { data } = await create({ variables: { input: { skuId: values.skuId, settlementPrice: fen.toString(), ...supply } } });
      message.success(t('offers.created'));
      if (data) onCreated?.(data.createOffer);
      close();
    } catch (e) {
      if (!applyFieldErrors(form, e)) setError(e);
    }
  };

  const authMissing = errorCode(error) === 'AUTHORIZATION_REQUIRED';
  return (
    <Modal
      open={open}
      width={640}
      title={t('offers.createTitle')}
      onCancel={close}
      onOk={() => void submit()}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      okButtonProps={{ 'data-testid': 'offer-create-submit' } as Record<string, string>}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('offers.createIntro')}</Typography.Paragraph>
      {authMissing ? (
        <Alert
          type="error"
          showIcon
          data-testid="offer-auth-required"
          title={t('offers.authRequiredTitle')}
          description={
            <Flex vertical gap={8} align="start">
              <span>{selected ? t('offers.authRequired', { brand: selected.brand.name }) : t('offers.authRequiredGeneric')}</span>
              <Link to="/documents">
                <Button size="small" type="primary" ghost>
                  {t('offers.goDocuments')}
                </Button>
              </Link>
            </Flex>
          }
          style={{ marginBottom: 16 }}
        />
      ) : (
        !!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} />
      )}
      <Form form={form} layout="vertical" initialValues={{ threshold: 10 }}>
        <Form.Item name="skuId" label={t('offers.pickSku')} rules={[{ required: true, message: t('offers.pickSkuRequired') }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            placeholder={t('offers.pickSkuPlaceholder')}
            loading={catalog.loading}
            data-testid="offer-sku"
            notFoundContent={catalog.loading ? t('common.loading') : t('common.empty')}
            onChange={(id: string) => {
              setSelected(skus.find((s) => s.id === id) ?? null);
              setError(null);
              if (form.getFieldValue('price')) void form.validateFields(['price']);
            }}
            options={skus.map((s) => ({
              value: s.id,
              label: `${s.code} · ${s.name}`,
              sku: s,
            }))}
            optionRender={(option) => {
              const s = (option.data as { sku: SkuFieldsFragment }).sku;
              return (
                <Flex justify="space-between" gap={8}>
                  <span>
                    <Typography.Text code>{s.code}</Typography.Text> {s.name} <Typography.Text type="secondary">· {s.brand.name}</Typography.Text>
                  </span>
                  <Typography.Text type="secondary">
                    {t('offers.faceValue')} {formatFen(s.faceValue)} · {t('offers.unifiedPrice')} {formatFen(s.unifiedPrice)}
                  </Typography.Text>
                </Flex>
              );
            }}
          />
        </Form.Item>
        {selected && (
          <Flex gap={16} wrap style={{ marginTop: -8, marginBottom: 16 }}>
            <CategoryTag category={selected.category} />
            <Typography.Text type="secondary">{t(`cat.delivery.${selected.deliveryMode}`)}</Typography.Text>
            <Typography.Text type="secondary">
              {t('offers.faceValue')} <Money fen={selected.faceValue} />
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('offers.unifiedPrice')} <Money fen={selected.unifiedPrice} strong />
            </Typography.Text>
          </Flex>
        )}
        <Flex gap={16}>
          <Form.Item name="price" label={t('offers.priceYuan')} rules={priceRules} style={{ flex: 1 }}>
            <Input prefix="¥" placeholder={t('offers.pricePlaceholder')} inputMode="decimal" data-testid="offer-price" />
          </Form.Item>
          <SupplyField topup={topup} withHint />
        </Flex>
        <LowPriceWarning price={price} faceValue={selected?.faceValue} />
      </Form>
    </Modal>
  );
}

/**
 * How a new settlement price takes effect: after the alliance's notice (the time shown), or sooner with a reason
 * (counted as unannounced in price stability). Shown only when the price differs from the one in force or pending.
 */
function PriceNoticeFields({ hours, changed, shorten }: { hours: number; changed: boolean; shorten: boolean }) {
  const { t } = useTranslation();
  if (!changed) return null;
  const effective = formatDateTime(dayjs().add(hours, 'hour').toISOString(), 'YYYY-MM-DD HH:mm');
  return (
    <>
      <Alert type="info" showIcon data-testid="offer-price-notice" title={t('offers.noticeRule', { hours, time: effective })} style={{ marginBottom: 12 }} />
      <Form.Item name="shorten" valuePropName="checked" extra={shorten ? t('offers.shortenHint', { hours }) : undefined} style={{ marginBottom: shorten ? 12 : 16 }}>
        <Checkbox data-testid="offer-price-shorten">{t('offers.shortenNotice')}</Checkbox>
      </Form.Item>
      {shorten && (
        <Flex gap={16} wrap>
          <Form.Item
            name="effectiveAt"
            label={t('offers.effectiveAt')}
            style={{ flex: '1 1 200px' }}
            rules={[{ validator: async (_: unknown, v: Dayjs | null) => { if (v && v.isBefore(dayjs().subtract(1, 'minute'))) throw new Error(t('offers.effectivePast')); } }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" placeholder={t('offers.effectiveNow')} style={{ width: '100%' }} data-testid="offer-price-effective" disabledDate={(d) => d.isBefore(dayjs().startOf('day'))} />
          </Form.Item>
          <Form.Item name="reason" label={t('offers.noticeReason')} style={{ flex: '2 1 260px' }} rules={[{ required: true, whitespace: true, min: 2, message: t('offers.noticeReasonRequired') }]}>
            <Input maxLength={500} placeholder={t('offers.noticeReasonPlaceholder')} data-testid="offer-price-reason" />
          </Form.Item>
        </Flex>
      )}
    </>
  );
}

/** The pending settlement-price change of an offer: its price and time, short notice marked. */
export function PendingPrice({ offer }: { offer: Pick<OfferFieldsFragment, 'pendingPriceChange'> }) {
  const { t } = useTranslation();
  const p = offer.pendingPriceChange;
  if (!p) return null;
  return (
    <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="offer-pending-price">
      {t('offers.pending', { price: formatFen(p.newPrice), time: formatDateTime(p.effectiveAt, 'MM-DD HH:mm') })}
      {p.noticeShortened ? ` · ${t('offers.pendingShort')}` : ''}
    </Typography.Text>
  );
}

/** 修改货源: settlement price (scheduled with notice), and the low-stock alert level (card codes) or capacity (direct top-ups) of an offer. */
export function EditOfferModal({ offer, onClose }: { offer: OfferFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PriceFields>();
  const [error, setError] = useState<unknown>(null);
  const [update, { loading }] = useMutation(UpdateOfferDocument);
  const priceRules = usePriceRules(offer);
  const price = Form.useWatch('price', form);
  const shorten = Form.useWatch('shorten', form) ?? false;
  const topup = offer?.deliveryMode === 'DIRECT_TOPUP';
  const pending = offer?.pendingPriceChange ?? null;
  // The price the dialog starts from: the pending one if any (saving other fields leaves it alone).
  const startPrice = pending?.newPrice ?? offer?.settlementPrice ?? '';
  const fenNow = parseYuan(price);
  const changed = !!offer && fenNow !== null && fenNow.toString() !== startPrice && fenNow.toString() !== offer.settlementPrice;

  const close = () => {
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!offer) return;
    let values: PriceFields;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const fen = parseYuan(values.price);
    if (fen === null) return;
    setError(null);
    try {
      const supply = topup ? { capacity: values.capacity ?? null } : { lowStockThreshold: values.threshold };
      const notice = changed && values.shorten ? { settlementEffectiveAt: (values.effectiveAt ?? dayjs()).toISOString(), settlementPriceReason: values.reason?.trim() ?? '' } : {};
      const { data } = await update({ variables: { id: offer.id, input: { settlementPrice: fen.toString(), ...supply, ...notice } } });
      const scheduled = data?.updateOffer.pendingPriceChange;
      message.success(changed && scheduled ? t('offers.scheduledSaved', { time: formatDateTime(scheduled.effectiveAt, 'YYYY-MM-DD HH:mm') }) : t('offers.saved'));
      close();
    } catch (e) {
      if (!applyFieldErrors(form, e)) setError(e);
    }
  };
  return (
    <Modal
      open={!!offer}
      title={offer ? t('offers.editTitle', { sku: offer.skuName }) : ''}
      onCancel={close}
      onOk={() => void submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      okButtonProps={{ 'data-testid': 'offer-edit-submit' } as Record<string, string>}
      destroyOnHidden
      afterOpenChange={(visible) => {
        if (visible && offer) form.setFieldsValue({ price: fenToYuan(startPrice), threshold: offer.lowStockThreshold, capacity: offer.capacity ?? null, shorten: false, effectiveAt: null, reason: '' });
      }}
    >
      <Typography.Paragraph type="secondary">{t('offers.editIntro')}</Typography.Paragraph>
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} />}
      {pending && offer && (
        <Alert
          type="warning"
          showIcon
          data-testid="offer-edit-pending"
          title={t('offers.pendingTitle', { price: formatFen(pending.newPrice), time: formatDateTime(pending.effectiveAt, 'YYYY-MM-DD HH:mm') })}
          description={t('offers.pendingReplace', { current: formatFen(offer.settlementPrice) })}
          style={{ marginBottom: 16 }}
        />
      )}
      {offer && (
        <Flex gap={16} wrap style={{ marginBottom: 16 }}>
          <Typography.Text type="secondary">
            {t('offers.settlementPrice')} <Money fen={offer.settlementPrice} />
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('offers.faceValue')} <Money fen={offer.faceValue} />
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('offers.unifiedPrice')} <Money fen={offer.unifiedPrice} strong />
          </Typography.Text>
        </Flex>
      )}
      <Form form={form} layout="vertical" preserve={false}>
        <Flex gap={16}>
          <Form.Item name="price" label={t('offers.priceYuan')} rules={priceRules} style={{ flex: 1 }}>
            <Input prefix="¥" inputMode="decimal" data-testid="offer-edit-price" />
          </Form.Item>
          <SupplyField topup={topup} withHint={topup} />
        </Flex>
        <LowPriceWarning price={price} faceValue={offer?.faceValue} />
        {offer && <PriceNoticeFields hours={offer.priceNoticeHours} changed={changed} shorten={shorten} />}
      </Form>
    </Modal>
  );
}
