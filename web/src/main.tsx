import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { routes } from '@hellowork/contracts';
import { AppFrame, AppRoutes } from './app/App';
import { reloadForNewBuild } from './app/newBuild';
import { mayHoldSession } from './lib/session';
import './styles.css';

// Vite's event for a code file that failed to load, the lazy screens' and Firebase Auth's alike (see app/newBuild.ts).
window.addEventListener('vite:preloadError', () => reloadForNewBuild());

const container = document.getElementById('root')!;
const app = (
  <AppFrame>
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  </AppFrame>
);

// Set by the build on a page it prerendered (web/prerender.ts): the path its HTML shows.
const prerendered = container.dataset.prerenderedPath;

// Hosting serves the prerendered login at `/` too. Without a session the route guard would send the job seeker
// to the login anyway: the address says so now and the form in the HTML stays. A tab that may be signed in gets
// the home, as before.
if (prerendered === routes.login && location.pathname === routes.home && !mayHoldSession()) {
  history.replaceState(history.state, '', routes.login + location.search);
}

if (prerendered && location.pathname === prerendered) {
  // As a transition, hydration yields to the browser every few milliseconds instead of holding the main thread; a
  // tap meanwhile hydrates its target first (React's selective hydration).
  startTransition(() => {
    hydrateRoot(container, app);
  });
} else {
  container.replaceChildren();
  createRoot(container).render(app);
}
