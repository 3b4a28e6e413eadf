import { useState } from 'react';
import { Alert, App, Checkbox, DatePicker, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Category, DeliveryMode, formatFen, parseFen, PRICE_NOTICE_HOURS, ratioBasisPoints } from '@mengyuan/domain';
import { BrandsDocument, CatalogDocument, CreateSkuDocument, ScheduleUnifiedPriceDocument, SkuDetailDocument, UpdateSkuDocument, type SkuFieldsFragment } from '@mengyuan/graphql';
import { errorMessage, fieldErrors, formatBasisPoints, formatDateTime, Money } from '@mengyuan/ui';
import { parseYuan } from './money-input';

type FormInstance = ReturnType<typeof Form.useForm>[0];

/** Puts VALIDATION_FAILED field messages on the form's fields (names mapped); true when any matched. */
function showFieldErrors(form: FormInstance, error: unknown, map: Record<string, string>): boolean {
  const list = Object.entries(fieldErrors(error))
    .filter(([k]) => map[k] ?? form.getFieldInstance?.(k))
    .map(([k, errors]) => ({ name: map[k] ?? k, errors }));
  if (list.length) form.setFields(list);
  return list.length > 0;
}

function amountRules(t: (k: string) => string) {
  return [
    { required: true, message: t('skus.amountRequired') },
    {
      validator: async (_: unknown, v: string) => {
        if (v && parseYuan(v) === null) throw new Error(t('skus.amountInvalid'));
      },
    },
  ];
}

interface SkuValues {
  code: string;
  name: string;
  brandId: string;
  category: Category;
  deliveryMode: DeliveryMode;
  faceValue: string;
  unifiedPrice: string;
}

