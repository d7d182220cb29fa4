import { ImportNavIcon } from '../imports/ImportNavIcon';
import { NavIcon } from './NavIcon';
import { VIEW_SECTIONS, type ViewId } from './views';

/** Left navigation between the ledger's views. */
export function SideNav({ active, onChange }: { active: ViewId; onChange(view: ViewId): void }) {
  return (
    <nav className="side-nav" aria-label="台账导航">
      {VIEW_SECTIONS.map((section) => (
        <div key={section.title} className="nav-section">
          <div className="nav-section-title">{section.title}</div>
          <ul>
            {section.views.map((view) => (
              <li key={view.id}>
                <button
                  type="button"
                  className={`nav-item${view.id === active ? ' active' : ''}`}
                  aria-current={view.id === active ? 'page' : undefined}
                  onClick={() => onChange(view.id)}
                >
                  {view.icon === 'import' ? <ImportNavIcon /> : <NavIcon icon={view.icon} />}
                  <span>{view.label}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
