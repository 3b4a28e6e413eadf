import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BrandsDocument, CreateBrandDocument, type BrandsQuery } from '@mengyuan/graphql';
import { AsyncState, DateTime, errorMessage, fieldErrors, PageHeader, ResponsiveTable, useAuth } from '@mengyuan/ui';

type Brand = BrandsQuery['brands'][number];

function CreateBrandModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string }>();
  const [error, setError] = useState<unknown>(null);
  const [create, { loading }] = useMutation(CreateBrandDocument, { refetchQueries: [BrandsDocument] });
  const close = () => {
    setError(null);
    form.resetFields();
    onClose();
  };
  const submit = async () => {
    let name: string;
    try {
      name = (await form.validateFields()).name.trim();
    } catch {
      return;
    }
    setError(null);
    try {
      await create({ variables: { name } });
      message.success(t('brands.created', { name }));
      close();
    } catch (e) {
      const f = fieldErrors(e).name;
      if (f) form.setFields([{ name: 'name', errors: [errorMessage(t, e)] }]);
      else setError(e);
    }
  };
  return (
    <Modal open={open} title={t('brands.createTitle')} onCancel={close} onOk={() => void submit()} okText={t('brands.create')} cancelText={t('common.cancel')} confirmLoading={loading} destroyOnHidden>
      {!!error && <Alert type="error" showIcon title={errorMessage(t, error)} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical">
        <Form.Item name="name" label={t('brands.name')} rules={[{ required: true, whitespace: true, message: t('brands.nameRequired') }, { max: 60 }]}>
          <Input maxLength={60} placeholder={t('brands.namePlaceholder')} data-testid="brand-name" onPressEnter={() => void submit()} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 品牌管理: the brands product authorisations name; admins register new ones. */
export default function BrandsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const isAdmin = !!user?.roles.includes('ADMIN');
  const { data, loading, error, refetch } = useQuery(BrandsDocument);
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState('');
  const brands = (data?.brands ?? []).filter((b) => b.name.toLowerCase().includes(search.trim().toLowerCase()));
  return (
    <>
      <PageHeader
        title={t('brands.title')}
        subtitle={t('brands.subtitle')}
        extra={
          isAdmin ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="brand-create">
              {t('brands.create')}
            </Button>
          ) : undefined
        }
      />
      {!isAdmin && <Alert type="info" showIcon title={t('brands.adminOnly')} style={{ marginBottom: 16 }} />}
      <Card extra={<Input.Search allowClear placeholder={t('brands.search')} onChange={(e) => setSearch(e.target.value)} style={{ width: 240 }} />}>
        <AsyncState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
          <ResponsiveTable<Brand>
            rowKey="id"
            size="middle"
            data-testid="brands-table"
            dataSource={brands}
            locale={{ emptyText: t('brands.empty') }}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (count) => t('common.total', { count }) }}
            columns={[
              { title: t('brands.name'), dataIndex: 'name' },
              { title: t('brands.createdAt'), dataIndex: 'createdAt', width: 220, render: (v: string) => <DateTime value={v} /> },
            ]}
          />
        </AsyncState>
      </Card>
      <CreateBrandModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
