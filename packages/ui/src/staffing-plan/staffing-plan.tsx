/**
 * StaffingPlan — bemanningsplanen as a table: roles down, organisations across, the people in
 * each seat, and seats below their minimum shown as «VAKANT» (in text, not colour alone).
 */
import type { Role, StaffingPlan as StaffingPlanData } from '@samverkan/core';
import { roleDisplayName, type Locale } from '@samverkan/core/labels';
import { useLocale } from '../i18n/locale.js';
import { ScrollRegion } from '../scroll-region/scroll-region.js';

export interface StaffingPlanProps {
  plan: StaffingPlanData;
  /** The roles the plan refers to (a mandate's `roles`); in English by their English names where they have them. */
  roles: readonly (Pick<Role, 'id' | 'name'> & Partial<Pick<Role, 'kind' | 'englishName'>>)[];
  /** Names by id. */
  people?: Readonly<Record<string, string>>;
  organisations?: Readonly<Record<string, string>>;
  /** The table's caption; "Bemanningsplan" when omitted. */
  caption?: string;
  locale?: Locale;
}

const text = {
  caption: { sv: 'Bemanningsplan', en: 'Staffing plan' },
  role: { sv: 'Roll', en: 'Role' },
  organisation: { sv: 'Organisation', en: 'Organisation' },
  holders: { sv: 'Innehavare', en: 'Holders' },
  note: { sv: 'Anmärkning', en: 'Note' },
  vacant: { sv: 'VAKANT', en: 'VACANT' },
  vacancies: {
    sv: (n: number) => (n === 0 ? 'Inga vakanta platser.' : n === 1 ? '1 vakant plats.' : `${n} vakanta platser.`),
    en: (n: number) => (n === 0 ? 'No vacant seats.' : n === 1 ? '1 vacant seat.' : `${n} vacant seats.`),
  },
} as const;

export function StaffingPlan({ plan, roles, people = {}, organisations = {}, caption, locale: localeProp }: StaffingPlanProps) {
  const locale = useLocale(localeProp);
  const rows = plan.entries.map((entry, i) => ({ key: `${entry.roleId}|${entry.organisationId ?? ''}|${i}`, entry, vacant: entry.personIds.length < entry.min }));
  const vacantCount = rows.filter((r) => r.vacant).length;
  return (
    <section className="sv-staffing-plan">
      <ScrollRegion label={caption ?? text.caption[locale]} locale={locale}>
        <table className="sv-table sv-staffing-plan__table" aria-label={caption ?? text.caption[locale]} aria-describedby={undefined}>
          <thead>
<tr>
            <th scope="col" className="sv-table__column">
              {text.role[locale]}
            </th>
            <th scope="col" className="sv-table__column">{text.organisation[locale]}</th>
            <th scope="col" className="sv-table__column">{text.holders[locale]}</th>
            <th scope="col" className="sv-table__column">{text.note[locale]}</th>
          </tr>
</thead>
          <tbody>
{rows.map(({ key, entry, vacant }) => (
              <tr key={key} className="sv-table__row" data-vacant={vacant || undefined}>
                <th scope="row" className="sv-table__cell">{roleName(roles.find((r) => r.id === entry.roleId), locale) ?? entry.roleId}</th>
                <td className="sv-table__cell">{entry.organisationId ? (organisations[entry.organisationId] ?? entry.organisationId) : '–'}</td>
                <td className="sv-table__cell">
                  {entry.personIds.map((p) => people[p] ?? p).join(', ')}
                  {vacant ? (
                    <span className="sv-badge sv-staffing-plan__vacant" data-tone="danger">
                      {text.vacant[locale]}
                    </span>
                  ) : null}
                </td>
                <td className="sv-table__cell">{entry.note ?? ''}</td>
              </tr>
            ))}
</tbody>
        </table>
      </ScrollRegion>
      <p className="sv-staffing-plan__summary">
        {text.vacancies[locale](vacantCount)}
      </p>
    </section>
  );
}

/** A role's name in the reader's language: its English name where it has a kind to fall back on. */
function roleName(role: StaffingPlanProps['roles'][number] | undefined, locale: Locale): string | undefined {
  if (!role) return undefined;
  return role.kind ? roleDisplayName({ name: role.name, kind: role.kind, englishName: role.englishName }, locale) : role.name;
}
