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
    proxy: { '/graphql': { target: api, ws: true, changeOrigin: true }, '/health': { target: api, changeOrigin: true } },
  },
  preview: {
    port: 4174,
    proxy: { '/graphql': { target: api, ws: true, changeOrigin: true }, '/health': { target: api, changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
