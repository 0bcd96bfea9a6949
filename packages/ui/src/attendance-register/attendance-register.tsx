/**
 * AttendanceRegister — närvaron, fast by keyboard for a network of thirty: one row per expected
 * person with the organisation they speak for; in each row a radio group for the status (arrow
 * keys choose, Tab moves on) and, for those who attended, one for on site or remote. A
 * substitute names whom they replace. Saving sends the whole list to core, which checks it (a
 * substitute must name someone, nobody is both replaced and present); core's refusal comes back
 * as an error summary at the top of the list — which takes focus — and a message in the row,
 * each field named in words. Rows are cards on a phone and a grid on a wide screen. Someone core
 * will not let record attendance sees what is recorded, not a form.
 */
import { AttendanceMode, AttendanceStatus, type AttendanceRecord } from '@samverkan/core';
import { attendanceModeLabels, attendanceStatusLabels, attendingStatuses, type Locale } from '@samverkan/core/labels';
import { useId, useRef, useState } from 'react';
import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Radio, RadioGroup, Select, SelectValue } from 'react-aria-components';
import type { ActionDescriptor } from '../button/action-button.js';
import { ErrorSummary } from '../error-summary/error-summary.js';
import { errorFor, type FormError } from '../error-summary/form-error.js';
import { useLocale } from '../i18n/locale.js';
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
  /** May the person record attendance now (`actions.recordAttendance`); the form shows only when so. */
  recordAction: ActionDescriptor;
  /**
   * Called with the full list when the person saves; answer with core's refusal as form errors
   * (`formErrors('recordAttendance', …)`) to show them, or nothing when it was recorded.
   */
  onRecord?: (records: AttendanceRecord[]) => void | readonly FormError[] | Promise<void | readonly FormError[]>;
  /** The heading, e.g. the meeting's title; «Närvaro» when omitted. */
  caption?: string;
  /** The save button's text; «Spara närvaron» when omitted. */
  saveLabel?: string;
  /** The heading's level (2 when omitted). */
  headingLevel?: 2 | 3;
  /** Disables saving while a command is under way. */
  isPending?: boolean;
  locale?: Locale;
}

const text = {
  caption: { sv: 'Närvaro', en: 'Attendance' },
  status: { sv: 'Närvaro', en: 'Attendance' },
  mode: { sv: 'Deltog', en: 'Took part' },
  replaces: { sv: 'Ersätter', en: 'Replaces' },
  choose: { sv: 'Välj person', en: 'Choose a person' },
  save: { sv: 'Spara närvaron', en: 'Save attendance' },
  summary: { sv: (n: number, of: number) => `${n} av ${of} deltar`, en: (n: number, of: number) => `${n} of ${of} attending` },
  notRecorded: { sv: 'Närvaron är inte registrerad ännu.', en: 'Attendance has not been recorded yet.' },
  notAttending: { sv: 'Deltog inte', en: 'Did not attend' },
} as const;

interface RowState {
  status: AttendanceStatus;
  mode: AttendanceMode;
  substituteFor?: string;
}

const present: RowState = { status: 'present', mode: 'onSite' };

function initialState(rows: readonly AttendanceRegisterRow[], records: readonly AttendanceRecord[]): Record<string, RowState> {
  const byPerson = new Map(records.map((r) => [r.personId, r]));
  return Object.fromEntries(
    rows.map((row) => {
      const r = byPerson.get(row.personId);
      return [row.personId, { status: r?.status ?? 'present', mode: r?.mode ?? 'onSite', ...(r?.substituteFor ? { substituteFor: r.substituteFor } : {}) }];
    }),
  );
}

