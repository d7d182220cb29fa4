/** Previous/next paging under a table, with the range shown. */
export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage(page: number): void }) {
  const first = page * pageSize + 1;
  const last = Math.min(total, (page + 1) * pageSize);
  return (
    <div className="pager">
      <span>
        第 {first}–{last} 条，共 {total} 条
      </span>
      <button type="button" className="btn btn-small" disabled={page === 0} onClick={() => onPage(page - 1)}>
        上一页
      </button>
      <button type="button" className="btn btn-small" disabled={last >= total} onClick={() => onPage(page + 1)}>
        下一页
      </button>
    </div>
  );
}
