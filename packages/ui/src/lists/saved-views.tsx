import { useState } from 'react';
import { App, Button, Checkbox, Dropdown, Form, Input, Modal, Tag, type MenuProps } from 'antd';
import { AppstoreOutlined, DeleteOutlined, DownOutlined, SaveOutlined, TeamOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DeleteSavedViewDocument, SavedViewsDocument, SaveViewDocument } from '@mengyuan/graphql';
import { errorMessage } from '../errors';
import type { ListState } from './list-state';

/**
 * Saved views of a list (stored on the server): the caller's own and those its teammates shared. Choosing one puts
 * its filters and sort in the URL; the current filters can be saved as a view, private or shared.
 */
export function SavedViews({ listKey, state }: { listKey: string; state: ListState }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { data, refetch } = useQuery(SavedViewsDocument, { variables: { listKey } });
  const [save, saving] = useMutation(SaveViewDocument);
  const [remove] = useMutation(DeleteSavedViewDocument);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ name: string; shared: boolean }>();
  const views = data?.savedViews ?? [];
  const current = views.find((v) => v.id === state.viewId);

  const onSave = async () => {
    const values = await form.validateFields();
    try {
      const overwrite = current?.mine && current.name === values.name.trim() ? current.id : null;
      const res = await save({ variables: { input: { id: overwrite, listKey, name: values.name.trim(), shared: values.shared, state: state.snapshot() } } });
      await refetch();
      setOpen(false);
      message.success(t('lists.views.saved'));
      if (res.data) state.apply(res.data.saveView.state as Record<string, unknown>, res.data.saveView.id);
    } catch (error) {
      message.error(errorMessage(t, error));
    }
  };

  const onDelete = (id: string, name: string) =>
    modal.confirm({
      title: t('lists.views.deleteTitle', { name }),
      okText: t('lists.views.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await remove({ variables: { id } });
          await refetch();
          if (state.viewId === id) state.apply(state.snapshot());
        } catch (error) {
          message.error(errorMessage(t, error));
        }
      },
    });

  const items: MenuProps['items'] = [
    ...(views.length === 0 ? [{ key: 'none', disabled: true, label: t('lists.views.none') }] : []),
    ...views.map((v) => ({
      key: v.id,
      label: (
        <span data-testid="saved-view" data-view-name={v.name}>
          {v.name} {v.shared && <Tag icon={<TeamOutlined />} style={{ marginInlineStart: 6 }}>{v.mine ? t('lists.views.sharedByMe') : t('lists.views.sharedWithMe')}</Tag>}
        </span>
      ),
    })),
    { type: 'divider' as const },
    { key: 'save', icon: <SaveOutlined />, label: <span data-testid="save-view">{t('lists.views.saveCurrent')}</span> },
    ...(current?.mine ? [{ key: 'delete', icon: <DeleteOutlined />, danger: true, label: t('lists.views.deleteCurrent', { name: current.name }) }] : []),
  ];

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items,
          selectedKeys: current ? [current.id] : [],
          onClick: ({ key }) => {
            if (key === 'save') {
              form.setFieldsValue({ name: current?.mine ? current.name : '', shared: current?.mine ? current.shared : false });
              setOpen(true);
            } else if (key === 'delete' && current) onDelete(current.id, current.name);
            else {
              const view = views.find((v) => v.id === key);
              if (view) state.apply(view.state as Record<string, unknown>, view.id);
            }
          },
        }}
      >
        <Button icon={<AppstoreOutlined />} data-testid="saved-views" aria-label={t('lists.views.title')}>
          {current ? current.name : t('lists.views.title')} <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
      <Modal
        open={open}
        title={t('lists.views.saveTitle')}
        okText={t('lists.views.save')}
        cancelText={t('common.cancel')}
        onOk={() => void onSave()}
        confirmLoading={saving.loading}
        onCancel={() => setOpen(false)}
        okButtonProps={{ 'data-testid': 'save-view-ok' } as Record<string, string>}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="name" label={t('lists.views.name')} rules={[{ required: true, whitespace: true, message: t('lists.views.nameRequired') }, { max: 60 }]}>
            <Input maxLength={60} data-testid="view-name" />
          </Form.Item>
          <Form.Item name="shared" valuePropName="checked" extra={t('lists.views.sharedHelp')}>
            <Checkbox data-testid="view-shared">{t('lists.views.shared')}</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
