/** A year without a policy row: the server's message, and the way to 政策标准 to add the year. */
export function MissingPolicy({ message, onOpenPolicy }: { message: string; onOpenPolicy(): void }) {
  return (
    <div className="missing-policy" role="alert">
      <p className="missing-policy-title">无法计算预警</p>
      <p className="missing-policy-text">{message}</p>
      <button type="button" className="btn btn-primary" onClick={onOpenPolicy}>
        前往政策标准
      </button>
    </div>
  );
}
