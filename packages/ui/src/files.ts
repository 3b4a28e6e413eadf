import type { SessionManager } from './auth/session';

/** What POST /files answers: the stored file, its type recognised from the bytes. */
export interface UploadedFile {
  id: string;
  sha256: string;
  size: number;
  contentType: string;
}

/** Largest document file the api accepts (10 MiB). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/**
 * A refused or failed file request. `code` is the server's extensions.code when it sent one
 * (VALIDATION_FAILED for a wrong type, PAYLOAD_TOO_LARGE, UNAUTHENTICATED, NOT_FOUND…), else NETWORK or SERVER.
 */
export class FileRequestError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'FileRequestError';
  }
}

function errorFromBody(status: number, text: string): FileRequestError {
  let code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 401 ? 'UNAUTHENTICATED' : status === 404 ? 'NOT_FOUND' : status >= 500 ? 'SERVER' : 'BAD_REQUEST';
  let message = `HTTP ${status}`;
  try {
    const body = JSON.parse(text) as { errors?: { message?: string; extensions?: { code?: unknown } }[] };
    const first = body.errors?.[0];
    if (typeof first?.extensions?.code === 'string') code = first.extensions.code;
    if (first?.message) message = first.message;
  } catch {
    // not JSON: keep the status-derived code
  }
  return new FileRequestError(code, status, message);
}

function postOnce(file: File, token: string | null, onProgress?: (percent: number) => void, signal?: AbortSignal): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/files');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as UploadedFile);
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

/** POST /files (multipart, one part named "file") with upload progress; refreshes the session once on 401. */
export async function uploadFile(session: SessionManager, file: File, onProgress?: (percent: number) => void, signal?: AbortSignal): Promise<UploadedFile> {
  const token = await session.getAccessToken().catch(() => session.getSession()?.accessToken ?? null);
  try {
    return await postOnce(file, token, onProgress, signal);
  } catch (error) {
    if (error instanceof FileRequestError && error.status === 401) {
      const fresh = await session.recoverFrom(token).catch(() => null);
      if (fresh) return postOnce(file, fresh.accessToken, onProgress, signal);
    }
    throw error;
  }
}

/** GET a protected file (a document, a ticket attachment) with the session's credentials, as a Blob; refreshes the session once on 401. */
export async function fetchBlob(session: SessionManager, url: string, signal?: AbortSignal): Promise<Blob> {
  const get = async (token: string | null) => {
    let response: Response;
    try {
      response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {}, signal });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new FileRequestError('NETWORK', 0, 'network error');
    }
    if (!response.ok) throw errorFromBody(response.status, await response.text().catch(() => ''));
    return response.blob();
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

/** GET /files/:id with the session's credentials, as a Blob. */
export function fetchFileBlob(session: SessionManager, id: string, signal?: AbortSignal): Promise<Blob> {
  return fetchBlob(session, `/files/${encodeURIComponent(id)}`, signal);
}
