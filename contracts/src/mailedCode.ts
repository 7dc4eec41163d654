import { CODE_DIGITS } from './limits.ts';

/**
 * A Japanese IME often types full-width digits (０-９), and a pasted code may
 * carry spaces; both mean the same 6 half-width digits to the job seeker.
 */
export function normalizeMailedCode(input: string): string {
  return input.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000-]/g, '');
}

export const mailedCodePattern = new RegExp(`^\\d{${CODE_DIGITS}}$`);
