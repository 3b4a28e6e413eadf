import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppProviders, createApolloClient } from '@mengyuan/ui';
import { i18n } from './i18n';
import { App } from './app';
import { AdminTheme } from './theme';

const { client, session, live } = createApolloClient({ storageKey: 'mengyuan.admin.auth' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders i18n={i18n} client={client} session={session} live={live} titleKey="app.title">
      <BrowserRouter basename="/admin">
        <AdminTheme>
          <App />
        </AdminTheme>
      </BrowserRouter>
    </AppProviders>
  </StrictMode>,
);
