/**
 * The filtered warnings, a page at a time: a town's month can hold hundreds (every household
 * without income data is one), and a page of cards keeps the view quick to scroll and print.
 */
import { useState } from 'react';
import { Pager } from '../imports/Pager';
import { warningKey, type WarningItem } from './warning-filter';
import { WarningCard } from './WarningCard';

export const WARNINGS_PER_PAGE = 100;

export interface WarningListProps {
  warnings: readonly WarningItem[];
  /** Changes whenever the filter or period does, so paging starts again at the first page. */
  listKey: string;
  onOpen(w: WarningItem): void;
}

export function WarningList({ warnings, listKey, onOpen }: WarningListProps) {
  const [paging, setPaging] = useState({ key: listKey, page: 0 });
  const page = paging.key === listKey ? paging.page : 0;
  if (warnings.length === 0) return <p className="warnings-empty">没有符合条件的预警。</p>;
  const shown = warnings.slice(page * WARNINGS_PER_PAGE, (page + 1) * WARNINGS_PER_PAGE);
  return (
    <>
      <ol className="warning-list" aria-label="预警列表">
        {shown.map((w) => (
          <WarningCard key={warningKey(w)} warning={w} onOpen={onOpen} />
        ))}
      </ol>
      {warnings.length > WARNINGS_PER_PAGE && <Pager page={page} pageSize={WARNINGS_PER_PAGE} total={warnings.length} onPage={(next) => setPaging({ key: listKey, page: next })} />}
    </>
  );
}
