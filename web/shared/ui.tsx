// Small building blocks both pages share: an error boundary (never a blank screen), error and status
// messages, a loader hook that names what failed, labelled fields and a copy button.
import { Component, type ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { messageOf } from './api.js';

interface BoundaryState {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ComponentChildren }, BoundaryState> {
  override state: BoundaryState = { error: null };

  static override getDerivedStateFromError(error: Error): BoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    console.error('page error', error.message);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div class="alert" role="alert">
        <p>Something went wrong on this page: {this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>{' '}
        <button type="button" onClick={() => location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
}

export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p class="alert" role="alert">
      {messageOf(error)}
    </p>
  );
}

export function Notice({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p class="notice" role="status">
      {text}
    </p>
  );
}

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Runs `load` now and whenever `deps` change; a stale answer never overwrites a newer one. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: unknown; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  const generation = useRef(0);
  const run = useCallback(() => {
    const mine = ++generation.current;
    setState((previous) => ({ ...previous, loading: true }));
    load().then(
      (data) => mine === generation.current && setState({ data, error: null, loading: false }),
      (error: unknown) => mine === generation.current && setState({ data: null, error, loading: false }),
    );
    // The caller names the inputs in deps, as with useEffect.
  }, deps);
  useEffect(run, [run]);
  return { ...state, reload: run };
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="muted" aria-live="polite">
      Loading {what}…
    </p>
  );
}

interface FieldProps {
  label: string;
  name: string;
  error?: string | undefined;
  hint?: string;
  children: ComponentChildren;
}

/** A label, the control (whose id must be `field-<name>`), a hint and the field's own error. */
export function Field({ label, name, error, hint, children }: FieldProps) {
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={`field-${name}`}>{label}</label>
      {children}
      {hint ? <small class="muted">{hint}</small> : null}
      {error ? (
        <small class="field-error" id={`error-${name}`} role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}

/** A secret shown once, with a copy button. */
export function OnceSecret({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard?.writeText(value).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <div class="secret" role="status">
      <p>
        {label} (shown only now; store it somewhere safe):
        <code class="secret-value">{value}</code>
      </p>
      <button type="button" onClick={copy}>
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}
