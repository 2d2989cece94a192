import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { DateInput } from './date-input';

type Labelled = { label: string; name: string; error?: string; hint?: string };

const CONTROL = 'mt-1 block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm outline-none focus:ring-2 focus:ring-brand-600';

function controlProps({ name, error, hint }: Labelled) {
  const describedBy = [error && `${name}-error`, hint && `${name}-hint`].filter(Boolean).join(' ') || undefined;
  return { id: name, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy };
}

function borderOf(error?: string): string {
  return error ? 'border-red-500' : 'border-slate-300';
}

/** A label above any control, the hint or the error right under it (announced with the control). */
function FieldShell({ label, name, error, hint, className, children }: Labelled & { className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${name}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled input whose error sits right under it and is announced with it. */
export function Field({ label, name, error, hint, className, ...input }: InputHTMLAttributes<HTMLInputElement> & Labelled) {
  return (
    <FieldShell label={label} name={name} error={error} hint={hint} className={className}>
      <input
        {...controlProps({ label, name, error, hint })}
        className={`${CONTROL} ${borderOf(error)} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1`}
        {...input}
      />
    </FieldShell>
  );
}

/** The same, for the product's one date input. */
export function DateField({ label, name, error, hint, className, ...input }: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & Labelled) {
  return (
    <FieldShell label={label} name={name} error={error} hint={hint} className={className}>
      <DateInput {...controlProps({ label, name, error, hint })} className={`${CONTROL} ${borderOf(error)}`} {...input} />
    </FieldShell>
  );
}

/** The same, for a <select>. */
export function SelectField({ label, name, error, hint, className, children, ...select }: SelectHTMLAttributes<HTMLSelectElement> & Labelled) {
  return (
    <FieldShell label={label} name={name} error={error} hint={hint} className={className}>
      <select {...controlProps({ label, name, error, hint })} className={`${CONTROL} ${borderOf(error)}`} {...select}>
        {children}
      </select>
    </FieldShell>
  );
}

/** The same, for a <textarea>. */
export function TextAreaField({ label, name, error, hint, className, ...textarea }: TextareaHTMLAttributes<HTMLTextAreaElement> & Labelled) {
  return (
    <FieldShell label={label} name={name} error={error} hint={hint} className={className}>
      <textarea {...controlProps({ label, name, error, hint })} className={`${CONTROL} ${borderOf(error)} font-mono`} {...textarea} />
    </FieldShell>
  );
}
