import { formatFieldValue } from '../../shared/domain/field-values';
import type { FieldSpec, FieldValue } from '../../shared/domain/records';
import { SensitiveText } from './SensitiveText';

/** All fields of one record as label/value pairs, in field-spec order; IDs and phones masked. */
export function RecordFields({ fields, record }: { fields: readonly FieldSpec[]; record: object }) {
  const values = record as Record<string, FieldValue | undefined>;
  return (
    <dl className="record-fields">
      {fields.map((spec) => {
        const text = formatFieldValue(values[spec.key]);
        return (
          <div key={spec.key} className="record-field">
            <dt>{spec.label}</dt>
            <dd className={text === '' ? 'is-empty' : undefined}>{text === '' ? '—' : <SensitiveText kind={spec.kind} text={text} />}</dd>
          </div>
        );
      })}
    </dl>
  );
}
