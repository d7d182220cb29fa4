import type { FieldSpec } from '../../shared/domain/records';
import { useSettings } from '../features/settings/settings-store';
import { maskFieldText } from '../grid/mask-numbers';

/** An ID or phone number outside the grid (detail pane): masked unless the clerk's setting shows it. */
export function SensitiveText({ kind, text }: { kind: FieldSpec['kind']; text: string }) {
  const { showFullNumbers } = useSettings();
  return <>{showFullNumbers ? text : maskFieldText(kind, text)}</>;
}
