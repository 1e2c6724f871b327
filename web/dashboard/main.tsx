import { render } from 'preact';
import '../shared/styles.css';
import { ErrorBoundary } from '../shared/ui.js';
import { App } from './app.js';
import { createSession } from './session.js';

const session = createSession(sessionStorage);
const root = document.getElementById('app');
if (root) {
  // The page's "Loading…" placeholder goes: render() adds to what the element holds.
  root.textContent = '';
  render(
    <ErrorBoundary>
      <App session={session} />
    </ErrorBoundary>,
    root,
  );
}
