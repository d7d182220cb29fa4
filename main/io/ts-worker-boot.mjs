// Development and tests only: run a TypeScript worker entry through tsx. The bundled app starts
// its compiled worker (dist/main/read-worker.js) directly and never loads this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.tsEntry);
