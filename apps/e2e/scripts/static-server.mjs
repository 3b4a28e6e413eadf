// Serves the built apps like the api does: portal at /, admin at /admin/, SPA fallback to index.html.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png', '.woff2': 'font/woff2' };

export function startStaticServer({ portalDir, adminDir, port = 0 }) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const isAdmin = url.pathname === '/admin' || url.pathname.startsWith('/admin/');
    const root = isAdmin ? adminDir : portalDir;
    const rel = normalize(isAdmin ? url.pathname.slice('/admin'.length) || '/' : url.pathname).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, rel);
    try {
      if (!(await stat(file)).isFile()) throw new Error('dir');
    } catch {
      file = join(root, 'index.html');
    }
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` })));
}
