/**
 * The print view of a grid (browser mode and Electron alike: window.print()): every row of the view
 * as shown — read by the view's query, not only the loaded rows — in one plain table, A4
 * landscape. The title sits in the table head, which the browser repeats on every page with the
 * column headers; page numbers come from the @page footer (styles/grid-print.css). While it is
 * mounted, body.printing hides the app from the printout.
 */
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';

export interface PrintJob {
  title: string;
  note: string;
  headers: string[];
  rows: string[][];
}

/** Printable width of A4 landscape with 10 mm margins, in CSS pixels (96 per inch). */
const PAGE_WIDTH_PX = ((297 - 20) / 25.4) * 96;
/** Below this the text gets too small to read; wider tables wrap their cells instead. */
const MIN_ZOOM = 0.7;

export function GridPrintView({ job, onDone }: { job: PrintJob; onDone(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Measured off screen at its natural width: a wide view is scaled to the page width.
    const table = ref.current?.querySelector('table');
    if (ref.current && table) {
      const zoom = Math.max(MIN_ZOOM, Math.min(1, PAGE_WIDTH_PX / table.scrollWidth));
      ref.current.style.setProperty('--print-zoom', zoom.toFixed(3));
    }
    document.body.classList.add('printing');
    const done = () => onDone();
    window.addEventListener('afterprint', done);
    // Let the table render before the print dialog takes its snapshot.
    const timer = setTimeout(() => window.print(), 50);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('afterprint', done);
      document.body.classList.remove('printing');
    };
  }, [onDone]);

  return createPortal(
    <div className="print-view" aria-hidden="true" ref={ref}>
      <table>
        <thead>
          <tr className="print-title-row">
            <th colSpan={job.headers.length}>
              <span className="print-title">{job.title}</span>
              <span className="print-note">{job.note}</span>
            </th>
          </tr>
          <tr>
            {job.headers.map((h, i) => (
              <th key={i}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {job.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>,
    document.body,
  );
}
