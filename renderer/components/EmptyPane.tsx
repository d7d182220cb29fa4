/** What the detail pane shows before a row is chosen: what it will show, and how to edit. */
export function EmptyPane({ title, lines }: { title: string; lines: string[] }) {
  return (
    <div className="empty-pane">
      <svg className="empty-icon" viewBox="0 0 40 40" aria-hidden="true">
        <rect x="6" y="8" width="28" height="24" rx="2" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M6 15h28M15 15v17" stroke="currentColor" strokeWidth="1.6" />
      </svg>
      <p className="empty-title">{title}</p>
      {lines.map((line) => (
        <p key={line} className="empty-line">
          {line}
        </p>
      ))}
    </div>
  );
}
