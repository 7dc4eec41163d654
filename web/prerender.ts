import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { createServer, type Plugin, type Rollup } from 'vite';

/*
 * Prerendering at build time: the screens in src/app/prerenderPage.tsx are rendered with React's own server renderer
 * (src loaded through Vite, as the app is built) into copies of the built index.html, which React then hydrates.
 * The other routes get the empty shell, app.html (firebase.json sends every other path there). Each prerendered page
 * also loads app/holdEarlySubmit.ts, as its own file ahead of the app, so a form sent before hydration is held.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const HOLD_EARLY_SUBMIT = `${root}src/app/holdEarlySubmit.ts`;
const APP_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

type PrerenderModule = typeof import('./src/app/prerenderPage');

export function prerenderPublicPages(): Plugin {
  let holdRef = '';
  return {
    name: 'hellowork:prerender',
    apply: 'build',
    buildStart() {
      holdRef = this.emitFile({ type: 'chunk', id: HOLD_EARLY_SUBMIT, name: 'holdEarlySubmit' });
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const index = bundle['index.html'] as Rollup.OutputAsset;
        const shell = String(index.source);
        this.emitFile({ type: 'asset', fileName: 'app.html', source: shell });
        // The page is shown from its HTML, so its first paint waits for the stylesheet alone: the app's scripts (which
        // only hydrate it) are not in the head but named on the hold script, which loads them once the page has painted.
        const app = APP_SCRIPT.exec(shell)!;
        const preloads = [...shell.matchAll(MODULE_PRELOAD)].map((link) => link[1]);
        const hold = `<script type="module" src="/${this.getFileName(holdRef)}" data-app="${app[1]}" data-preload="${preloads.join(' ')}"></script>`;
        const withHold = shell.replace(MODULE_PRELOAD, '').replace(app[0], hold);
        const server = await createServer({
          root,
          configFile: false,
          mode: 'production',
          logLevel: 'warn',
          plugins: [react()],
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, watch: null },
        });
        try {
          const { prerenderedPages, renderPage } = (await server.ssrLoadModule('/src/app/prerenderPage.tsx')) as PrerenderModule;
          for (const { path, file } of prerenderedPages) {
            const { html, title } = await renderPage(path);
            const page = withHold
              .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
              .replace('<div id="root"></div>', `<div id="root" data-prerendered-path="${path}">${html}</div>`);
            if (file === 'index.html') index.source = page;
            else this.emitFile({ type: 'asset', fileName: file, source: page });
          }
        } finally {
          await server.close();
        }
      },
    },
  };
}
