/** A dialog's refusal from the server, announced to screen readers. */
export function FormError({ text }: { text: string | null }) {
  if (text === null) return null;
  return (
    <div className="form-error" role="alert">
      {text}
    </div>
  );
}
