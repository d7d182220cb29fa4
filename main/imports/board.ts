/**
 * The village submission board: for a month, each village of the ledger with the first committed
 * (not undone) return that carried its rows — on time (by the deadline day), late, or missing.
 */
import { localIsoDate } from '../../shared/domain/periods';
import { monthlyDeadline } from '../../shared/domain/policy';
import type { Db } from '../db/open';

export interface BoardRow {
  village: string;
  status: 'on-time' | 'late' | 'missing';
  submittedAt: string | null;
  batchId: number | null;
}

export function submissionBoard(db: Db, month: string): { month: string; deadline: string; villages: BoardRow[] } {
  const deadline = monthlyDeadline(month);
  const rows = db
    .prepare(
      `SELECT v.name AS village,
              (SELECT b.id FROM import_batch_villages bv JOIN import_batches b ON b.id = bv.batch_id
                WHERE bv.village_id = v.id AND b.report_month = ? AND b.status = 'committed' ORDER BY b.created_at LIMIT 1) AS batchId
       FROM admin_units v WHERE v.level = 'village' ORDER BY v.name`,
    )
    .all(month) as { village: string; batchId: number | null }[];
  const createdAt = db.prepare('SELECT created_at AS at FROM import_batches WHERE id = ?');
  return {
    month,
    deadline,
    villages: rows.map((r) => {
      if (r.batchId === null) return { village: r.village, status: 'missing', submittedAt: null, batchId: null };
      const at = (createdAt.get(r.batchId) as { at: string }).at;
      return { village: r.village, status: localIsoDate(new Date(at)) <= deadline ? 'on-time' : 'late', submittedAt: at, batchId: r.batchId };
    }),
  };
}
