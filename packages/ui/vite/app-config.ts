import { fileURLToPath } from 'node:url';
import { defineConfig, type PluginOption, type UserConfig } from 'vite';

const from = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The Vite configuration both apps share: source aliases for the workspace packages, the api proxy, chunks.
 * Each app passes its own React plugin (each app depends on it; this package does not).
 */
export function appViteConfig(app: { base: string; devPort: number; previewPort: number; plugins: PluginOption[] }): UserConfig {
  const api = process.env.API_URL ?? 'http://localhost:3000';
  const proxy = { '/graphql': { target: api, ws: true, changeOrigin: true }, '/health': { target: api, changeOrigin: true }, '/files': { target: api, changeOrigin: true }, '/exports': { target: api, changeOrigin: true } };
  return defineConfig({
    base: app.base,
    plugins: app.plugins,
    resolve: {
      alias: {
        '@mengyuan/domain': from('../../domain/src/index.ts'),
        '@mengyuan/graphql': from('../../graphql/src/index.ts'),
        '@mengyuan/provenance': from('../../provenance/src/index.ts'),
        '@mengyuan/ui': from('../src/index.ts'),
      },
    },
    server: { port: app.devPort, proxy },
    preview: { port: app.previewPort, proxy },
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
  } as UserConfig);
}