/** 新增商品 / 编辑商品: code, brand, face value and delivery are fixed after creation; price changes are scheduled. */
export function SkuFormModal({ open, sku, onClose }: { open: boolean; sku: SkuFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SkuValues>();
  const [error, setError] = useState<unknown>(null);
  const brands = useQuery(BrandsDocument, { skip: !open });
  const [create, creating] = useMutation(CreateSkuDocument, { refetchQueries: [CatalogDocument] });
  const [update, updating] = useMutation(UpdateSkuDocument);
  const face = Form.useWatch('faceValue', form);
  const unified = Form.useWatch('unifiedPrice', form);
  const faceFen = parseYuan(face);
  const unifiedFen = parseYuan(unified);
  const editing = !!sku;

  const close = () => {
    setError(null);
    onClose();
  };
  const submit = async () => {
    let v: SkuValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setError(null);
    try {
      if (sku) {
        await update({ variables: { id: sku.id, input: { name: v.name.trim(), category: v.category } } });
        message.success(t('skus.savedOk'));
      } else {
        await create({
          variables: {
            input: {
              code: v.code.trim(),
              name: v.name.trim(),
              brandId: v.brandId,
              category: v.category,
              deliveryMode: v.deliveryMode,
              faceValue: parseYuan(v.faceValue)!.toString(),
              unifiedPrice: parseYuan(v.unifiedPrice)!.toString(),
            },
          },
        });
        message.success(t('skus.createdOk'));
      }
      close();
    } catch (e) {
      if (!showFieldErrors(form as FormInstance, e, { code: 'code', name: 'name', brandId: 'brandId', category: 'category', faceValue: 'faceValue', unifiedPrice: 'unifiedPrice', deliveryMode: 'deliveryMode' })) setError(e);
    }
  };

  return (
    <Modal
      open={open}
      width={620}
      title={sku ? t('skus.editTitle', { code: sku.code }) : t('skus.createTitle')}
      onCancel={close}
      onOk={() => void submit()}
      okText={sku ? t('common.save') : t('skus.create')}
      cancelText={t('common.cancel')}
      confirmLoading={creating.loading || updating.loading}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'sku-submit' } as Record<string, string>}
      afterOpenChange={(visible) => {
        if (visible) form.setFieldsValue(sku ? { code: sku.code, name: sku.name, brandId: sku.brand.id, category: sku.category, deliveryMode: sku.deliveryMode } : { deliveryMode: 'CARD_CODE' });
      }}
    >
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} />}
      {editing && <Alert type="info" showIcon title={t('skus.editHint')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" preserve={false}>
        <Flex gap={16}>
          <Form.Item
            name="code"
            label={t('skus.code')}
            extra={editing ? undefined : t('skus.codeRule')}
            style={{ flex: 1 }}
            rules={[{ required: true, message: t('skus.codeRequired') }, { pattern: /^[A-Z0-9_-]+$/, message: t('skus.codeRule') }]}
            normalize={(v: string) => v?.toUpperCase()}
          >
            <Input disabled={editing} placeholder={t('skus.codePlaceholder')} maxLength={40} data-testid="sku-code" />
          </Form.Item>
          <Form.Item name="brandId" label={t('skus.brand')} style={{ flex: 1 }} rules={[{ required: true, message: t('skus.brandRequired') }]}>
            <Select disabled={editing} loading={brands.loading} showSearch={{ optionFilterProp: 'label' }} options={(brands.data?.brands ?? []).map((b) => ({ value: b.id, label: b.name }))} data-testid="sku-brand" />
          </Form.Item>
        </Flex>
        <Form.Item name="name" label={t('skus.name')} rules={[{ required: true, whitespace: true, message: t('skus.nameRequired') }, { max: 120 }]}>
          <Input placeholder={t('skus.namePlaceholder')} maxLength={120} data-testid="sku-name" />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item name="category" label={t('skus.category')} style={{ flex: 1 }} rules={[{ required: true, message: t('skus.categoryRequired') }]}>
            <Select options={Object.values(Category).map((c) => ({ value: c, label: t(`cat.category.${c}`) }))} data-testid="sku-category" />
          </Form.Item>
          <Form.Item name="deliveryMode" label={t('skus.delivery')} style={{ flex: 1 }} rules={[{ required: true, message: t('skus.deliveryRequired') }]}>
            <Select disabled={editing} options={Object.values(DeliveryMode).map((d) => ({ value: d, label: t(`cat.delivery.${d}`) }))} />
          </Form.Item>
        </Flex>
        {!editing && (
          <>
            <Flex gap={16}>
              <Form.Item name="faceValue" label={t('skus.faceValueYuan')} style={{ flex: 1 }} rules={amountRules(t)}>
                <Input prefix="¥" inputMode="decimal" placeholder="100.00" data-testid="sku-face" />
              </Form.Item>
              <Form.Item name="unifiedPrice" label={t('skus.unifiedPriceYuan')} style={{ flex: 1 }} rules={amountRules(t)}>
                <Input prefix="¥" inputMode="decimal" placeholder="95.00" data-testid="sku-price" />
              </Form.Item>
            </Flex>
            {faceFen !== null && unifiedFen !== null && unifiedFen > faceFen && <Alert type="warning" showIcon title={t('skus.priceAboveFace')} />}
          </>
        )}
      </Form>
    </Modal>
  );
}

interface ScheduleValues {
  price: string;
  effectiveAt: Dayjs;
  shortenNotice: boolean;
  reason: string;
}

