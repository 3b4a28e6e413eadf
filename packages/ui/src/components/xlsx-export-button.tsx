import { useState } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-provider';
import type { SessionManager } from '../auth/session';
import { errorMessage } from '../errors';
import { FileRequestError } from '../files';
import { currentLanguage } from '../i18n/init';

export interface ExportedFile {
  blob: Blob;
  filename: string;
  rows: number;
  truncated: boolean;
}

/** GET an Excel export (/exports/*.xlsx) with the session's bearer token; refreshes the session once on 401. */
export async function fetchExport(session: SessionManager, path: string, params: Record<string, string | null | undefined>): Promise<ExportedFile> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
  const url = `${path}?${query.toString()}`;
  const get = async (token: string | null): Promise<ExportedFile> => {
    let response: Response;
    try {
      response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    } catch {
      throw new FileRequestError('NETWORK', 0, 'network error');
    }
    if (!response.ok) {
      const text = await response.text().catch(() => '');
      let code = response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : response.status >= 500 ? 'SERVER' : 'BAD_REQUEST';
      try {
        const c = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
        if (c) code = c;
      } catch {
        // not JSON
      }
      throw new FileRequestError(code, response.status, `HTTP ${response.status}`);
    }
    const disposition = response.headers.get('content-disposition') ?? '';
    const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
    const plain = /filename="([^"]+)"/i.exec(disposition);
    const filename = star ? decodeURIComponent(star[1]) : (plain?.[1] ?? path.split('/').pop() ?? 'export.xlsx');
    return { blob: await response.blob(), filename, rows: Number(response.headers.get('x-export-rows') ?? 0), truncated: response.headers.get('x-export-truncated') === 'true' };
  };
  const token = await session.getAccessToken().catch(() => session.getSession()?.accessToken ?? null);
  try {
    return await get(token);
  } catch (error) {
    if (error instanceof FileRequestError && error.status === 401) {
      const fresh = await session.recoverFrom(token).catch(() => null);
      if (fresh) return get(fresh.accessToken);
    }
    throw error;
  }
}

/** Saves a Blob under a file name through a temporary link. */
export function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/**
 * "导出 Excel": downloads an .xlsx export of what the page shows (the same filters), labelled in the reader's
 * language; says so when the export stopped at the row limit.
 */
export function XlsxExportButton({ path, params, label, testId = 'export-xlsx' }: { path: string; params: Record<string, string | null | undefined>; label?: string; testId?: string }) {
  const { t, i18n } = useTranslation();
  const { manager } = useAuth();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const file = await fetchExport(manager, path, { ...params, lang: currentLanguage(i18n) });
      saveBlob(file.blob, file.filename);
      if (file.truncated) message.warning(t('con.search.exportTruncated', { count: file.rows }));
    } catch (error) {
      message.error(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid={testId}>
      {label ?? t('con.statement.export')}
    </Button>
  );
}
