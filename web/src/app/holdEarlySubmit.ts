/*
 * The one script of a prerendered page's head, as its own small file (web/prerender.ts adds it). It loads the app
 * once the page has painted (the HTML is the screen; the app only hydrates it, so it need not compete with the
 * stylesheet for the first paint on a slow line), and a form sent before
 * React has hydrated it is held here, not lost. Prerendered forms say `method="dialog"`, so the browser itself sends
 * nothing (no URL with the password, no history entry, no request). This holds the tap, marks the form busy, and
 * offers the same submit again every RETRY_MS until the app takes it (React's handler cancels the event; once
 * hydrateRoot has run, React hydrates a form synchronously when it is sent).
 */
const RETRY_MS = 100;
let held = false;
let offer: SubmitEvent | null = null;

window.addEventListener('submit', (event) => {
  if (event.defaultPrevented || event === offer) return; // the app took it, or it is our own offer
  event.preventDefault();
  if (held) return; // a second tap while one is held
  held = true;
  const form = event.target as HTMLFormElement;
  const { submitter } = event;
  form.setAttribute('aria-busy', 'true');
  const retry = window.setInterval(() => {
    offer = new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter });
    form.dispatchEvent(offer);
    if (offer.defaultPrevented) {
      window.clearInterval(retry);
      form.removeAttribute('aria-busy');
      held = false;
    }
    offer = null;
  }, RETRY_MS);
});

/** The app's entry and its chunks, as the build named them on this script's tag. */
function loadApp() {
  const tag = document.querySelector<HTMLScriptElement>('script[data-app]');
  if (!tag || document.querySelector('script[data-app-loaded]')) return;
  for (const href of (tag.dataset.preload ?? '').split(' ').filter(Boolean)) {
    document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href, crossOrigin: '' }));
  }
  const app = Object.assign(document.createElement('script'), { type: 'module', src: tag.dataset.app!, crossOrigin: '' });
  app.dataset.appLoaded = '';
  document.head.append(app);
}
// After the next paint; a tab opened in the background paints nothing, so at the latest after AFTER_PAINT_MAX_MS.
const AFTER_PAINT_MAX_MS = 300;
requestAnimationFrame(() => setTimeout(loadApp));
setTimeout(loadApp, AFTER_PAINT_MAX_MS);
