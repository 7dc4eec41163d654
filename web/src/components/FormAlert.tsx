import type { ReactNode, Ref } from 'react';

/** A refusal from the server, announced to screen readers as it appears (and given focus, with `ref`). */
export function FormAlert({ children, id, ref }: { children: ReactNode; id?: string; ref?: Ref<HTMLDivElement> | undefined }) {
  return (
    <div className="form-alert" role="alert" id={id} ref={ref} tabIndex={ref ? -1 : undefined}>
      {children}
    </div>
  );
}
