/** What the import would do, in big numbers a clerk can read from across the desk. */
import type { ImportPreview } from '../../../shared/api/imports-contract';

type CountKey = keyof ImportPreview['counts'];

const TILES: { key: CountKey; label: string; tone?: 'new' | 'changed' | 'error' }[] = [
  { key: 'read', label: '读取' },
  { key: 'inserted', label: '新增', tone: 'new' },
  { key: 'updated', label: '更新', tone: 'changed' },
  { key: 'unchanged', label: '未变' },
  { key: 'rejected', label: '有错误', tone: 'error' },
];

export function CountTiles({ preview }: { preview: ImportPreview }) {
  const { counts, households } = preview;
  return (
    <div className="count-block">
      <dl className="count-tiles" aria-label="导入统计">
        {TILES.map((tile) => {
          const value = counts[tile.key];
          // Colour only a count that is not zero: a green or red 0 would draw the eye for nothing.
          const tone = value === 0 ? undefined : tile.tone;
          return (
            <div key={tile.key} className={`count-tile${tone ? ` tone-${tone}` : ''}`} aria-label={`${tile.label} ${value} 行`}>
              <dt>{tile.label}</dt>
              <dd>
                <span className="count-value">{value}</span>
                <span className="count-unit">行</span>
              </dd>
            </div>
          );
        })}
      </dl>
      <ul className="count-facts">
        <li>
          涉及 <strong>{households.new + households.changed + households.unchanged}</strong> 户：新户 <strong>{households.new}</strong> 户 · 有变化{' '}
          <strong>{households.changed}</strong> 户 · 无变化 {households.unchanged} 户
        </li>
        {preview.missingMembers > 0 && (
          <li className="count-fact-attention">
            文件中未列出的在户成员 <strong>{preview.missingMembers}</strong> 人（不会删除）
          </li>
        )}
      </ul>
    </div>
  );
}
