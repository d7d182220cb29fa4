/**
 * Renderer entry: registers the grid modules once, then mounts the app — behind the unlock
 * screen when the ledger has a password.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { UnlockGate } from './features/safety/UnlockGate';
import { registerGridModules } from './grid/grid-modules';
import './styles.css';

registerGridModules();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <UnlockGate>
      <App />
    </UnlockGate>
  </StrictMode>,
);
