/** Side-navigation glyph of 数据导入: a sheet with an arrow coming in (same stroke style as NavIcon). */
export function ImportNavIcon() {
  return (
    <svg className="nav-icon" viewBox="0 0 20 20" aria-hidden="true">
      <g fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" strokeLinecap="round">
        <path d="M8 3.5h6.5l2.5 2.5v10.5H8" />
        <path d="M10.5 8h4M10.5 11h4M10.5 14h4" opacity="0.7" />
        <path d="M2.5 10.5h6M6 8l2.5 2.5L6 13" />
      </g>
    </svg>
  );
}
