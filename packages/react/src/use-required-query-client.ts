import { type QueryClient, QueryClientContext } from '@tanstack/react-query';
import { useContext } from 'react';

/**
 * Returns `queryClient` when given, else the nearest
 * `QueryClientProvider`'s, and throws naming `caller` when there is neither.
 */
export function useRequiredQueryClient(
  queryClient: QueryClient | undefined,
  caller: string,
): QueryClient {
  const fromContext = useContext(QueryClientContext);
  const resolved = queryClient ?? fromContext;
  if (!resolved) {
    throw new Error(
      `${caller}: no QueryClient found. Wrap the tree in ` +
        '<QueryClientProvider client={queryClient}> or pass a queryClient.',
    );
  }
  return resolved;
}
