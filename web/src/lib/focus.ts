/**
 * A ref that moves focus to what appears in place of the control just used
 * (the next step of a form, a result): otherwise focus falls to the page's
 * start and a screen reader says nothing of the change. The element needs
 * tabIndex={-1}.
 */
export const focusOnMount = (element: HTMLElement | null) => element?.focus();
