import { QueryClientProvider } from '@tanstack/react-query';
import { Outlet } from 'react-router';
import { createQueryClient } from './queryClient';

// One cache for the whole visit: every screen under this layout shares it.
const queryClient = createQueryClient();

/** The screens that fetch through react-query; the login does without it, so its page does not carry it. */
export function WithQueries() {
  return (
    <QueryClientProvider client={queryClient}>
      <Outlet />
    </QueryClientProvider>
  );
}
