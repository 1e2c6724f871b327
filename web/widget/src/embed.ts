import { createApi } from './api.js';
import { mountPanel } from './panel.js';
import { createStore } from './store.js';

// <script src="https://<service>/widget/embed.js" data-widget-token="wt_…" async></script>
// The API is the service that served this script (its src's origin), so one tag is all a site needs.
// Optional: data-position="left", data-color="#0a7", data-open="true". The hosted chat page
// (/widget/chat?token=…) loads it with data-mode="page" and the token in its own address.

function ownScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  return document.querySelector<HTMLScriptElement>('script[src*="/widget/embed.js"]');
}

function colorOf(value: string | undefined): string | null {
  return value && typeof CSS !== 'undefined' && CSS.supports('color', value) ? value : null;
}

function boot(script: HTMLScriptElement): void {
  const page = script.dataset.mode === 'page';
  const token = page
    ? new URLSearchParams(window.location.search).get('token')
    : (script.dataset.widgetToken ?? null);
  if (!token) {
    console.warn('chat widget: no data-widget-token on its script tag');
    return;
  }
  const origin = new URL(script.src, window.location.href).origin;
  // An element name no site styles (a page's `div {…}` would reach a div host), reset besides.
  const host = document.createElement('ai-receptionist-chat');
  host.style.setProperty('all', 'initial', 'important');
  host.setAttribute('data-ai-receptionist-widget', '');
  document.getElementById('widget-loading')?.remove();
  document.body.append(host);
  mountPanel(host, {
    api: createApi(origin, token),
    store: createStore(origin, token),
    page,
    position: script.dataset.position === 'left' ? 'left' : 'right',
    color: colorOf(script.dataset.color),
    open: script.dataset.open === 'true',
  });
}

const script = ownScript();
if (script && !script.hasAttribute('data-widget-mounted')) {
  script.setAttribute('data-widget-mounted', '');
  if (document.body) boot(script);
  else document.addEventListener('DOMContentLoaded', () => boot(script), { once: true });
}
