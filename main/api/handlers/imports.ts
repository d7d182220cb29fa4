import { ApiError } from '../../../shared/api/errors';
import { backupDirFor, createBackup, rotateWithSettings } from '../../backup/backups';
import { readProfile } from '../../db/profile';
import { submissionBoard } from '../../imports/board';
import { commitImport, countOutcomes, rowsRejected } from '../../imports/commit';
import { buildPreview, planStaged } from '../../imports/preview';
import { buildReceipt } from '../../imports/receipt';
import type { ImportSession } from '../../imports/sessions';
import { remapSheet, stageWorkbook, withReportMonth } from '../../imports/stage';
import { getBatch, listBatches, undoBatch } from '../../imports/undo';
import { readWorkbookInWorker } from '../../io/read-in-worker';
import type { HandlerContext } from '../context';
import type { HandlerMap } from '../dispatch';

/** Largest workbook accepted through the API (base64 inflates it by a third on the wire). */
export const MAX_UPLOAD_BYTES = 60 * 1024 * 1024;

function replan(session: ImportSession, ctx: HandlerContext) {
  session.plan = planStaged(ctx.db, session.staged);
  session.changes = session.plan.changes;
  return buildPreview(session.staged, session.plan);
}

function openSession(ctx: HandlerContext, sessionId: string): ImportSession {
  const session = ctx.imports.get(sessionId);
  if (session.committedBatchId !== null) {
    throw new ApiError('import.already-committed', `这个文件已经导入（第 ${session.committedBatchId} 批），如需重新导入请重新选择文件`);
  }
  return session;
}

export const importHandlers: Pick<
  HandlerMap,
  'imports.stage' | 'imports.preview' | 'imports.changes' | 'imports.remap' | 'imports.setMonth' | 'imports.commit' | 'imports.cancel' | 'imports.receipt' | 'imports.list' | 'imports.undo' | 'imports.board'
> = {
  'imports.stage': async ({ fileName, contentBase64, reportMonth, sessionId }, ctx) => {
    const bytes = Buffer.from(contentBase64, 'base64');
    if (bytes.length > MAX_UPLOAD_BYTES) throw new ApiError('import.too-large', `文件“${fileName}”超过 60 MB，请拆分后再导入`);
    const id = sessionId ?? crypto.randomUUID();
    let workbook;
    try {
      workbook = await readWorkbookInWorker({ bytes, fileName }, ctx.imports.startReading(id));
    } finally {
      ctx.imports.doneReading(id);
    }
    const staged = stageWorkbook(ctx.db, id, workbook, { reportMonth: reportMonth ?? null });
    return replan(ctx.imports.put(staged), ctx);
  },
  'imports.preview': ({ sessionId }, ctx) => replan(openSession(ctx, sessionId), ctx),
  'imports.changes': ({ sessionId, offset, limit, kind }, ctx) => {
    const session = ctx.imports.get(sessionId);
    if (!session.changes) replan(session, ctx);
    const all = (session.changes ?? []).filter((c) => kind === undefined || c.kind === kind);
    return { rows: all.slice(offset, offset + limit), total: all.length };
  },
  'imports.remap': ({ sessionId, sheet, templateId, headerRow, mapping }, ctx) => {
    const session = openSession(ctx, sessionId);
    const parsed = Object.fromEntries(Object.entries(mapping).map(([k, v]) => [Number(k), v]));
    session.staged = remapSheet(ctx.db, session.staged, { sheet, templateId, headerRow: headerRow - 1, mapping: parsed });
    return replan(session, ctx);
  },
  'imports.setMonth': ({ sessionId, reportMonth }, ctx) => {
    const session = openSession(ctx, sessionId);
    session.staged = withReportMonth(session.staged, reportMonth);
    return replan(session, ctx);
  },
  'imports.commit': async ({ sessionId, acceptValid }, ctx) => {
    const session = openSession(ctx, sessionId);
    if (!session.staged.templateId) throw new ApiError('import.no-template', '没有识别出可导入的工作表：请先为工作表指定模板和列');
    // Refuse a file with rejected rows before spending a backup on it (the commit checks again).
    const known = session.plan ? countOutcomes(session.plan.outcomes.values()) : null;
    if (known && known.rejected > 0 && !acceptValid) {
      throw rowsRejected(known);
    }
    // A copy of the ledger as it was, before every import (undo is the first line, this the second).
    await createBackup(ctx.db, backupDirFor(ctx.ledgerPath), '导入前');
    rotateWithSettings(ctx.db, backupDirFor(ctx.ledgerPath));
    const result = commitImport(ctx.db, session.staged, { acceptValid, actor: ctx.actor }, session.plan);
    session.committedBatchId = result.batchId;
    return result;
  },
  'imports.cancel': ({ sessionId }, ctx) => ({ cancelled: ctx.imports.delete(sessionId) }),
  'imports.receipt': async ({ sessionId }, ctx) => {
    const session = ctx.imports.get(sessionId);
    const plan = session.plan ?? planStaged(ctx.db, session.staged);
    const receipt = await buildReceipt(session.staged, plan, readProfile(ctx.db));
    return { fileName: receipt.fileName, contentBase64: receipt.bytes.toString('base64'), rows: receipt.rows };
  },
  'imports.list': ({ limit }, { db }) => listBatches(db, limit),
  'imports.undo': ({ batchId }, { db, actor }) => {
    if (!getBatch(db, batchId)) throw new ApiError('import.batch-not-found', `找不到第 ${batchId} 批导入`);
    return undoBatch(db, batchId, actor);
  },
  'imports.board': ({ month }, { db }) => submissionBoard(db, month),
};
