'use client';
import { useId, useRef } from 'react';

/**
 * A destructive or access-changing action asks first: the button opens a modal <dialog> (focus trapped, Escape
 * cancels) and only its confirm button submits the surrounding form, or the form named by `form`.
 */
export function ConfirmButton({
  label,
  title,
  body,
  confirmLabel,
  form,
  name,
  value,
  variant = 'danger',
}: {
  label: string;
  title: string;
  body: React.ReactNode;
  confirmLabel: string;
  form?: string;
  name?: string;
  value?: string;
  variant?: 'danger' | 'secondary';
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const styles = variant === 'danger' ? 'bg-red-600 text-white hover:bg-red-700' : 'border border-slate-300 bg-white text-slate-700 hover:bg-slate-50';
  const titleId = useId();
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} className={`rounded-md px-3 py-1.5 text-sm font-semibold shadow-sm ${styles}`}>
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="space-y-3 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <div className="text-sm text-slate-700">{body}</div>
          <div className="flex justify-end gap-2 pt-2">
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
            >
              Cancel
            </button>
            <button
              type="submit"
              form={form}
              name={name}
              value={value}
              onClick={() => dialog.current?.close()}
              className={`rounded-md px-3 py-1.5 text-sm font-semibold ${styles}`}
            >
              {confirmLabel}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
