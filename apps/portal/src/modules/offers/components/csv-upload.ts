import type { CardBatchFieldsFragment } from '@mengyuan/graphql';
import { FileRequestError, type SessionManager } from '@mengyuan/ui';

function errorFromBody(status: number, text: string): FileRequestError {
  let code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 401 ? 'UNAUTHENTICATED' : status === 404 ? 'NOT_FOUND' : status >= 500 ? 'SERVER' : 'BAD_REQUEST';
  let message = `HTTP ${status}`;
  try {
    const body = JSON.parse(text) as { errors?: { message?: string; extensions?: { code?: unknown } }[]; message?: string };
    const first = body.errors?.[0];
    if (typeof first?.extensions?.code === 'string') code = first.extensions.code;
    message = first?.message ?? body.message ?? message;
  } catch {
    // not JSON: keep the status-derived code
  }
  return new FileRequestError(code, status, message);
}

function postOnce(offerId: string, file: File, token: string | null, onUploaded: (percent: number) => void, signal?: AbortSignal): Promise<CardBatchFieldsFragment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/offers/${encodeURIComponent(offerId)}/card-batches`);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onUploaded(Math.round((event.loaded / event.total) * 100));
    };
    xhr.upload.onload = () => onUploaded(100);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as CardBatchFieldsFragment);
        } catch {
          reject(new FileRequestError('SERVER', xhr.status, 'unreadable answer'));
        }
      } else reject(errorFromBody(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => reject(new FileRequestError('NETWORK', 0, 'network error'));
    xhr.onabort = () => reject(new FileRequestError('ABORTED', 0, 'aborted'));
    signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/**
 * POST /offers/{offerId}/card-batches (multipart, part "file"): a CSV of up to 100,000 codes. Answers the
 * finished batch; refreshes the session once on 401.
 */
export async function uploadCardCsv(session: SessionManager, offerId: string, file: File, onUploaded: (percent: number) => void, signal?: AbortSignal): Promise<CardBatchFieldsFragment> {
  const token = await session.getAccessToken().catch(() => session.getSession()?.accessToken ?? null);
  try {
    return await postOnce(offerId, file, token, onUploaded, signal);
  } catch (error) {
    if (error instanceof FileRequestError && error.status === 401) {
      const fresh = await session.recoverFrom(token).catch(() => null);
      if (fresh) return postOnce(offerId, file, fresh.accessToken, onUploaded, signal);
    }
    throw error;
  }
}
