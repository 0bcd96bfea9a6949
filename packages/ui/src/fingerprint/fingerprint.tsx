/**
 * Fingerprint — the SHA-256 fingerprint (*fingeravtryck*) of a public record, shown where the
 * record is shown: an approved mandate version, published minutes. All 64 hex digits are shown
 * (a reader compares them with `recordFingerprint` of a printed or exported copy); one click
 * selects the whole value for copying.
 */
import type { Locale } from '@samverkan/core';
import { useLocale } from '../i18n/locale.js';

export interface FingerprintProps {
  /** The fingerprint: 64 lowercase hex digits, as core records it. */
  value: string;
  /** The version of the record it is the fingerprint of, where a record has versions (a mandate). */
  version?: string;
  locale?: Locale;
}

const label = { sv: 'Fingeravtryck (SHA-256)', en: 'Fingerprint (SHA-256)' } as const;
const ofVersion = { sv: 'för version', en: 'of version' } as const;

export function Fingerprint({ value, version, locale: localeProp }: FingerprintProps) {
  const locale = useLocale(localeProp);
  return (
    <p className="sv-fingerprint">
      <span className="sv-fingerprint__label">
        {label[locale]}
        {version ? ` ${ofVersion[locale]} ${version}` : ''}:
      </span>{' '}
      <code className="sv-fingerprint__value">{value}</code>
    </p>
  );
}
