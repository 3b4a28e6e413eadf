import { Alert, App, Button, Flex, Table, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DateTime } from '@mengyuan/ui';
import { ProvenanceLink } from '../../ratings/components/provenance-link';
import { codeLine, copyText, type CodeLike } from './order-helpers';

/** Delivered codes (卡密) with copy buttons: one code, or all as text lines. */
export function CodesView({ codes, note }: { codes: readonly CodeLike[]; note: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const copy = async (text: string, done: string) => {
    if (await copyText(text)) message.success(done);
    else message.error(t('codes.copyFailed'));
  };
  const hasCardNumbers = codes.some((c) => !!c.cardNumber);
  const hasExpiry = codes.some((c) => !!c.expiresAt);
  return (
    <div data-testid="delivered-codes">
      <Alert type="info" showIcon title={note} style={{ marginBottom: 12 }} />
      <Flex justify="flex-end" style={{ marginBottom: 8 }}>
        <Button icon={<CopyOutlined />} onClick={() => void copy(codes.map(codeLine).join('\n'), t('codes.copiedAll', { count: codes.length }))} data-testid="copy-all-codes">
          {t('codes.copyAll')}
        </Button>
      </Flex>
      <Table<CodeLike>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...codes]}
        scroll={{ y: 320 }}
        onRow={() => ({ 'data-testid': 'code-row' }) as object}
        columns={[
          ...(hasCardNumbers
            ? [{ title: t('codes.cardNumber'), dataIndex: 'cardNumber', render: (v: string | null) => <Typography.Text code>{v ?? t('codes.none')}</Typography.Text> }]
            : []),
          { title: t('codes.secret'), dataIndex: 'secret', render: (v: string | null) => <Typography.Text code data-testid="code-secret">{v ?? t('codes.none')}</Typography.Text> },
          ...(hasExpiry ? [{ title: t('codes.expiresAt'), dataIndex: 'expiresAt', width: 120, render: (v: string | null) => <DateTime value={v} dateOnly /> }] : []),
          {
            title: '',
            key: 'copy',
            width: 150,
            align: 'right' as const,
            render: (_: unknown, c: CodeLike) => (
              <Flex gap={4} justify="flex-end">
                <Button size="small" icon={<CopyOutlined />} onClick={() => void copy(codeLine(c), t('codes.copied'))} data-testid="copy-code">
                  {t('codes.copy')}
                </Button>
                <ProvenanceLink codeId={c.id} />
              </Flex>
            ),
          },
        ]}
      />
    </div>
  );
}
