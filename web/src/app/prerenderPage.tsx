import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { routes, type AppRoute } from '@hellowork/contracts';
import { AppFrame, AppRoutes } from './App';
import { documentTitle } from '../lib/documentTitle';

/**
 * The screens a job seeker reaches without a session, rendered to HTML at build
 * time (web/prerender.ts) and hydrated in the browser, and the file Hosting
 * serves each from (firebase.json rewrites the path to it; `/` is index.html).
 */
export const prerenderedPages: { path: AppRoute; file: string }[] = [{ path: routes.login, file: 'index.html' }];

/** One screen's HTML inside #root, and its window title (every screen's heading is its name). */
export async function renderPage(path: string): Promise<{ html: string; title: string }> {
  const { prelude } = await prerender(
    <AppFrame>
      <StaticRouter location={path}>
        <AppRoutes />
      </StaticRouter>
    </AppFrame>,
  );
  const html = await new Response(prelude).text();
  const heading = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1];
  if (!heading) throw new Error(`prerender: no heading on ${path}`);
  return { html, title: documentTitle(heading) };
}
