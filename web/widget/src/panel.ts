import type { Failure, WidgetApi } from './api.js';
import { chatIcon, h, show } from './dom.js';
import { describeFailure, isChatGone, TEXT } from './messages.js';
import type { ChatStore, Line, SavedChat } from './store.js';
import { STYLES } from './styles.js';

// The chat button and panel, in a shadow root. Views: the start form (optional name and phone), the
// conversation with its message box, and "start a new chat" once a chat is over. Replies are read
// out through an aria-live log; Escape closes the panel and focus returns to the button.

export interface PanelOptions {
  api: WidgetApi;
  store: ChatStore;
  /** Full page (the hosted chat page): no button, always open. */
  page: boolean;
  position: 'left' | 'right';
  color: string | null;
  open: boolean;
}

export function mountPanel(host: HTMLElement, options: PanelOptions): void {
  const { api, store, page } = options;
  const shadow = host.attachShadow({ mode: 'open' });

  const title = h('h2', { id: 'title' }, TEXT.title);
  const close = h('button', { type: 'button', class: 'close', 'aria-label': TEXT.close }, '×');
  const log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation' });
  const status = h('p', { class: 'status', role: 'alert' });
  const nameInput = h('input', { name: 'name', autocomplete: 'name', maxlength: '200' });
  const phoneInput = h('input', { name: 'phone', type: 'tel', autocomplete: 'tel', maxlength: '40' });
  const startButton = h('button', { type: 'submit', class: 'primary' }, TEXT.startChat);
  const startForm = h(
    'form',
    { class: 'start' },
    h('p', { class: 'intro' }, TEXT.intro),
    h('label', {}, TEXT.name, nameInput),
    h('label', {}, TEXT.phone, phoneInput),
    startButton,
  );
  const textInput = h('input', { id: 'text', name: 'text', autocomplete: 'off', maxlength: '2000' });
  const sendButton = h('button', { type: 'submit', class: 'primary' }, TEXT.send);
  const sendForm = h(
    'form',
    {},
    h('label', { class: 'sr', for: 'text' }, TEXT.message),
    textInput,
    sendButton,
  );
  const againButton = h('button', { type: 'button', class: 'primary' }, TEXT.again);
  const again = h('div', { class: 'again' }, againButton);
  const panel = h(
    'section',
    { class: 'panel', id: 'panel', role: page ? 'region' : 'dialog', 'aria-labelledby': 'title' },
    h('div', { class: 'head' }, title, close),
    log,
    status,
    startForm,
    sendForm,
    again,
  );
  const launcher = h(
    'button',
    { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'panel' },
    chatIcon(),
    TEXT.launcher,
  );
  const root = h('div', { class: `root ${options.position}${page ? ' page' : ''}` }, panel);
  if (!page) root.append(launcher);
  if (options.color) root.style.setProperty('--accent', options.color);
  adoptStyles(shadow);
  shadow.append(root);

  let chat: SavedChat | null = store.load();
  let businessFailure: Failure | null = null;
  let loaded: Promise<void> | null = null;
  let busy = false;

  function say(line: Line): void {
    log.append(h('div', { class: `msg ${line.from}` }, line.text));
    log.scrollTop = log.scrollHeight;
  }

  function render(): void {
    const usable = businessFailure === null;
    show(startForm, usable && chat === null);
    show(sendForm, usable && chat !== null && !chat.done);
    show(again, usable && chat?.done === true);
    if (businessFailure) status.textContent = describeFailure(businessFailure, 'load');
  }

  function remember(next: SavedChat | null): void {
    chat = next;
    if (next) store.save(next);
    else store.clear();
  }

  // The business's name, once; a failure is shown in the panel and tried again at the next open.
  function load(): Promise<void> {
    loaded ??= api.business().then((result) => {
      if (result.ok) {
        businessFailure = null;
        status.textContent = '';
        title.textContent = `Chat with ${result.data.name}`;
        launcher.setAttribute('aria-label', `Chat with ${result.data.name}`);
      } else {
        businessFailure = result.failure;
        loaded = null;
      }
      render();
    });
    return loaded;
  }

  function focusFirst(): void {
    if (!startForm.classList.contains('hidden')) nameInput.focus();
    else if (!sendForm.classList.contains('hidden')) textInput.focus();
    else if (!again.classList.contains('hidden')) againButton.focus();
    else close.focus();
  }

  // `moveFocus` false: opened by data-open at page load, which must not take the visitor's focus.
  function setOpen(open: boolean, moveFocus = true): void {
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    if (open) void load().then(() => (moveFocus ? focusFirst() : undefined));
    else if (moveFocus) launcher.focus();
  }

  startForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    startButton.disabled = true;
    status.textContent = '';
    const result = await api.start(nameInput.value.trim(), phoneInput.value.trim());
    busy = false;
    startButton.disabled = false;
    if (!result.ok) {
      status.textContent = describeFailure(result.failure, 'start');
      return;
    }
    log.replaceChildren();
    const line: Line = { from: 'assistant', text: result.data.reply_text };
    remember({ conversationId: result.data.conversation_id, lines: [line], done: false });
    say(line);
    render();
    textInput.focus();
  });

  sendForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = textInput.value.trim();
    if (busy || !text || !chat) return;
    busy = true;
    sendButton.disabled = true;
    status.textContent = '';
    const typing = h('div', { class: 'typing', 'aria-hidden': 'true' }, TEXT.typing);
    log.append(typing);
    const result = await api.message(chat.conversationId, text);
    typing.remove();
    busy = false;
    sendButton.disabled = false;
    // On any failure the typed text stays in the box, so nothing the visitor wrote is lost.
    if (!result.ok) {
      if (isChatGone(result.failure)) {
        status.textContent = TEXT.expired;
        remember({ ...chat, done: true });
        render();
        againButton.focus();
      } else {
        status.textContent = describeFailure(result.failure, 'send');
        textInput.focus();
      }
      return;
    }
    textInput.value = '';
    const visitor: Line = { from: 'visitor', text };
    const reply: Line = { from: 'assistant', text: result.data.reply_text };
    remember({ ...chat, lines: [...chat.lines, visitor, reply], done: result.data.done });
    say(visitor);
    say(reply);
    if (result.data.done) status.textContent = TEXT.ended;
    render();
    if (result.data.done) againButton.focus();
    else textInput.focus();
  });

  againButton.addEventListener('click', () => {
    remember(null);
    log.replaceChildren();
    status.textContent = '';
    render();
    focusFirst();
  });

  launcher.addEventListener('click', () => setOpen(panel.hidden));
  close.addEventListener('click', () => setOpen(false));
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !page && !panel.hidden) {
      event.stopPropagation();
      setOpen(false);
    }
  });

  for (const line of chat?.lines ?? []) say(line);
  render();
  if (page) {
    show(close, false);
    // Framed in another site, the page must not take the focus from it before the visitor acts.
    void load().then(() => (window.top === window ? focusFirst() : undefined));
  } else {
    panel.hidden = true;
    if (options.open) setOpen(true, false);
    else void load();
  }
}

// A constructed style sheet is not an inline <style>, so a host page whose CSP forbids inline styles
// still shows the widget styled; older browsers get the <style> element.
function adoptStyles(shadow: ShadowRoot): void {
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    shadow.append(h('style', {}, STYLES));
  }
}
