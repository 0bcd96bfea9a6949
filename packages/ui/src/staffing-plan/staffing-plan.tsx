/**
 * StaffingPlan — bemanningsplanen as a table: roles down, organisations across, the people in
 * each seat, and seats below their minimum shown as «VAKANT» (in text, not colour alone).
 */
import type { Locale, Role, StaffingPlan as StaffingPlanData } from '@samverkan/core';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useLocale } from '../i18n/locale.js';
import { ScrollRegion } from '../scroll-region/scroll-region.js';

export interface StaffingPlanProps {
  plan: StaffingPlanData;
  /** The roles the plan refers to (a mandate's `roles`). */
  roles: readonly Pick<Role, 'id' | 'name'>[];
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
  vacancies: { sv: 'vakanta platser', en: 'vacant seats' },
} as const;

export function StaffingPlan({ plan, roles, people = {}, organisations = {}, caption, locale: localeProp }: StaffingPlanProps) {
  const locale = useLocale(localeProp);
  const rows = plan.entries.map((entry, i) => ({ key: `${entry.roleId}|${entry.organisationId ?? ''}|${i}`, entry, vacant: entry.personIds.length < entry.min }));
  const vacantCount = rows.filter((r) => r.vacant).length;
  return (
    <section className="sv-staffing-plan">
      <ScrollRegion label={caption ?? text.caption[locale]} locale={locale}>
        <Table className="sv-table sv-staffing-plan__table" aria-label={caption ?? text.caption[locale]} aria-describedby={undefined}>
          <TableHeader>
            <Column isRowHeader className="sv-table__column">
              {text.role[locale]}
            </Column>
            <Column className="sv-table__column">{text.organisation[locale]}</Column>
            <Column className="sv-table__column">{text.holders[locale]}</Column>
            <Column className="sv-table__column">{text.note[locale]}</Column>
          </TableHeader>
          <TableBody items={rows}>
            {({ key, entry, vacant }) => (
              <Row id={key} className="sv-table__row" data-vacant={vacant || undefined}>
                <Cell className="sv-table__cell">{roles.find((r) => r.id === entry.roleId)?.name ?? entry.roleId}</Cell>
                <Cell className="sv-table__cell">{entry.organisationId ? (organisations[entry.organisationId] ?? entry.organisationId) : '–'}</Cell>
                <Cell className="sv-table__cell">
                  {entry.personIds.map((p) => people[p] ?? p).join(', ')}
                  {vacant ? (
                    <span className="sv-badge sv-staffing-plan__vacant" data-tone="danger">
                      {text.vacant[locale]}
                    </span>
                  ) : null}
                </Cell>
                <Cell className="sv-table__cell">{entry.note ?? ''}</Cell>
              </Row>
            )}
          </TableBody>
        </Table>
      </ScrollRegion>
      <p className="sv-staffing-plan__summary">
        {vacantCount} {text.vacancies[locale]}
      </p>
    </section>
  );
}
