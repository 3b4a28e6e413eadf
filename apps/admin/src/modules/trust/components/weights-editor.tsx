import { useState } from 'react';
import { Alert, App, Button, Flex, Form, InputNumber, Modal, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SUPPLIER_DIMENSIONS } from '@mengyuan/domain';
import { ScoreWeightsDocument, UpdateScoreWeightsDocument, type ScoreWeightsInput } from '@mengyuan/graphql';
import { DateTime, errorMessage } from '@mengyuan/ui';

const KEYS: Record<(typeof SUPPLIER_DIMENSIONS)[number], keyof ScoreWeightsInput> = {
  COMPLIANCE: 'compliance',
  AUTHENTICITY: 'authenticity',
  AFTER_SALES: 'afterSales',
  PRICE_STABILITY: 'priceStability',
  REPUTATION: 'reputation',
};

/** The weights editor: whole percentages adding up to 100, validated as typed, confirmed before saving. */
export function WeightsEditor({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<ScoreWeightsInput>();
  const { data } = useQuery(ScoreWeightsDocument, { skip: !open, fetchPolicy: 'network-only' });
  const [save, { loading }] = useMutation(UpdateScoreWeightsDocument, { refetchQueries: ['ScoreWeights', 'SupplierScorecards', 'Scorecard'] });
  const [error, setError] = useState<string | null>(null);
  const values = Form.useWatch([], form) as Partial<ScoreWeightsInput> | undefined;
  const sum = Object.values(KEYS).reduce((s, k) => s + (Number(values?.[k]) || 0), 0);
  const w = data?.scoreWeights;

  const submit = async () => {
    const v = await form.validateFields();
    if (sum !== 100) return;
    modal.confirm({
      title: t('scoreAdmin.weights.confirmTitle'),
      content: t('scoreAdmin.weights.confirmBody'),
      okText: t('scoreAdmin.weights.save'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'weights-confirm' },
      onOk: async () => {
        try {
          setError(null);
          await save({ variables: { input: { compliance: v.compliance, authenticity: v.authenticity, afterSales: v.afterSales, priceStability: v.priceStability, reputation: v.reputation } } });
          message.success(t('scoreAdmin.weights.saved'));
          onSaved();
          onClose();
        } catch (e) {
          setError(errorMessage(t, e));
        }
      },
    });
  };

  return (
    <Modal
      open={open}
      title={t('scoreAdmin.weights.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Button onClick={() => form.setFieldsValue({ compliance: 20, authenticity: 20, afterSales: 20, priceStability: 20, reputation: 20 })}>{t('scoreAdmin.weights.defaults')}</Button>
          <Flex gap={8}>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={loading} disabled={sum !== 100} onClick={() => void submit()} data-testid="weights-save">
              {t('scoreAdmin.weights.save')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Typography.Paragraph>{t('scoreAdmin.weights.hint')}</Typography.Paragraph>
      {w?.updatedAt && (
        <Typography.Paragraph style={{ fontSize: 12 }}>
          {t('scoreAdmin.weights.updatedAt', { time: '' })}
          <DateTime value={w.updatedAt} />
        </Typography.Paragraph>
      )}
      {w && (
        <Form form={form} layout="horizontal" labelCol={{ span: 8 }} wrapperCol={{ span: 16 }} initialValues={w} data-testid="weights-form">
          {SUPPLIER_DIMENSIONS.map((d) => {
            const name = t(`score.dimension.${d}`);
            return (
              <Form.Item
                key={d}
                name={KEYS[d]}
                label={name}
                rules={[
                  { required: true, message: t('scoreAdmin.weights.required', { name }) },
                  { type: 'integer', min: 0, max: 100, message: t('scoreAdmin.weights.integer', { name }) },
                ]}
              >
                <InputNumber min={0} max={100} step={1} precision={0} suffix="%" style={{ width: 140 }} data-testid={`weight-${d}`} />
              </Form.Item>
            );
          })}
        </Form>
      )}
      <Alert
        type={sum === 100 ? 'success' : 'error'}
        showIcon
        role="status"
        data-testid="weights-sum"
        title={sum === 100 ? t('scoreAdmin.weights.sum', { sum }) : t('scoreAdmin.weights.sumInvalid', { sum })}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
