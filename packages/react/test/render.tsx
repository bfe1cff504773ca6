import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';

/** A fresh client per test, with the retry default the kit must override. */
export function createTestQueryClient() {
  return new QueryClient({
    defaultOptions: { mutations: { retry: 3, retryDelay: 0 } },
  });
}

export function renderWithClient(
  ui: ReactElement,
  queryClient = createTestQueryClient(),
  options?: RenderOptions,
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return { queryClient, ...render(ui, { wrapper, ...options }) };
}
