import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Grid } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router-dom';
import { AriaRepairs } from './a11y/AriaRepairs.js';
import { DocumentTitle } from './a11y/DocumentTitle.js';
import { LiveRegion } from './a11y/LiveRegion.js';
import { ApiError } from './api/client.js';
import { AuthProvider, useAuth } from './auth/AuthProvider.js';
import { useTextSize } from './prefs/textSize.js';
import { AppRoutes } from './router.js';
import { appTheme } from './theme.js';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Retry only transient failures (network, 5xx), never 4xx answers.
      retry: (count, err) => count < 2 && (!(err instanceof ApiError) || err.status === 0 || err.status >= 500),
    },
  },
});

/** antd with the locale of the UI language, the signed-in user's text size (larger-text mode, 适老化), 44 px controls on phones. */
function ThemedAntd({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const textSize = useTextSize(useAuth().user?.id);
  const phone = !Grid.useBreakpoint().md;
  return (
    <ConfigProvider theme={appTheme(textSize, phone)} locale={i18n.language === 'en' ? enUS : zhCN}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** Providers: TanStack Query, router, auth, antd (theme + locale); page title and live region for screen readers. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AuthProvider>
          <ThemedAntd>
            <DocumentTitle />
            <LiveRegion />
            <AriaRepairs />
            <AppRoutes />
          </ThemedAntd>
        </AuthProvider>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
