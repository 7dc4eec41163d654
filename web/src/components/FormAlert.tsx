import type { ReactNode } from 'react';

/** A refusal from the server, announced to screen readers as it appears. */
export function FormAlert({ children }: { children: ReactNode }) {
  return (
    <div className="form-alert" role="alert">
      {children}
    </div>
  );
}
