import type { ReactNode } from 'react';

/** A refusal from the server, announced to screen readers as it appears. */
export function FormAlert({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div className="form-alert" role="alert" id={id}>
      {children}
    </div>
  );
}
