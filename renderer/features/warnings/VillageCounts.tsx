/** Warnings per village; a row click shows that village only, 全部村 shows every village again. */
export interface VillageCountsProps {
  villages: readonly { village: string; count: number }[];
  active: string | null;
  onPick(village: string | null): void;
}

export function VillageCounts({ villages, active, onPick }: VillageCountsProps) {
  const total = villages.reduce((sum, v) => sum + v.count, 0);
  const row = (village: string | null, label: string, count: number) => (
    <tr key={village ?? ''} className={active === village ? 'active' : undefined} aria-selected={active === village}>
      <td>
        <button type="button" className="village-pick" onClick={() => onPick(village)}>
          {label}
        </button>
      </td>
      <td className="num">{count}</td>
    </tr>
  );
  return (
    <table className="mini-table village-counts" aria-label="各村预警条数">
      <thead>
        <tr>
          <th>村</th>
          <th className="num">条数</th>
        </tr>
      </thead>
      <tbody>
        {row(null, '全部村', total)}
        {villages.map((v) => row(v.village, v.village, v.count))}
      </tbody>
    </table>
  );
}
