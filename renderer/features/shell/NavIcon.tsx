import type { ViewEntry } from './views';

/** Line icons drawn inline, so no icon font can turn into boxes on a machine without it. */
export function NavIcon({ icon }: { icon: ViewEntry['icon'] }) {
  return (
    <svg className="nav-icon" viewBox="0 0 20 20" aria-hidden="true">
      {icon === 'household' ? (
        <path d="M3 9.5 10 3.5l7 6M5 8v8.5h10V8M8.5 16.5v-5h3v5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      ) : (
        <g fill="none" stroke="currentColor" strokeWidth="1.5">
          <circle cx="7.5" cy="7" r="2.6" />
          <path d="M2.8 16.5c.4-2.9 2.3-4.6 4.7-4.6s4.3 1.7 4.7 4.6" strokeLinecap="round" />
          <circle cx="13.8" cy="7.6" r="2.1" />
          <path d="M13.2 11.9c2.2-.2 3.7 1.3 4.1 3.9" strokeLinecap="round" />
        </g>
      )}
    </svg>
  );
}
