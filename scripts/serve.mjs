// `npm run serve [-- --db FILE --port N]`: build the renderer, then start browser mode.
import { npmRun } from './run.mjs';

npmRun('build:renderer');
npmRun('cli', ['serve', ...process.argv.slice(2)]);
