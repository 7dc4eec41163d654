/*
 * Loaded by prerendered pages ahead of the app, as its own small file (web/prerender.ts adds it): a form sent before
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
