import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

type ConfirmDialogProps = {
  title: string;
  children: ReactNode;
  cancelLabel: string;
  confirmLabel: string;
  onCancel: () => void;
  onConfirm: () => void;
  busy?: boolean;
};

/**
 * A modal confirmation: focus moves into it, Tab stays inside, Esc cancels,
 * and focus goes back to where it was when it closes. The rest of the page is
 * inert meanwhile, so neither a pointer nor a screen reader's reading cursor
 * can reach behind it.
 */
export function ConfirmDialog({ title, children, cancelLabel, confirmLabel, onCancel, onConfirm, busy }: ConfirmDialogProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const [host] = useState(() => document.createElement('div'));

  useLayoutEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    document.body.append(host);
    const behind = [...document.body.children].filter((element) => element !== host && !element.hasAttribute('inert'));
    behind.forEach((element) => element.setAttribute('inert', ''));
    dialogRef.current?.querySelector<HTMLElement>('button')?.focus();
    return () => {
      behind.forEach((element) => element.removeAttribute('inert'));
      host.remove();
      opener?.focus();
    };
  }, [host]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Tab') {
      const buttons = [...(dialogRef.current?.querySelectorAll<HTMLElement>('button:not([disabled])') ?? [])];
      const first = buttons[0];
      const last = buttons.at(-1);
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    }
  };

  return createPortal(
    <div className="dialog-backdrop">
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- a modal dialog owns Esc and the Tab trap (WAI-ARIA dialog pattern) */}
      <div ref={dialogRef} role="dialog" aria-modal="true" aria-labelledby={titleId} className="dialog" onKeyDown={onKeyDown}>
        <h2 id={titleId}>{title}</h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
            {cancelLabel}
          </button>
          <button type="button" className="primary" onClick={onConfirm} disabled={busy}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>,
    host,
  );
}
