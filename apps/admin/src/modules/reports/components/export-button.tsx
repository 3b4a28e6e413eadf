import { useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { fetchBlob, useAuth } from '@mengyuan/ui';

/** `/exports/<name>.xlsx?…` with the filters that have a value and the page's language. */
export function exportUrl(name: 'orders' | 'ledger-entries' | 'statement' | 'tickets', params: Record<string, string | null | undefined>, lang: string): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  q.set('lang', lang === 'en' ? 'en' : 'zh-CN');
  return `/exports/${name}.xlsx?${q.toString()}`;
}

/** The filename the server gave (content-disposition), else ours. */
function save(blob: Blob, fallback: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fallback;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * 导出 Excel: downloads the .xlsx the api streams, with the session's token (a plain link could not send it),
 * refreshing the session once on 401; the filters are those of the list on screen.
 */
export function ExportButton({ name, params, testId, disabled }: { name: Parameters<typeof exportUrl>[0]; params: Record<string, string | null | undefined>; testId?: string; disabled?: boolean }) {
  const { t, i18n } = useTranslation();
  const { manager } = useAuth();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const blob = await fetchBlob(manager, exportUrl(name, params, i18n.language));
      const day = new Date().toISOString().slice(0, 10);
      save(blob, `${name}${params.month ? `-${params.month}` : ''}-${day}.xlsx`);
    } catch {
      message.error(t('reports.exportFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} disabled={disabled} onClick={() => void run()} data-testid={testId ?? `export-${name}`}>
      {t('reports.exportExcel')}
    </Button>
  );
}
