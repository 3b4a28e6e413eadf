import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const from = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  resolve: {
    alias: {
      '@mengyuan/domain': from('../../packages/domain/src/index.ts'),
      '@mengyuan/graphql': from('../../packages/graphql/src/index.ts'),
      '@mengyuan/ui': from('../../packages/ui/src/index.ts'),
    },
  },
  server: {
    port: 5174,
    proxy: { '/graphql': { target: api, ws: true, changeOrigin: true }, '/health': { target: api, changeOrigin: true }, '/files': { target: api, changeOrigin: true } },
  },
  preview: {
    port: 4174,
    proxy: { '/graphql': { target: api, ws: true, changeOrigin: true }, '/health': { target: api, changeOrigin: true }, '/files': { target: api, changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/, priority: 3 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|@graphql-typed-document-node)[\\/]/, priority: 2 },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^/\\]+|dayjs|@babel[\\/]runtime|classnames|clsx|stylis|@emotion)[\\/]/, priority: 1 },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|i18next-browser-languagedetector|html-parse-stringify|void-elements)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
