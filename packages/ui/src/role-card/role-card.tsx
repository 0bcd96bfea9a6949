/**
 * RoleCard — one role as the mandate's appendix writes it: purpose, responsibilities
 * (ansvar), authorities (befogenheter — what the role may decide, which are the permissions
 * core checks) and competence requirements, with who holds it.
 */
import type { Role } from '@samverkan/core';
import { authorityLabels, roleDisplayName, roleKindLabel, textFor, type Locale } from '@samverkan/core/labels';
import { useId } from 'react';
import { useLocale } from '../i18n/locale.js';
import { Markdown } from '../markdown/markdown.js';

export interface RoleCardProps {
  role: Role;
  /** The people who hold it (names). */
  holders?: readonly string[];
  /** Number of seats of this role that are vacant. */
  vacancies?: number;
  locale?: Locale;
}

const text = {
  purpose: { sv: 'Syfte', en: 'Purpose' },
  responsibilities: { sv: 'Ansvar', en: 'Responsibilities' },
  authorities: { sv: 'Befogenheter', en: 'Authorities' },
  competence: { sv: 'Kompetenskrav', en: 'Competence requirements' },
  holders: { sv: 'Innehas av', en: 'Held by' },
  vacant: { sv: (n: number) => (n === 1 ? '1 vakant plats' : `${n} vakanta platser`), en: (n: number) => (n === 1 ? '1 vacant seat' : `${n} vacant seats`) },
} as const;

export function RoleCard({ role, holders = [], vacancies = 0, locale: localeProp }: RoleCardProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const list = (key: string, title: string, items: readonly string[]) =>
    items.length === 0 ? null : (
      <section className="sv-role-card__section" aria-labelledby={`${id}-${key}`}>
        <h4 className="sv-role-card__section-title" id={`${id}-${key}`}>
          {title}
        </h4>
        <ul className="sv-role-card__list">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
    );
  return (
    <article className="sv-role-card" aria-labelledby={`${id}-name`} data-kind={role.kind}>
      <h3 className="sv-role-card__name" id={`${id}-name`}>
        {roleDisplayName(role, locale)}
      </h3>
      <p className="sv-role-card__kind">{textFor(roleKindLabel(role.kind), locale)}</p>
      <p className="sv-role-card__holders">
        {text.holders[locale]}: {holders.length > 0 ? holders.join(', ') : '–'}
        {vacancies > 0 ? (
          <span className="sv-badge" data-tone="danger">
            {text.vacant[locale](vacancies)}
          </span>
        ) : null}
      </p>
      {role.purpose ? (
        <section className="sv-role-card__section" aria-labelledby={`${id}-purpose`}>
          <h4 className="sv-role-card__section-title" id={`${id}-purpose`}>
            {text.purpose[locale]}
          </h4>
          <Markdown source={role.purpose} headingOffset={4} />
        </section>
      ) : null}
      {list('resp', text.responsibilities[locale], role.responsibilities)}
      {list('auth', text.authorities[locale], role.authorities.map((a) => authorityLabels[a][locale]))}
      {list('comp', text.competence[locale], role.competenceRequirements)}
    </article>
  );
}
