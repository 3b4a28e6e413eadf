import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Where uploaded bytes live. Local disk by default; an object store implements the same two calls, so
 * replicas on several machines can share files.
 */
export interface FileStorage {
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');

export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private path(key: string): string {
    if (!/^[0-9a-f]{2}\/[0-9a-f-]{36}$/.test(key)) throw new Error(`bad storage key ${key}`);
    return join(this.root, key);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    // Written whole, then renamed: a reader never sees half a file.
    await writeFile(`${path}.part`, data, { mode: 0o640 });
    await rename(`${path}.part`, path);
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.path(key));
  }
}
