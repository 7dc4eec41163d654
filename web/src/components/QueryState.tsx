import { Loading } from './Loading';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { FormAlert } from './FormAlert';

/** Loading and failure of a screen's data, the same way on every screen. */
export function QueryState<Data>({ query, children }: { query: UseQueryResult<Data>; children: (data: Data) => ReactNode }) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <FormAlert>{query.error.message}</FormAlert>;
  return <>{children(query.data)}</>;
}
