import { openLedger } from '../../main/db/open';
import { listSql } from '../../main/db/list-query';
import { MEMBER_SOURCE } from '../../main/db/members';
const { db } = await openLedger('/work/big/trace-copy.db');
const queries = [{ includeRemoved: false, sort: [] }, { includeRemoved: false, sort: [{ colId: 'name', sort: 'asc' }] }, { includeRemoved: false, sort: [], filters: { relation: { filterType: 'text', type: 'equals', filter: '之孙女' } } }];
for (let pass = 0; pass < 2; pass++) for (const q of queries as any[]) {
  const sql = listSql(MEMBER_SOURCE, q);
  let t = performance.now();
  const rows = db.prepare(sql.rows).all(...sql.params, 100, 0);
  const tr = performance.now() - t; t = performance.now();
  const n = db.prepare(sql.count).get(...sql.countParams);
  const tc = performance.now() - t;
  console.log(JSON.stringify(q).slice(0, 80), 'rows', Math.round(tr), 'count', Math.round(tc), (n as any).n);
  if (pass === 1) console.log(sql.count);
}
