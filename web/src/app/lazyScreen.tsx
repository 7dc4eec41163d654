import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../components/Loading';

/**
 * A screen whose code is fetched the first time it is shown: the login screen
 * ships alone, and the job seeker's phone loads the rest only when it is needed.
 */
export function lazyScreen<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function LazyScreen(props: Props) {
    return (
      <Suspense fallback={<Loading />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
