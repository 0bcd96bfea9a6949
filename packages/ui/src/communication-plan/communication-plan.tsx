/**
 * CommunicationPlan — kommunikationsplanen: who the plan speaks to (target groups), through
 * which channels, with which message, what they should know, feel and do, and the activity
 * plan — what, when, who is responsible and where — with the contacts and the rule for when
 * the plan is revised. The plan is the dataset's, read through `useCommunicationPlans`;
 * labels of audiences and revision rules are core's.
 */
import type { CommunicationActivity, CommunicationPlan as CommunicationPlanData, CommunicationPlanVersion } from '@samverkan/core';
import { communicationAudienceLabels, communicationRevisionTriggerLabels, type CommunicationAudience, type Locale } from '@samverkan/core/labels';
import { useId } from 'react';
import { formatDate } from '../i18n/format.js';
import { useLocale } from '../i18n/locale.js';
import { ScrollRegion } from '../scroll-region/scroll-region.js';

export interface CommunicationPlanProps {
  /** The plan; the empty state when there is none. */
  plan: CommunicationPlanData | undefined;
  /** The plan's current version (core's `currentCommunicationPlanVersion`). */
  current?: CommunicationPlanVersion;
  /** Contacts with their names. */
  contacts?: readonly { role: string; personId: string; name: string }[];
  /** The activities in the order to show; the plan's own order when omitted. */
  activities?: readonly CommunicationActivity[];
  /** Today's calendar day: dated activities before it are marked as passed. */
  today?: string;
  locale?: Locale;
}

const text = {
  empty: { sv: 'Det finns ingen kommunikationsplan för uppdraget.', en: 'The assignment has no communication plan.' },
  version: { sv: (v: string, d: string) => `Version ${v}, ${d}`, en: (v: string, d: string) => `Version ${v}, ${d}` },
  message: { sv: 'Budskap', en: 'Key message' },
  purpose: { sv: 'Syfte', en: 'Purpose' },
  targetGroups: { sv: 'Målgrupper', en: 'Target groups' },
  primary: { sv: 'Primära', en: 'Primary' },
  secondary: { sv: 'Sekundära', en: 'Secondary' },
  channels: { sv: 'Kanaler', en: 'Channels' },
  goals: { sv: 'Kommunikationsmål', en: 'Communication goals' },
  know: { sv: 'Ska veta', en: 'Should know' },
  feel: { sv: 'Ska känna', en: 'Should feel' },
  do: { sv: 'Ska göra', en: 'Should do' },
  activities: { sv: 'Aktivitetsplan', en: 'Activity plan' },
  activity: { sv: 'Aktivitet', en: 'Activity' },
  when: { sv: 'När', en: 'When' },
  responsible: { sv: 'Ansvarig', en: 'Responsible' },
  channel: { sv: 'Kanal eller forum', en: 'Channel or forum' },
  noActivities: { sv: 'Planen har inga aktiviteter ännu.', en: 'The plan has no activities yet.' },
  passed: { sv: 'Datumet har passerat', en: 'The date has passed' },
  contacts: { sv: 'Kontakter', en: 'Contacts' },
  revision: { sv: 'Revidering', en: 'Revision' },
} as const;

const audiences: readonly CommunicationAudience[] = ['internal', 'external'];

