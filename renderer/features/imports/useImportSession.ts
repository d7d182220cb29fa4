/**
 * One staged import, from the chosen file to the committed batch:
 *   choose → reading (file read, base64 in batches with %, server staging) → preview ⇄ mapping → done.
 *
 * The staged rows live on the server (imports.stage keeps the parsed workbook in a session); this
 * hook only holds its preview. The session id is kept in sessionStorage, so a clerk who looks at
 * 户信息 in between (the view unmounts) or reloads comes back to the same preview.
 *
 * 取消 while reading cannot stop a request already sent, so every start gets an attempt number: an
 * answer for an older attempt is dropped, and its server session is cancelled.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiInput, ApiOutput } from '../../../shared/api/contract';
import type { ImportPreview } from '../../../shared/api/imports-contract';
import { api, ApiCallError } from '../../api/client';
import type { MessageActions } from '../../hooks/useMessage';
import { encodeBase64 } from './base64';
import { downloadBase64File } from './download-file';
import { fileProblem } from './file-kinds';
import { needsMapping } from './preview-rules';

export type CommitResult = ApiOutput<'imports.commit'>;
export type RemapInput = Omit<ApiInput<'imports.remap'>, 'sessionId'>;

export type ImportStep =
  | { kind: 'choose' }
  | { kind: 'reading'; fileName: string; phase: 'read' | 'encode' | 'stage'; percent: number }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'mapping'; preview: ImportPreview; sheet: string }
  | { kind: 'done'; preview: ImportPreview; result: CommitResult };

export type ImportBusy = 'month' | 'remap' | 'commit' | 'receipt' | 'cancel' | null;

export interface ImportSession {
  step: ImportStep;
  busy: ImportBusy;
  /** Bumped on every new preview, so the change list reloads. */
  revision: number;
  start(file: File): void;
  cancelReading(): void;
  discard(): void;
  setMonth(month: string): void;
  openMapping(sheet: string): void;
  closeMapping(): void;
  remap(input: RemapInput): void;
  commit(acceptValid: boolean): void;
  downloadReceipt(): void;
  startOver(): void;
}

const SESSION_KEY = 'shoudi.import.session';

function reason(error: unknown, fallback: string): string {
  return error instanceof ApiCallError ? error.message : fallback;
}

function firstUnrecognised(preview: ImportPreview): string {
  return preview.sheets.find((s) => s.templateId === null)?.name ?? preview.sheets[0]?.name ?? '';
}

