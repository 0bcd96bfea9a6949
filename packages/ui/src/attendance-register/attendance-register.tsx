/**
 * AttendanceRegister — deltagarlistan, fast by keyboard for a network of thirty: one row per
 * expected person with the organisation they speak for; in each row a radio group for the
 * status (arrow keys choose, Tab moves on) and, for those who attended, one for on site or
 * remote. A substitute names whom they replace. Saving sends the whole list to core, which
 * checks it (a substitute must name someone, nobody is both replaced and present).
 */
import {
  AttendanceMode,
  attendanceModeLabels,
  AttendanceStatus,
  attendanceStatusLabels,
  attendingStatuses,
  type AttendanceRecord,
  type Locale,
} from '@samverkan/core';
import { useId, useRef, useState } from 'react';
import { Button, Label, ListBox, ListBoxItem, Popover, Radio, RadioGroup, Select, SelectValue } from 'react-aria-components';
import { ActionButton, type ActionDescriptor } from '../button/action-button.js';
import { useLocale } from '../i18n/locale.js';
import { ScrollRegion } from '../scroll-region/scroll-region.js';
import { ThemedPortalProvider } from '../theme/themed-portal.js';

/** A person expected at the meeting and the organisation they represent. */
export interface AttendanceRegisterRow {
  personId: string;
  name: string;
  organisationId: string;
  organisationName: string;
}

export interface AttendanceRegisterProps {
  /** Everyone expected, in the order to list them (e.g. the staffing plan's). */
  rows: readonly AttendanceRegisterRow[];
  /** What is recorded so far (rows without a record start as present on site). */
  records?: readonly AttendanceRecord[];
  /** May the person record attendance now (`actions.recordAttendance`). */
  recordAction: ActionDescriptor;
  /** Called with the full list when the person saves. */
  onRecord?: (records: AttendanceRecord[]) => void;
  /** A caption, e.g. the meeting's title. */
  caption?: string;
  locale?: Locale;
}

const text = {
  caption: { sv: 'Deltagarlista', en: 'Attendance' },
  person: { sv: 'Person', en: 'Person' },
  organisation: { sv: 'Organisation', en: 'Organisation' },
  status: { sv: 'Närvaro', en: 'Attendance' },
  mode: { sv: 'Deltog', en: 'Took part' },
  replaces: { sv: 'Ersätter', en: 'Replaces' },
  choose: { sv: 'Välj person', en: 'Choose a person' },
  save: { sv: 'Spara deltagarlista', en: 'Save attendance' },
  summary: { sv: 'närvarande av', en: 'attending of' },
  notAttending: { sv: '–', en: '–' },
} as const;

interface RowState {
  status: AttendanceStatus;
  mode: AttendanceMode;
  substituteFor?: string;
}

function initialState(rows: readonly AttendanceRegisterRow[], records: readonly AttendanceRecord[]): Record<string, RowState> {
  const byPerson = new Map(records.map((r) => [r.personId, r]));
  return Object.fromEntries(
    rows.map((row) => {
      const r = byPerson.get(row.personId);
      return [row.personId, { status: r?.status ?? 'present', mode: r?.mode ?? 'onSite', ...(r?.substituteFor ? { substituteFor: r.substituteFor } : {}) }];
    }),
  );
}

