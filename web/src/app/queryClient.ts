import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiFailure } from '../lib/api';
import { signOut } from '../lib/session';

/** A session the functions no longer accept ends here; the route guard then shows the login screen. */
function endRefusedSession(error: Error) {
  if (error instanceof ApiFailure && (error.code === 'unauthenticated' || error.code === 'second-factor-required')) {
    void signOut();
  }
}

export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: endRefusedSession }),
    mutationCache: new MutationCache({ onError: endRefusedSession }),
    defaultOptions: {
      // A refusal is an answer, not a glitch: show it at once.
      queries: { retry: (count, error) => !(error instanceof ApiFailure) && count < 2, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