export function useImportSession(message: MessageActions, onLedgerChanged: () => void): ImportSession {
  const [step, setStep] = useState<ImportStep>({ kind: 'choose' });
  const [busy, setBusy] = useState<ImportBusy>(null);
  const [revision, setRevision] = useState(0);
  const attempt = useRef(0);
  const abort = useRef<AbortController | null>(null);
  const sessionId = step.kind === 'preview' || step.kind === 'mapping' || step.kind === 'done' ? step.preview.sessionId : null;

  const showPreview = useCallback((preview: ImportPreview) => {
    sessionStorage.setItem(SESSION_KEY, preview.sessionId);
    setRevision((r) => r + 1);
    setStep(needsMapping(preview) ? { kind: 'mapping', preview, sheet: firstUnrecognised(preview) } : { kind: 'preview', preview });
  }, []);

  const forget = useCallback(() => {
    sessionStorage.removeItem(SESSION_KEY);
    setStep({ kind: 'choose' });
  }, []);

  // Back to the preview left behind when the view was closed; an expired one is dropped quietly.
  useEffect(() => {
    const saved = sessionStorage.getItem(SESSION_KEY);
    if (saved === null) return undefined;
    let current = true;
    api
      .call('imports.preview', { sessionId: saved })
      .then((preview) => {
        if (current && attempt.current === 0) showPreview(preview);
      })
      .catch(() => {
        if (current) sessionStorage.removeItem(SESSION_KEY);
      });
    return () => {
      current = false;
    };
  }, [showPreview]);

  const start = useCallback(
    (file: File) => {
      const problem = fileProblem(file);
      if (problem !== null) {
        message.error(problem);
        return;
      }
      // A new file replaces a staged one that was not committed: its server session goes too.
      if (sessionId !== null && step.kind !== 'done') void api.call('imports.cancel', { sessionId }).catch(() => undefined);
      sessionStorage.removeItem(SESSION_KEY);
      const mine = ++attempt.current;
      const controller = new AbortController();
      abort.current = controller;
      const stillMine = () => attempt.current === mine;
      message.clear();
      setStep({ kind: 'reading', fileName: file.name, phase: 'read', percent: 0 });
      void (async () => {
        try {
          const bytes = new Uint8Array(await file.arrayBuffer());
          if (!stillMine()) return;
          const contentBase64 = await encodeBase64(bytes, {
            signal: controller.signal,
            onProgress: (fraction) => {
              if (stillMine()) setStep({ kind: 'reading', fileName: file.name, phase: 'encode', percent: Math.round(fraction * 100) });
            },
          });
          if (!stillMine()) return;
          setStep({ kind: 'reading', fileName: file.name, phase: 'stage', percent: 100 });
          const preview = await api.call('imports.stage', { fileName: file.name, contentBase64 });
          if (!stillMine()) {
            void api.call('imports.cancel', { sessionId: preview.sessionId }).catch(() => undefined);
            return;
          }
          showPreview(preview);
        } catch (error) {
          if (!stillMine()) return;
          setStep({ kind: 'choose' });
          message.error(reason(error, `读取“${file.name}”失败，请确认文件没有损坏后重试`));
        }
      })();
    },
    [message, sessionId, showPreview, step.kind],
  );

  const cancelReading = useCallback(() => {
    attempt.current++;
    abort.current?.abort();
    setStep({ kind: 'choose' });
    message.info('已取消导入，台账没有任何改动');
  }, [message]);

  /** Runs one call on the current session; its answer replaces the preview unless told otherwise. */
  const run = useCallback(
    <T,>(kind: Exclude<ImportBusy, null>, call: (id: string) => Promise<T>, onDone: (value: T) => void, fallback: string) => {
      if (sessionId === null) return;
      setBusy(kind);
      call(sessionId)
        .then((value) => {
          setBusy(null);
          onDone(value);
        })
        .catch((error: unknown) => {
          setBusy(null);
          // A preview left open for hours outlives its server session: nothing is left to act on.
          if (error instanceof ApiCallError && error.code === 'import.session-expired') forget();
          message.error(reason(error, fallback));
        });
    },
    [forget, message, sessionId],
  );

  const discard = useCallback(() => {
    const dropped = () => {
      forget();
      message.info('已取消这个文件的导入，台账没有任何改动');
    };
    if (sessionId === null) return dropped();
    run('cancel', (id) => api.call('imports.cancel', { sessionId: id }), dropped, '取消没有完成，请重试');
  }, [forget, message, run, sessionId]);

  const setMonth = useCallback(
    (month: string) => run('month', (id) => api.call('imports.setMonth', { sessionId: id, reportMonth: month }), showPreview, '报送月份没有改成，请重试'),
    [run, showPreview],
  );

  const remap = useCallback(
    (input: RemapInput) => run('remap', (id) => api.call('imports.remap', { ...input, sessionId: id }), showPreview, '列对应没有应用，请重试'),
    [run, showPreview],
  );

  const commit = useCallback(
    (acceptValid: boolean) => {
      if (step.kind !== 'preview') return;
      const { preview } = step;
      run(
        'commit',
        (id) => api.call('imports.commit', { sessionId: id, acceptValid }),
        (result) => {
          sessionStorage.removeItem(SESSION_KEY);
          setStep({ kind: 'done', preview, result });
          message.success(`已导入“${preview.fileName}”（第 ${result.batchId} 批）`);
          onLedgerChanged();
        },
        '导入没有完成，台账未改动，请重试',
      );
    },
    [message, onLedgerChanged, run, step],
  );

  const downloadReceipt = useCallback(
    () =>
      run(
        'receipt',
        (id) => api.call('imports.receipt', { sessionId: id }),
        (receipt) => {
          downloadBase64File(receipt.fileName, receipt.contentBase64);
          message.success(`已生成错误回执“${receipt.fileName}”（${receipt.rows} 行需更正）`);
        },
        '错误回执没有生成，请重试',
      ),
    [message, run],
  );

  const openMapping = useCallback((sheet: string) => setStep((s) => (s.kind === 'preview' ? { kind: 'mapping', preview: s.preview, sheet } : s)), []);
  const closeMapping = useCallback(() => setStep((s) => (s.kind === 'mapping' ? { kind: 'preview', preview: s.preview } : s)), []);

  return { step, busy, revision, start, cancelReading, discard, setMonth, openMapping, closeMapping, remap, commit, downloadReceipt, startOver: forget };
}
