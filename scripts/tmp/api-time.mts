import { openService } from '../../main/service';
const path = process.argv[2]!;
let t = performance.now();
const s = await openService(path, { dailyBackup: false, actor: 'bench' });
console.log('open', Math.round(performance.now() - t));
const calls: [string, unknown][] = JSON.parse(process.argv[3] ?? '[]');
for (const [method, input] of calls) {
  t = performance.now();
  const out = await s.dispatch(method, input);
  const json = JSON.stringify(out);
  console.log(method, JSON.stringify(input).slice(0, 120), Math.round(performance.now() - t), 'ms', json.length, 'bytes');
}
console.log('rss', Math.round(process.memoryUsage().rss / 1e6));
s.close();
