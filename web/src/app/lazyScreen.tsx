import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { routes } from '@hellowork/contracts';
import { FormAlert } from '../components/FormAlert';
import { Loading } from '../components/Loading';
import { reloadForNewBuild } from './newBuild';

/**
 * A screen whose code is fetched the first time it is shown: the login screen
 * ships alone, and the job seeker's phone loads the rest only when it is needed.
 * When that code cannot be had (a deploy since the page was opened), the page
 * reloads once for the new build, showing 読み込み中 meanwhile; failing that, a
 * message and a way back, never a blank page.
 */
export function lazyScreen<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  const Lazy = lazy(async () => {
    try {
      return { default: await load() };
    } catch (error) {
      if (reloadForNewBuild()) return new Promise<never>(() => {});
      throw error;
    }
  });
  return function LazyScreen(props: Props) {
    return (
      <ScreenLoadFailure>
        <Suspense fallback={<Loading />}>
          <Lazy {...props} />
        </Suspense>
      </ScreenLoadFailure>
    );
  };
}

/** What shows instead of a screen that could not be loaded (React catches a render's failure only in a class). */
class ScreenLoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section className="public-page">
        <FormAlert>画面を表示できませんでした。通信状況をご確認のうえ、下の「トップページに戻る」から操作をやり直してください。</FormAlert>
        <ul className="links">
          <li>
            {/* A whole page load, not the router's: it fetches the app anew. */}
            <a href={routes.home}>トップページに戻る</a>
          </li>
        </ul>
      </section>
    );
  }
}
