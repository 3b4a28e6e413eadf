import { demoPdf, demoPng } from '../src/database/seed/demo-files';
import type { TestApp } from './test-app';

export const PDF = demoPdf(['TEST DOCUMENT']);
export const PNG = demoPng([200, 40, 40], 20, 10);
/** A Windows executable's first bytes, whatever it is called. */
export const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

export async function upload(t: TestApp, token: string | undefined, data: Buffer, name: string, type = 'application/pdf') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)], { type }), name);
  const res = await fetch(`${t.url}/files`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, body: (await res.json()) as { id: string; sha256: string; size: number; contentType: string; errors?: { message: string; extensions: { code: string; fields?: Record<string, string[]> } }[] } };
}
