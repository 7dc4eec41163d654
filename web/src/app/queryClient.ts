import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isSessionEndCode } from '@hellowork/contracts';
import { ApiFailure } from '../lib/api';
import { endRefusedSession } from '../lib/session';

/** A session the functions no longer accept ends here; the route guard then shows the login screen, saying why. */
function onRefusal(error: Error) {
  if (error instanceof ApiFailure && isSessionEndCode(error.code)) void endRefusedSession(error.code);
}

export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: onRefusal }),
    mutationCache: new MutationCache({ onError: onRefusal }),
    defaultOptions: {
      // A refusal is an answer, not a glitch: show it at once.
      queries: { retry: (count, error) => !(error instanceof ApiFailure) && count < 2, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