/** 调价: a new unified price effective no sooner than the notice period, unless shortened with a reason. */
export function SchedulePriceModal({ sku, onClose }: { sku: SkuFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ScheduleValues>();
  const [error, setError] = useState<unknown>(null);
  const [schedule, { loading }] = useMutation(ScheduleUnifiedPriceDocument, { refetchQueries: [CatalogDocument, SkuDetailDocument] });
  const shorten = Form.useWatch('shortenNotice', form);
  const effective = Form.useWatch('effectiveAt', form);
  const price = parseYuan(Form.useWatch('price', form));
  const earliest = () => dayjs().add(PRICE_NOTICE_HOURS, 'hour');

  const close = () => {
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!sku) return;
    let v: ScheduleValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setError(null);
    try {
      await schedule({
        variables: { input: { skuId: sku.id, price: parseYuan(v.price)!.toString(), effectiveAt: v.effectiveAt.toISOString(), reason: v.reason.trim(), shortenNotice: !!v.shortenNotice } },
      });
      message.success(t('skus.scheduledOk'));
      close();
    } catch (e) {
      if (!showFieldErrors(form as FormInstance, e, { price: 'price', effectiveAt: 'effectiveAt', reason: 'reason', shortenNotice: 'shortenNotice' })) setError(e);
    }
  };

  const change = sku && price !== null && parseFen(sku.unifiedPrice) > 0n ? ratioBasisPoints(price - parseFen(sku.unifiedPrice), parseFen(sku.unifiedPrice)) : null;
  return (
    <Modal
      open={!!sku}
      width={600}
      title={sku ? t('skus.scheduleTitle', { name: sku.name }) : ''}
      onCancel={close}
      onOk={() => void submit()}
      okText={t('skus.schedule')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'schedule-submit' } as Record<string, string>}
      afterOpenChange={(visible) => {
        if (visible) form.setFieldsValue({ effectiveAt: earliest().add(1, 'hour').startOf('hour'), shortenNotice: false });
      }}
    >
      <Alert type="info" showIcon title={t('skus.scheduleRule', { hours: PRICE_NOTICE_HOURS })} style={{ marginBottom: 16 }} />
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} />}
      {sku && (
        <Typography.Paragraph>
          {t('skus.currentPrice')}: <Money fen={sku.unifiedPrice} strong /> · {t('skus.faceValue')} <Money fen={sku.faceValue} />
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" preserve={false}>
        <Flex gap={16}>
          <Form.Item
            name="price"
            label={t('skus.newPriceYuan')}
            style={{ flex: 1 }}
            rules={amountRules(t)}
            extra={change !== null && price !== null ? `${formatFen(price)} · ${t('skus.change', { change: (change > 0n ? '+' : '') + formatBasisPoints(change) })}` : undefined}
          >
            <Input prefix="¥" inputMode="decimal" data-testid="schedule-price" />
          </Form.Item>
          <Form.Item
            name="effectiveAt"
            label={t('skus.effectiveAt')}
            style={{ flex: 1 }}
            extra={effective ? `${formatDateTime(effective.toISOString(), 'YYYY-MM-DD HH:mm')} ${t('time.zone')}` : undefined}
            dependencies={['shortenNotice']}
            rules={[
              { required: true, message: t('skus.effectiveRequired') },
              ({ getFieldValue }) => ({
                validator: async (_: unknown, v: Dayjs | undefined) => {
                  if (!v) return;
                  if (!v.isAfter(dayjs())) throw new Error(t('skus.effectivePast'));
                  if (!getFieldValue('shortenNotice') && v.isBefore(earliest()))
                    throw new Error(t('skus.effectiveTooSoon', { hours: PRICE_NOTICE_HOURS, earliest: formatDateTime(earliest().toISOString(), 'YYYY-MM-DD HH:mm') }));
                },
              }),
            ]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} data-testid="schedule-effective" disabledDate={(d) => d.isBefore(dayjs().startOf('day'))} />
          </Form.Item>
        </Flex>
        <Form.Item name="shortenNotice" valuePropName="checked" extra={shorten ? t('skus.shortenNoticeHint') : undefined} style={{ marginBottom: 12 }}>
          <Checkbox data-testid="schedule-shorten" onChange={() => setTimeout(() => void form.validateFields(['effectiveAt', 'reason']).catch(() => undefined))}>
            {t('skus.shortenNotice', { hours: PRICE_NOTICE_HOURS })}
          </Checkbox>
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('skus.reason')}
          dependencies={['shortenNotice']}
          rules={[
            { required: true, whitespace: true, message: t('skus.reasonRequired') },
            ({ getFieldValue }) => ({
              validator: async (_: unknown, v: string | undefined) => {
                if (getFieldValue('shortenNotice') && (v ?? '').trim() && (v ?? '').trim().length < 5) throw new Error(t('skus.reasonShortenRequired'));
              },
            }),
            { max: 500 },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('skus.reasonPlaceholder')} data-testid="schedule-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
