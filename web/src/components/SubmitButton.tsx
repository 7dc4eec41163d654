/** A form's primary button: disabled and saying so while its request is on its way. */
export function SubmitButton({ label, pending, pendingLabel = '送信中…' }: { label: string; pending: boolean; pendingLabel?: string }) {
  return (
    <button type="submit" className="primary" disabled={pending}>
      {pending ? pendingLabel : label}
    </button>
  );
}
