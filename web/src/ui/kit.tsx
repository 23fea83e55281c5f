import type {
  ButtonHTMLAttributes,
  ComponentChildren,
  InputHTMLAttributes,
  LooseInputHTMLAttributes,
  TextareaHTMLAttributes,
} from 'preact';
import { useId } from 'preact/hooks';
import { type ApiError, fieldErrors } from '../api/client.ts';
import { t } from '../i18n/i18n.ts';
import type { Request } from '../use-request.ts';
import { fieldName } from './field-error.ts';
import { formatDate as formatInstant, formatMoney } from './format.ts';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  busy?: boolean;
};

/** A button that shows it is working and cannot be pressed twice meanwhile. */
export function Button({
  variant = 'secondary',
  busy = false,
  type = 'button',
  children,
  disabled,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      class={`button ${variant}${rest.class ? ` ${rest.class}` : ''}`}
      disabled={Boolean(disabled) || busy}
      aria-busy={busy || undefined}
    >
      {busy ? <span class="spinner" aria-hidden="true" /> : null}
      {children}
    </button>
  );
}

type FieldProps = {
  label: string;
  hint?: ComponentChildren;
  error?: string | undefined;
  /** Renders the control, given the id and described-by the label and hint need. */
  children: (control: {
    id: string;
    'aria-describedby'?: string;
    'aria-invalid'?: boolean;
  }) => ComponentChildren;
};

/** A labelled control with its hint and error, wired for screen readers. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      {children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
      })}
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

type InputProps = Omit<LooseInputHTMLAttributes<HTMLInputElement>, 'value' | 'onInput' | 'role'> & {
  label: string;
  hint?: ComponentChildren;
  error?: string | undefined;
  value: string;
  onValue: (value: string) => void;
};

export function TextField({ label, hint, error, value, onValue, ...rest }: InputProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...(rest as InputHTMLAttributes)}
          {...control}
          value={value}
          onInput={(e) => onValue((e.target as HTMLInputElement).value)}
        />
      )}
    </Field>
  );
}

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onInput' | 'role'> & {
  label: string;
  hint?: ComponentChildren;
  error?: string | undefined;
  value: string;
  onValue: (value: string) => void;
};

export function TextArea({ label, hint, error, value, onValue, ...rest }: TextAreaProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          {...rest}
          {...control}
          value={value}
          onInput={(e) => onValue((e.target as HTMLTextAreaElement).value)}
        />
      )}
    </Field>
  );
}

type SelectProps = {
  label: string;
  hint?: ComponentChildren;
  error?: string | undefined;
  value: string;
  onValue: (value: string) => void;
  options: readonly { value: string; label: string }[];
  disabled?: boolean;
};

export function SelectField({ label, hint, error, value, onValue, options, disabled }: SelectProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select
          {...control}
          value={value}
          disabled={disabled}
          onChange={(e) => onValue((e.target as HTMLSelectElement).value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Notice({
  kind = 'info',
  children,
}: {
  kind?: 'info' | 'success' | 'warning' | 'error';
  children: ComponentChildren;
}) {
  return (
    <div class={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/**
 * An API error in words, with the field problems it names and the request id to quote.
 * `names` gives fields named by the screen (an application's questions, `answers.{id}`).
 */
export function ErrorNotice({
  error,
  onRetry,
  names,
}: {
  error: ApiError;
  onRetry?: () => void;
  names?: Readonly<Record<string, string>>;
}) {
  const issues = Object.entries(fieldErrors(error)).map(([path, message]) => ({ path, message }));
  // The API's summary repeats the field problems in code words; list them in plain ones instead.
  const summary = issues.length > 0 ? t('ui.error.checkThese') : error.message;
  // Only a fault on our side is worth quoting a request id for.
  const quoteId = error.requestId && (error.status >= 500 || error.status === 0);
  return (
    <Notice kind="error">
      <p>{summary}</p>
      {issues.length > 0 ? (
        <ul>
          {issues.map((issue) => (
            <li key={issue.path + issue.message}>
              {issue.path ? <strong>{names?.[issue.path] ?? fieldName(issue.path)}: </strong> : null}
              {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
      {onRetry && error.status !== 404 && error.status !== 403 ? (
        <Button variant="secondary" onClick={onRetry}>
          {t('ui.error.tryAgain')}
        </Button>
      ) : null}
      {quoteId ? <p class="muted small">{t('ui.error.requestId', { id: error.requestId ?? '' })}</p> : null}
    </Notice>
  );
}

export function Loading({ label }: { label?: string }) {
  return (
    <p class="loading" role="status">
      <span class="spinner" aria-hidden="true" /> {label ?? t('ui.loading')}
    </p>
  );
}

export function Empty({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="empty">
      <p class="empty-title">{title}</p>
      {children ? <div class="muted">{children}</div> : null}
    </div>
  );
}

/**
 * Renders a request's states: a spinner while it first loads, the error with a retry, then
 * the content (kept on screen during a reload, with the error above it if the reload failed).
 */
export function Async<T>({
  request,
  children,
  label,
}: {
  request: Request<T>;
  children: (data: T) => ComponentChildren;
  label?: string;
}) {
  if (request.data === undefined) {
    if (request.status === 'error') return <ErrorNotice error={request.error} onRetry={request.reload} />;
    return <Loading {...(label ? { label } : {})} />;
  }
  return (
    <>
      {request.status === 'error' ? <ErrorNotice error={request.error} onRetry={request.reload} /> : null}
      {children(request.data)}
    </>
  );
}

/** Money from integer minor units, in the program's currency. */
export function Money({ cents, currency }: { cents: number; currency: string }) {
  return <span class="money">{formatMoney(cents, currency)}</span>;
}

export { formatMoney };

/** An instant as the reader's date, or date and time. */
export function formatDate(iso: string | undefined, withTime = false): string {
  return formatInstant(iso, { withTime });
}

/** One key figure: a big value over its label. */
export function Stat({
  label,
  value,
  hint,
}: {
  label: string;
  value: ComponentChildren;
  hint?: ComponentChildren;
}) {
  return (
    <div class="card stat">
      <span class="stat-label">{label}</span>
      <span class="stat-value">{value}</span>
      {hint ? <span class="small muted">{hint}</span> : null}
    </div>
  );
}

export function Card({
  title,
  actions,
  children,
}: {
  title?: ComponentChildren;
  actions?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <section class="card">
      {title || actions ? (
        <header class="card-header">
          {title ? <h2>{title}</h2> : <span />}
          {actions ? <div class="actions">{actions}</div> : null}
        </header>
      ) : null}
      {children}
    </section>
  );
}
