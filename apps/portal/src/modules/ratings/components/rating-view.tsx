import { useState } from 'react';
import { App, Button, Card, Flex, Form, Input, Modal, Rate, Space, Tag, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RATING_DIMENSIONS, RATING_LIMITS } from '@mengyuan/domain';
import { ReplyToRatingDocument, RequestRatingRemovalDocument, type RatingFieldsFragment } from '@mengyuan/graphql';
import { DateTime, errorMessage } from '@mengyuan/ui';
import { localTime, viewerTimeZone } from './local-time';

const STATUS_COLOR: Record<string, string> = { SEALED: 'gold', REVEALED: 'success', HIDDEN: 'default' };

/** One rating as the caller may see it: sealed with its reveal time, revealed with scores, removed with the alliance's note. */
export function RatingView({ rating, title, onChanged }: { rating: RatingFieldsFragment; title?: string; onChanged?: () => void }) {
  const { t } = useTranslation();
  const dims = RATING_DIMENSIONS[rating.side] as readonly string[];
  return (
    <Card size="small" title={title ?? t(`ratings.side.${rating.side}`)} data-testid="rating-card" data-rating-id={rating.id} data-status={rating.status} data-side={rating.side}
      extra={<Tag color={STATUS_COLOR[rating.status]} data-testid="rating-status">{t(`ratings.status.${rating.status}`)}</Tag>}>
      <Flex vertical gap={8}>
        <Typography.Text style={{ fontSize: 13 }} data-testid="rating-parties">
          {t('ratings.rated')}: <Typography.Text strong>{rating.ratedName}</Typography.Text>
          <Typography.Text type="secondary">
            {' '}· {t('ratings.rater')}: {rating.raterName} · <DateTime value={rating.createdAt} format="YYYY-MM-DD HH:mm" />
          </Typography.Text>
        </Typography.Text>
        {rating.status === 'SEALED' && (
          <Typography.Text type="warning" data-testid="rating-sealed" data-reveals-at={rating.revealsAt}>
            {t(rating.contentVisible ? 'ratings.sealedNotice' : 'ratings.sealedOthers', { time: localTime(rating.revealsAt), zone: viewerTimeZone() })}
          </Typography.Text>
        )}
        {rating.status === 'HIDDEN' && <Typography.Text type="secondary">{t('ratings.hidden', { note: rating.hiddenNote ?? t(`ratings.hiddenReason.${rating.hiddenReason ?? 'REMOVED_ABUSIVE'}`) })}</Typography.Text>}
        {rating.scores && (
          <Flex vertical gap={2} data-testid="rating-scores">
            {dims.map((d) => {
              const value = (rating.scores as unknown as Record<string, number | null>)[d] ?? 0;
              return (
                <Flex key={d} align="center" gap={8}>
                  <Typography.Text style={{ width: 120 }}>{t(`ratings.dimension.${d}`)}</Typography.Text>
                  <Rate disabled value={value} style={{ fontSize: 14 }} aria-label={`${t(`ratings.dimension.${d}`)} ${value}/5`} />
                </Flex>
              );
            })}
          </Flex>
        )}
        {rating.comment && <Typography.Paragraph style={{ margin: 0 }} data-testid="rating-comment">{rating.comment}</Typography.Paragraph>}
        <Space wrap size={4}>
          {rating.excludedReason && <Tag color="orange">{t('ratings.excluded', { reason: t(`ratings.exclusion.${rating.excludedReason}`, { defaultValue: rating.excludedReason }) })}</Tag>}
          {rating.retaliationFlag && <Tag color="red">{t('ratings.retaliation')}</Tag>}
          {rating.removalPending && <Tag color="processing">{t('ratings.removalPending')}</Tag>}
        </Space>
        {rating.reply && (
          <div style={{ background: 'rgba(0,0,0,0.03)', padding: 8, borderRadius: 6 }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ratings.theirReply')}</Typography.Text>
            <Typography.Paragraph style={{ margin: 0 }} data-testid="rating-reply-body">{rating.reply}</Typography.Paragraph>
          </div>
        )}
        {(rating.canReply || rating.canRequestRemoval) && (
          <Space>
            {rating.canReply && <TextAction rating={rating} kind="reply" onDone={onChanged} />}
            {rating.canRequestRemoval && <TextAction rating={rating} kind="removal" onDone={onChanged} />}
          </Space>
        )}
      </Flex>
    </Card>
  );
}

/** Reply once, or ask the alliance to remove the rating: a short text in a dialog. */
function TextAction({ rating, kind, onDone }: { rating: RatingFieldsFragment; kind: 'reply' | 'removal'; onDone?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [reply, replying] = useMutation(ReplyToRatingDocument);
  const [remove, removing] = useMutation(RequestRatingRemovalDocument);
  const label = kind === 'reply' ? t('ratings.replyLabel') : t('ratings.removalReason');
  const id = `rating-${kind}-${rating.id}`;
  const submit = async () => {
    try {
      if (kind === 'reply') await reply({ variables: { ratingId: rating.id, body: text } });
      else await remove({ variables: { ratingId: rating.id, reason: text } });
      message.success(kind === 'reply' ? t('ratings.replied') : t('ratings.removalSent'));
      setOpen(false);
      onDone?.();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };
  return (
    <>
      <Button size="small" type={kind === 'reply' ? 'primary' : 'default'} onClick={() => setOpen(true)} data-testid={`rating-${kind}`}>
        {kind === 'reply' ? t('ratings.reply') : t('ratings.requestRemoval')}
      </Button>
      <Modal open={open} title={kind === 'reply' ? t('ratings.replyTitle') : t('ratings.removalTitle')} onCancel={() => setOpen(false)} onOk={() => void submit()}
        okButtonProps={{ disabled: kind === 'reply' ? !text.trim() : text.trim().length < 5, loading: replying.loading || removing.loading }} destroyOnHidden>
        <Form layout="vertical">
          <Form.Item label={label} htmlFor={id}>
            <Input.TextArea id={id} rows={4} maxLength={RATING_LIMITS.reply} showCount value={text} onChange={(e) => setText(e.target.value)} data-testid={`rating-${kind}-text`} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