export function AttendanceRegister({ rows, records = [], recordAction, onRecord, caption, locale: localeProp }: AttendanceRegisterProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const root = useRef<HTMLElement>(null);
  const [state, setState] = useState(() => initialState(rows, records));
  const update = (personId: string, patch: Partial<RowState>) =>
    setState((s) => ({ ...s, [personId]: { ...(s[personId] ?? { status: 'present', mode: 'onSite' }), ...patch } }));
  const disabled = !recordAction.allowed;
  const attending = rows.filter((r) => attendingStatuses.includes(state[r.personId]?.status ?? 'present')).length;

  const toRecords = (): AttendanceRecord[] =>
    rows.map((row) => {
      const s = state[row.personId] ?? { status: 'present' as const, mode: 'onSite' as const };
      const attends = attendingStatuses.includes(s.status);
      return {
        personId: row.personId,
        organisationId: row.organisationId,
        status: s.status,
        ...(s.status === 'substitute' && s.substituteFor ? { substituteFor: s.substituteFor } : {}),
        ...(attends ? { mode: s.mode } : {}),
      };
    });

  const captionText = caption ?? text.caption[locale];

  return (
    <section className="sv-attendance-register" aria-labelledby={`${id}-caption`} ref={root}>
      <ThemedPortalProvider anchor={root}>
        <ScrollRegion label={captionText} locale={locale}>
          <table className="sv-table sv-attendance-register__table">
            <caption className="sv-table__caption" id={`${id}-caption`}>
              {captionText}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="sv-table__column">
                  {text.person[locale]}
                </th>
                <th scope="col" className="sv-table__column">
                  {text.organisation[locale]}
                </th>
                <th scope="col" className="sv-table__column">
                  {text.status[locale]}
                </th>
                <th scope="col" className="sv-table__column">
                  {text.mode[locale]}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const s = state[row.personId] ?? { status: 'present' as const, mode: 'onSite' as const };
                const attends = attendingStatuses.includes(s.status);
                const others = rows.filter((r) => r.personId !== row.personId);
                return (
                  <tr key={row.personId} className="sv-table__row" data-status={s.status}>
                    <th scope="row" className="sv-table__cell sv-attendance-register__name">
                      {row.name}
                    </th>
                    <td className="sv-table__cell">{row.organisationName}</td>
                    <td className="sv-table__cell">
                      <RadioGroup
                        className="sv-choices"
                        aria-label={`${text.status[locale]}: ${row.name}`}
                        orientation="horizontal"
                        value={s.status}
                        isDisabled={disabled}
                        onChange={(value) => update(row.personId, { status: AttendanceStatus.parse(value) })}
                      >
                        {AttendanceStatus.options.map((status) => (
                          <Radio key={status} value={status} className="sv-choice">
                            {attendanceStatusLabels[status][locale]}
                          </Radio>
                        ))}
                      </RadioGroup>
                      {s.status === 'substitute' ? (
                        <Select
                          className="sv-field sv-attendance-register__replaces"
                          selectedKey={s.substituteFor ?? null}
                          onSelectionChange={(key) => update(row.personId, { substituteFor: String(key) })}
                          isDisabled={disabled}
                          placeholder={text.choose[locale]}
                        >
                          <Label className="sv-label">
                            {text.replaces[locale]} ({row.name})
                          </Label>
                          <Button className="sv-input sv-attendance-register__select">
                            <SelectValue />
                          </Button>
                          <Popover className="sv-popover">
                            <ListBox className="sv-listbox">
                              {others.map((o) => (
                                <ListBoxItem key={o.personId} id={o.personId} className="sv-listbox__option">
                                  {o.name}
                                </ListBoxItem>
                              ))}
                            </ListBox>
                          </Popover>
                        </Select>
                      ) : null}
                    </td>
                    <td className="sv-table__cell">
                      {attends ? (
                        <RadioGroup
                          className="sv-choices"
                          aria-label={`${text.mode[locale]}: ${row.name}`}
                          orientation="horizontal"
                          value={s.mode}
                          isDisabled={disabled}
                          onChange={(value) => update(row.personId, { mode: AttendanceMode.parse(value) })}
                        >
                          {AttendanceMode.options.map((mode) => (
                            <Radio key={mode} value={mode} className="sv-choice">
                              {attendanceModeLabels[mode][locale]}
                            </Radio>
                          ))}
                        </RadioGroup>
                      ) : (
                        <span className="sv-attendance-register__none">{text.notAttending[locale]}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      </ThemedPortalProvider>
      <div className="sv-attendance-register__footer">
        <p className="sv-attendance-register__summary" aria-live="polite">
          {attending} {text.summary[locale]} {rows.length}
        </p>
        <ActionButton action={{ ...recordAction, label: text.save[locale] }} onAction={() => onRecord?.(toRecords())} />
      </div>
    </section>
  );
}
