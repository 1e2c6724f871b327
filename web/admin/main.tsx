import { render } from 'preact';
import '../shared/styles.css';
import { ErrorBoundary } from '../shared/ui.js';
import { AdminApp } from './app.js';

const root = document.getElementById('app');
if (root) {
  // The page's "Loading…" placeholder goes: render() adds to what the element holds.
  root.textContent = '';
  render(
    <ErrorBoundary>
      <AdminApp storage={sessionStorage} />
    </ErrorBoundary>,
    root,
  );
}
