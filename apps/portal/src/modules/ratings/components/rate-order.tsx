import { useState } from 'react';
import { App, Button, Flex, Form, Input, Modal, Rate, Typography } from 'antd';
import { StarOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RATING_DIMENSIONS, RATING_LIMITS, type RatingSide } from '@mengyuan/domain';
import { RateOrderDocument, type OrderRatingFieldsFragment } from '@mengyuan/graphql';
import { errorMessage } from '@mengyuan/ui';
import { localTime } from './local-time';
import { RatingView } from './rating-view';

/** The 评价 action and form: antd Rate per dimension of the caller's side, and a comment. */
export function RateOrderButton({ orderId, orderNo, side, rateUntil, onRated }: { orderId: string; orderNo: string; side: RatingSide; rateUntil: string | null; onRated?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [scores, setScores] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const [rate, { loading }] = useMutation(RateOrderDocument);
  const dims = RATING_DIMENSIONS[side] as readonly string[];
  const complete = dims.every((d) => (scores[d] ?? 0) >= 1);
  const submit = async () => {
    try {
      await rate({ variables: { input: { orderId, scores, comment: comment.trim() || null } } });
      message.success(t('ratings.submitted'));
      setOpen(false);
      onRated?.();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };
  return (
    <>
      <Button type="primary" icon={<StarOutlined />} onClick={() => setOpen(true)} data-testid="rate-order">
        {t('ratings.rate')}
      </Button>
      <Modal open={open} title={t('ratings.rateTitle', { no: orderNo })} onCancel={() => setOpen(false)} onOk={() => void submit()} okText={t('ratings.submit')}
        okButtonProps={{ disabled: !complete, loading, ...({ 'data-testid': 'rate-submit' } as Record<`data-${string}`, string>) }} destroyOnHidden>
        <Typography.Paragraph type="secondary">
          {t(side === 'MEMBER_TO_SUPPLIER' ? 'ratings.rateSupplier' : 'ratings.rateMember')}
          {rateUntil ? ` · ${t('ratings.rateUntil', { time: localTime(rateUntil) })}` : ''}
        </Typography.Paragraph>
        <Form layout="vertical">
          {dims.map((d) => (
            <Form.Item key={d} label={<span id={`rate-label-${d}`}>{t(`ratings.dimension.${d}`)}</span>} required style={{ marginBottom: 8 }}>
              <Rate value={scores[d] ?? 0} onChange={(v) => setScores((s) => ({ ...s, [d]: v }))} aria-labelledby={`rate-label-${d}`} data-testid={`rate-${d}`} />
            </Form.Item>
          ))}
          <Form.Item label={t('ratings.comment')} htmlFor="rate-comment">
            <Input.TextArea id="rate-comment" rows={3} maxLength={RATING_LIMITS.comment} showCount placeholder={t('ratings.commentPlaceholder')} value={comment} onChange={(e) => setComment(e.target.value)} data-testid="rate-comment" />
          </Form.Item>
          {!complete && <Typography.Text type="secondary">{t('ratings.scoreRequired')}</Typography.Text>}
        </Form>
      </Modal>
    </>
  );
}

/** An order's ratings from the caller's side: the 评价 action while it may still rate, and both ratings as it may see them. */
export function OrderRatingPanel({ orderId, orderNo, rating, onChanged }: { orderId: string; orderNo: string; rating: OrderRatingFieldsFragment; onChanged?: () => void }) {
  const { t } = useTranslation();
  if (!rating.side) return null;
  return (
    <Flex vertical gap={12} data-testid="order-rating">
      {rating.canRate && (
        <Flex align="center" gap={12} wrap>
          <RateOrderButton orderId={orderId} orderNo={orderNo} side={rating.side} rateUntil={rating.rateUntil} onRated={onChanged} />
          {rating.rateUntil && <Typography.Text type="secondary">{t('ratings.rateUntil', { time: localTime(rating.rateUntil) })}</Typography.Text>}
        </Flex>
      )}
      {rating.mine && <RatingView rating={rating.mine} title={t('ratings.mine')} onChanged={onChanged} />}
      {rating.theirs ? <RatingView rating={rating.theirs} title={t('ratings.theirs')} onChanged={onChanged} /> : rating.mine && <Typography.Text type="secondary">{t('ratings.notYet')}</Typography.Text>}
    </Flex>
  );
}