export function CommunicationPlan({ plan, current, contacts = [], activities, today, locale: localeProp }: CommunicationPlanProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  if (!plan) {
    return (
      <section className="sv-communication-plan" aria-labelledby={`${id}-heading`}>
        <h2 className="sv-heading" id={`${id}-heading`}>
          {locale === 'sv' ? 'Kommunikationsplan' : 'Communication plan'}
        </h2>
        <p className="sv-description">{text.empty[locale]}</p>
      </section>
    );
  }
  const rows = activities ?? plan.activities;
  const goalKinds = (['know', 'feel', 'do'] as const).filter((k) => plan.communicationGoals[k].length > 0);
  return (
    <section className="sv-communication-plan" aria-labelledby={`${id}-heading`}>
      <h2 className="sv-heading" id={`${id}-heading`}>
        {plan.title}
      </h2>
      {current ? <p className="sv-description">{text.version[locale](current.version, formatDate(current.date, locale))}</p> : null}
      <p className="sv-communication-plan__about">{plan.about}</p>

      <h3 className="sv-subheading">{text.message[locale]}</h3>
      <blockquote className="sv-communication-plan__message">{plan.keyMessage}</blockquote>

      <div className="sv-communication-plan__columns">
        <section aria-labelledby={`${id}-targets`}>
          <h3 className="sv-subheading" id={`${id}-targets`}>
            {text.targetGroups[locale]}
          </h3>
          <h4 className="sv-communication-plan__label">{text.primary[locale]}</h4>
          <ul className="sv-communication-plan__list">
            {plan.targetGroups.primary.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
          {plan.targetGroups.secondary.length > 0 ? (
            <>
              <h4 className="sv-communication-plan__label">{text.secondary[locale]}</h4>
              <ul className="sv-communication-plan__list">
                {plan.targetGroups.secondary.map((g) => (
                  <li key={g}>{g}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
        <section aria-labelledby={`${id}-channels`}>
          <h3 className="sv-subheading" id={`${id}-channels`}>
            {text.channels[locale]}
          </h3>
          {audiences
            .filter((a) => plan.channels[a].length > 0)
            .map((a) => (
              <div key={a}>
                <h4 className="sv-communication-plan__label">{communicationAudienceLabels[a][locale]}</h4>
                <ul className="sv-communication-plan__list">
                  {plan.channels[a].map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              </div>
            ))}
        </section>
      </div>

      {goalKinds.length > 0 ? (
        <section aria-labelledby={`${id}-goals`}>
          <h3 className="sv-subheading" id={`${id}-goals`}>
            {text.goals[locale]}
          </h3>
          <div className="sv-communication-plan__columns">
            {goalKinds.map((k) => (
              <div key={k}>
                <h4 className="sv-communication-plan__label">{text[k][locale]}</h4>
                <ul className="sv-communication-plan__list">
                  {plan.communicationGoals[k].map((g) => (
                    <li key={g}>{g}</li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      ) : null}

      <h3 className="sv-subheading" id={`${id}-activities`}>
        {text.activities[locale]}
      </h3>
      {rows.length === 0 ? (
        <p className="sv-description">{text.noActivities[locale]}</p>
      ) : (
        <ScrollRegion label={text.activities[locale]} locale={locale}>
          <table className="sv-table sv-communication-plan__table" aria-labelledby={`${id}-activities`}>
            <thead>
              <tr>
                <th className="sv-table__column" scope="col">
                  {text.activity[locale]}
                </th>
                <th className="sv-table__column" scope="col">
                  {text.when[locale]}
                </th>
                <th className="sv-table__column" scope="col">
                  {text.responsible[locale]}
                </th>
                <th className="sv-table__column" scope="col">
                  {text.channel[locale]}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => {
                const passed = a.when.kind === 'date' && today !== undefined && a.when.date < today;
                return (
                  <tr key={a.id} className="sv-table__row" data-passed={passed || undefined}>
                    <th className="sv-table__cell" scope="row">
                      {a.activity}
                    </th>
                    <td className="sv-table__cell">
                      {a.when.kind === 'date' ? <time dateTime={a.when.date}>{formatDate(a.when.date, locale)}</time> : a.when.text}
                      {passed ? (
                        <span className="sv-badge sv-communication-plan__passed" data-tone="info">
                          {text.passed[locale]}
                        </span>
                      ) : null}
                    </td>
                    <td className="sv-table__cell">{a.responsible.join(', ')}</td>
                    <td className="sv-table__cell">{a.channel ?? '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}

      {contacts.length > 0 ? (
        <section aria-labelledby={`${id}-contacts`}>
          <h3 className="sv-subheading" id={`${id}-contacts`}>
            {text.contacts[locale]}
          </h3>
          <dl className="sv-communication-plan__contacts">
            {contacts.map((c) => (
              <div key={`${c.role}-${c.personId}`} className="sv-communication-plan__contact">
                <dt>{c.role}</dt>
                <dd>{c.name}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      <p className="sv-description">
        <strong>{text.revision[locale]}:</strong> {communicationRevisionTriggerLabels[plan.revisionRule.trigger][locale]}
        {plan.revisionRule.text ? ` – ${plan.revisionRule.text}` : ''}
      </p>
    </section>
  );
}