export function AttendanceRegister({
  rows,
  records = [],
  recordAction,
  onRecord,
  caption,
  saveLabel,
  headingLevel = 2,
  isPending = false,
  locale: localeProp,
}: AttendanceRegisterProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const root = useRef<HTMLElement>(null);
  const [state, setState] = useState(() => initialState(rows, records));
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const update = (personId: string, patch: Partial<RowState>) => setState((s) => ({ ...s, [personId]: { ...(s[personId] ?? present), ...patch } }));
  const attending = rows.filter((r) => attendingStatuses.includes(state[r.personId]?.status ?? 'present')).length;
  const H = `h${headingLevel}` as 'h2';
  const captionText = caption ?? text.caption[locale];
  const fieldId = (index: number, field: string) => `${id}-row-${index}-${field}`;
  // Core names a row by its position in the list sent: `records.8.substituteFor` is the ninth row's «Ersätter».
  const fieldIds = Object.fromEntries(
    rows.flatMap((_, i) => ['status', 'mode', 'substituteFor', 'organisationId'].map((f) => [`records.${i}.${f}`, fieldId(i, f === 'organisationId' ? 'status' : f)])),
  );
  // A message about a row names its person: «Karin Ekdahl – Ersätter: …», not «Ersätter (rad 9)».
  const named = errors.map((e) => {
    const match = /^records\.(\d+)\.(\w+)$/.exec(e.key);
    const row = match ? rows[Number(match[1])] : undefined;
    if (!row || !match) return e;
    const field = match[2] === 'substituteFor' ? text.replaces[locale] : match[2] === 'mode' ? text.mode[locale] : text.status[locale];
    return { ...e, field: `${row.name} – ${field}` };
  });

  const toRecords = (): AttendanceRecord[] =>
    rows.map((row) => {
      const s = state[row.personId] ?? present;
      const attends = attendingStatuses.includes(s.status);
      return {
        personId: row.personId,
        organisationId: row.organisationId,
        status: s.status,
        ...(s.status === 'substitute' && s.substituteFor ? { substituteFor: s.substituteFor } : {}),
        ...(attends ? { mode: s.mode } : {}),
      };
    });

  const save = async () => {
    const answer = await onRecord?.(toRecords());
    setErrors(answer && answer.length > 0 ? answer : []);
  };

  if (!recordAction.allowed) {
    const byPerson = new Map(records.map((r) => [r.personId, r]));
    return (
      <section className="sv-attendance-register" aria-labelledby={`${id}-caption`} data-readonly="">
        <H className="sv-heading" id={`${id}-caption`}>
          {captionText}
        </H>
        {records.length === 0 ? (
          <p className="sv-description">{text.notRecorded[locale]}</p>
        ) : (
          <ul className="sv-attendance-register__rows">
            {rows.map((row) => {
              const r = byPerson.get(row.personId);
              const attends = r !== undefined && attendingStatuses.includes(r.status);
              return (
                <li key={row.personId} className="sv-attendance-register__row" data-status={r?.status}>
                  <span className="sv-attendance-register__person">
                    <span className="sv-attendance-register__name">{row.name}</span>
                    <span className="sv-attendance-register__organisation">{row.organisationName}</span>
                  </span>
                  <span>{r ? attendanceStatusLabels[r.status][locale] : '–'}</span>
                  <span>{attends && r?.mode ? attendanceModeLabels[r.mode][locale] : text.notAttending[locale]}</span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    );
  }

  return (
    <section className="sv-attendance-register" aria-labelledby={`${id}-caption`} ref={root}>
      <H className="sv-heading" id={`${id}-caption`}>
        {captionText}
      </H>
      <ErrorSummary errors={named} fieldIds={fieldIds} headingLevel={headingLevel === 2 ? 3 : 4} locale={locale} />
      <ThemedPortalProvider anchor={root}>
        <ul className="sv-attendance-register__rows">
          {rows.map((row, index) => {
            const s = state[row.personId] ?? present;
            const attends = attendingStatuses.includes(s.status);
            const others = rows.filter((r) => r.personId !== row.personId);
            const substituteError = errorFor(errors, `records.${index}.substituteFor`);
            const statusError = errorFor(errors, `records.${index}.status`) ?? errorFor(errors, `records.${index}.organisationId`);
            return (
              <li key={row.personId} className="sv-attendance-register__row" data-status={s.status} data-invalid={substituteError || statusError ? '' : undefined}>
                <span className="sv-attendance-register__person">
                  <span className="sv-attendance-register__name">{row.name}</span>
                  <span className="sv-attendance-register__organisation">{row.organisationName}</span>
                </span>
                <span className="sv-attendance-register__status">
                  <RadioGroup
                    id={fieldId(index, 'status')}
                    className="sv-choices"
                    aria-label={`${text.status[locale]}: ${row.name}`}
                    orientation="horizontal"
                    value={s.status}
                    isInvalid={statusError !== undefined}
                    onChange={(value) => update(row.personId, { status: AttendanceStatus.parse(value) })}
                  >
                    {AttendanceStatus.options.map((status) => (
                      <Radio key={status} value={status} className="sv-choice">
                        {attendanceStatusLabels[status][locale]}
                      </Radio>
                    ))}
                    <FieldError className="sv-field-error">{statusError?.message}</FieldError>
                  </RadioGroup>
                  {s.status === 'substitute' ? (
                    <Select
                      id={fieldId(index, 'substituteFor')}
                      className="sv-field sv-attendance-register__replaces"
                      selectedKey={s.substituteFor ?? null}
                      onSelectionChange={(key) => update(row.personId, { substituteFor: String(key) })}
                      placeholder={text.choose[locale]}
                      isInvalid={substituteError !== undefined}
                    >
                      <Label className="sv-label">
                        {text.replaces[locale]} <span className="sv-visually-hidden">({row.name})</span>
                      </Label>
                      <Button className="sv-input sv-attendance-register__select">
                        <SelectValue />
                      </Button>
                      <FieldError className="sv-field-error">{substituteError?.message}</FieldError>
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
                </span>
                <span className="sv-attendance-register__mode">
                  {attends ? (
                    <RadioGroup
                      id={fieldId(index, 'mode')}
                      className="sv-choices"
                      aria-label={`${text.mode[locale]}: ${row.name}`}
                      orientation="horizontal"
                      value={s.mode}
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
                </span>
              </li>
            );
          })}
        </ul>
      </ThemedPortalProvider>
      <div className="sv-attendance-register__footer">
        <p className="sv-attendance-register__summary" aria-live="polite">
          {text.summary[locale](attending, rows.length)}
        </p>
        <Button className="sv-button" data-action="recordAttendance" isDisabled={isPending} onPress={() => void save()}>
          {saveLabel ?? text.save[locale]}
        </Button>
      </div>
    </section>
  );
}
