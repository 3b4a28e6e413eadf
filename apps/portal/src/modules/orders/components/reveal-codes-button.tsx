import { useState } from 'react';
import { App, Button, Modal, Popconfirm } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RevealOrderCodesDocument, type DeliveredCodeFieldsFragment } from '@mengyuan/graphql';
import { errorMessage } from '@mengyuan/ui';
import { CodesView } from './codes-view';

/** 查看卡密: an explicit, confirmed action; every reveal is recorded in the audit chain. */
export function RevealCodesButton({ orderId, clientOrderNo, size = 'small', type = 'link' }: { orderId: string; clientOrderNo: string; size?: 'small' | 'middle'; type?: 'link' | 'default' | 'primary' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [reveal, { loading }] = useMutation(RevealOrderCodesDocument);
  const [codes, setCodes] = useState<DeliveredCodeFieldsFragment[] | null>(null);

  const run = async () => {
    try {
      const { data } = await reveal({ variables: { orderId } });
      if (data) setCodes(data.revealOrderCodes);
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

  return (
    <>
      <Popconfirm
        title={t('orders.revealTitle')}
        description={<div style={{ maxWidth: 280 }}>{t('orders.revealContent')}</div>}
        okText={t('orders.revealOk')}
        cancelText={t('common.cancel')}
        onConfirm={() => run()}
        okButtonProps={{ 'data-testid': 'reveal-confirm' } as Record<string, string>}
      >
        <Button type={type} size={size} icon={<EyeOutlined />} loading={loading} data-testid="reveal-codes">
          {t('orders.reveal')}
        </Button>
      </Popconfirm>
      <Modal
        open={!!codes}
        width={760}
        title={t('orders.revealedTitle', { no: clientOrderNo })}
        onCancel={() => setCodes(null)}
        footer={
          <Button type="primary" onClick={() => setCodes(null)} data-testid="reveal-close">
            {t('common.close')}
          </Button>
        }
        destroyOnHidden
      >
        {codes && <CodesView codes={codes} note={t('orders.revealedNote')} />}
      </Modal>
    </>
  );
}
