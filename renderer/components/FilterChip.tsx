/** The filter a view was opened with (from a dashboard chart), named in Chinese, with 清除筛选. */
export function FilterChip({ label, onClear }: { label: string; onClear(): void }) {
  return (
    <span className="filter-chip" role="status" aria-label="当前筛选">
      <span className="filter-chip-label">筛选：{label}</span>
      <button type="button" className="filter-chip-clear" onClick={onClear}>
        清除筛选
      </button>
    </span>
  );
}
