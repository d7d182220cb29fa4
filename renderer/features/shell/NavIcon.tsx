import type { ViewEntry } from './views';

/** Line icons drawn inline, so no icon font can turn into boxes on a machine without it. */
export function NavIcon({ icon }: { icon: Exclude<ViewEntry['icon'], 'import'> }) {
  return (
    <svg className="nav-icon" viewBox="0 0 20 20" aria-hidden="true">
      <g fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" strokeLinecap="round">
        {icon === 'home' && (
          <>
            <rect x="3" y="3" width="6" height="6" rx="1" />
            <rect x="11" y="3" width="6" height="4" rx="1" />
            <rect x="11" y="9" width="6" height="8" rx="1" />
            <rect x="3" y="11" width="6" height="6" rx="1" />
          </>
        )}
        {icon === 'household' && <path d="M3 9.5 10 3.5l7 6M5 8v8.5h10V8M8.5 16.5v-5h3v5" />}
        {icon === 'people' && (
          <>
            <circle cx="7.5" cy="7" r="2.6" />
            <path d="M2.8 16.5c.4-2.9 2.3-4.6 4.7-4.6s4.3 1.7 4.7 4.6" />
            <circle cx="13.8" cy="7.6" r="2.1" />
            <path d="M13.2 11.9c2.2-.2 3.7 1.3 4.1 3.9" />
          </>
        )}
        {icon === 'income' && (
          <>
            <rect x="3" y="4" width="14" height="12.5" rx="1.2" />
            <path d="M3 8h14M8 8v8.5" />
            <path d="M10.5 11h4M10.5 13.8h4" opacity="0.7" />
          </>
        )}
        {icon === 'warning' && (
          <>
            <path d="M10 3.2 17.5 16.5h-15z" />
            <path d="M10 8.2v4" />
            <circle cx="10" cy="14.3" r="0.35" fill="currentColor" />
          </>
        )}
        {icon === 'check' && (
          <>
            <circle cx="8.8" cy="8.8" r="5" />
            <path d="M12.5 12.5 17 17M6.6 8.9l1.6 1.6 2.9-3.1" />
          </>
        )}
        {icon === 'backup' && (
          <>
            <ellipse cx="10" cy="5" rx="6" ry="2.2" />
            <path d="M4 5v10c0 1.2 2.7 2.2 6 2.2s6-1 6-2.2V5" />
            <path d="M4 10c0 1.2 2.7 2.2 6 2.2s6-1 6-2.2" opacity="0.7" />
          </>
        )}
        {icon === 'settings' && (
          <>
            <circle cx="10" cy="10" r="2.4" />
            <path d="M10 2.8v2.1M10 15.1v2.1M2.8 10h2.1M15.1 10h2.1M4.9 4.9l1.5 1.5M13.6 13.6l1.5 1.5M4.9 15.1l1.5-1.5M13.6 6.4l1.5-1.5" />
          </>
        )}
        {icon === 'help' && (
          <>
            <circle cx="10" cy="10" r="7" />
            <path d="M7.9 8a2.2 2.2 0 1 1 3 2c-.6.3-.9.7-.9 1.3v.5" />
            <circle cx="10" cy="14.3" r="0.35" fill="currentColor" />
          </>
        )}
        {icon === 'work' && (
          <>
            <rect x="3" y="7" width="14" height="9.5" rx="1.2" />
            <path d="M7.5 7V5h5v2M3 11.5h14" />
          </>
        )}
        {icon === 'return' && <path d="M16.5 10H5M8.5 6 4.5 10l4 4M16.5 4.5v11" />}
        {icon === 'service' && (
          <>
            <circle cx="10" cy="6.5" r="2.8" />
            <path d="M4.5 16.5c.5-3 2.6-4.8 5.5-4.8s5 1.8 5.5 4.8M13.5 9.5l1.6 1.6 2.6-2.8" />
          </>
        )}
        {icon === 'policy' && (
          <>
            <path d="M5 3.5h7.5L15 6v10.5H5z" />
            <path d="M7.5 8h5M7.5 10.7h5M7.5 13.4h3" opacity="0.7" />
          </>
        )}
      </g>
    </svg>
  );
}
