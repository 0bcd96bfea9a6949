/**
 * Pure rules of the seminar programme. The machines call them in guards and actions; a
 * runtime or UI calls them to explain a refusal or to show a warning before a command is sent.
 */
import { MAX_HOURS_PER_DAY } from '../esf/esf-limits.js';
import { professionalCategoryLabels } from '../person/professional-category.js';
import type { LocalizedText } from '../shared/localized.js';
import type {
  DialogueSeminarStatus,
  SeminarHours,
  SeminarParticipant,
  SeminarWarning,
} from './dialogue-seminar.schema.js';
import type { OpenSeminar, ThemeSeminar } from './theme.schema.js';

/** The mandate's aim: "tvärprofessionella seminariegrupper med ca 10 deltagare". */
export const SEMINAR_GROUP_TARGET_SIZE = 10;

/**
 * Below six people a dialogue seminar loses what makes it one: with the leader and one or two
 * absences there are too few voices for an exchange between professions. Six is "about ten"
 * minus 40 %, the same distance as the upper limit.
 */
export const SEMINAR_GROUP_MIN_SIZE = 6;

/**
 * Above fourteen people not everyone gets to speak in a seminar of two to three hours, and
 * the group tends to split into a plenum and an audience. Fourteen is "about ten" plus 40 %.
 */
export const SEMINAR_GROUP_MAX_SIZE = 14;

/** "Tvärprofessionell": at least two professional categories. */
export const SEMINAR_GROUP_MIN_CATEGORIES = 2;

/** A reason why a command is refused, for a runtime to pass on. */
export interface SeminarProblem {
  code: string;
  message: LocalizedText;
  personId?: string;
  seminarId?: string;
}

/** Hours as Swedish or English readers write them: "13,5" / "13.5". */
function hoursText(hours: number, locale: 'sv' | 'en'): string {
  return new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 }).format(hours);
}

/** The person ids that occur more than once in a list. */
export function duplicatePersonIds(list: readonly { personId: string }[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { personId } of list) {
    if (seen.has(personId)) duplicates.add(personId);
    seen.add(personId);
  }
  return [...duplicates];
}

/**
 * Warnings for a seminar group that deviates from the aim of about ten people from more than
 * one profession. Warnings inform; they never stop a seminar. People listed twice count once.
 */
export function seminarGroupWarnings(
  participants: readonly SeminarParticipant[],
  basis: SeminarWarning['basis'] = 'participants',
): SeminarWarning[] {
  const people = new Map<string, SeminarParticipant>();
  for (const p of participants) if (!people.has(p.personId)) people.set(p.personId, p);
  const size = people.size;
  const categories = new Set([...people.values()].map((p) => p.professionalCategory));
  const who: LocalizedText =
    basis === 'participants'
      ? { sv: 'Seminariegruppen har', en: 'The seminar group has' }
      : { sv: 'Seminariet hade', en: 'The seminar had' };
  const warnings: SeminarWarning[] = [];
  if (size < SEMINAR_GROUP_MIN_SIZE) {
    warnings.push({
      code: 'groupTooSmall',
      basis,
      message: {
        sv: `${who.sv} ${size} deltagare; målet är ca ${SEMINAR_GROUP_TARGET_SIZE} (minst ${SEMINAR_GROUP_MIN_SIZE}).`,
        en: `${who.en} ${size} participant${size === 1 ? '' : 's'}; the aim is about ${SEMINAR_GROUP_TARGET_SIZE} (at least ${SEMINAR_GROUP_MIN_SIZE}).`,
      },
    });
  }
  if (size > SEMINAR_GROUP_MAX_SIZE) {
    warnings.push({
      code: 'groupTooLarge',
      basis,
      message: {
        sv: `${who.sv} ${size} deltagare; målet är ca ${SEMINAR_GROUP_TARGET_SIZE} (högst ${SEMINAR_GROUP_MAX_SIZE}).`,
        en: `${who.en} ${size} participants; the aim is about ${SEMINAR_GROUP_TARGET_SIZE} (at most ${SEMINAR_GROUP_MAX_SIZE}).`,
      },
    });
  }
  if (size > 0 && categories.size < SEMINAR_GROUP_MIN_CATEGORIES) {
    const only = professionalCategoryLabels[[...categories][0]!];
    warnings.push({
      code: 'singleProfessionalCategory',
      basis,
      message: {
        sv: `Alla deltagare är ${only.sv.toLowerCase()}; seminariegrupperna ska vara tvärprofessionella.`,
        en: `Every participant is ${only.en.toLowerCase()}; seminar groups should span several professions.`,
      },
    });
  }
  return warnings;
}

/**
 * Why a seminar report (hours and attendance) cannot be accepted; empty when it can.
 * Rules: attendance names at least one person, each once; every hour figure is more than 0
 * and at most 13; a person's hours for the seminar add up to at most 13 (it is one day);
 * hours are reported only for people who attended or for the leader; the category on the
 * hours is the category the person attended as.
 */
export function seminarReportProblems(report: {
  hours: readonly SeminarHours[];
  attendance: readonly SeminarParticipant[];
  leaderId: string;
}): SeminarProblem[] {
  const problems: SeminarProblem[] = [...attendanceProblems(report.attendance)];
  if (report.hours.length === 0) {
    problems.push({
      code: 'noHours',
      message: { sv: 'Rapporten saknar timmar.', en: 'The report has no hours.' },
    });
  }
  const attended = new Map(report.attendance.map((p) => [p.personId, p.professionalCategory]));
  const perPerson = new Map<string, number>();
  for (const row of report.hours) {
    if (!(row.hours > 0 && row.hours <= MAX_HOURS_PER_DAY)) {
      problems.push({
        code: 'hoursOutOfRange',
        personId: row.personId,
        message: {
          sv: `Timmar för ${row.personId} måste vara mer än 0 och högst ${MAX_HOURS_PER_DAY} (var ${hoursText(row.hours, 'sv')}).`,
          en: `Hours for ${row.personId} must be more than 0 and at most ${MAX_HOURS_PER_DAY} (was ${hoursText(row.hours, 'en')}).`,
        },
      });
    }
    perPerson.set(row.personId, (perPerson.get(row.personId) ?? 0) + Math.round(row.hours * 100));
    const category = attended.get(row.personId);
    if (category === undefined && row.personId !== report.leaderId) {
      problems.push({
        code: 'hoursForAbsentPerson',
        personId: row.personId,
        message: {
          sv: `${row.personId} finns inte i närvarolistan; timmar rapporteras bara för närvarande och utvecklingsledaren.`,
          en: `${row.personId} is not in the attendance; hours are reported only for attendees and the development leader.`,
        },
      });
    } else if (category !== undefined && category !== row.professionalCategory) {
      problems.push({
        code: 'categoryMismatch',
        personId: row.personId,
        message: {
          sv: `${row.personId} deltog som ${professionalCategoryLabels[category].sv.toLowerCase()} men timmarna anges som ${professionalCategoryLabels[row.professionalCategory].sv.toLowerCase()}.`,
          en: `${row.personId} attended as ${professionalCategoryLabels[category].en.toLowerCase()} but the hours say ${professionalCategoryLabels[row.professionalCategory].en.toLowerCase()}.`,
        },
      });
    }
  }
  for (const [personId, centiHours] of perPerson) {
    if (centiHours > MAX_HOURS_PER_DAY * 100) {
      problems.push({
        code: 'dailyHoursExceeded',
        personId,
        message: {
          sv: `${personId} har ${hoursText(centiHours / 100, 'sv')} timmar samma dag; högst ${MAX_HOURS_PER_DAY} är tillåtet.`,
          en: `${personId} has ${hoursText(centiHours / 100, 'en')} hours on one day; at most ${MAX_HOURS_PER_DAY} are allowed.`,
        },
      });
    }
  }
  return problems;
}

/** Why an attendance list cannot be recorded: it is empty or names someone twice. */
export function attendanceProblems(attendance: readonly SeminarParticipant[]): SeminarProblem[] {
  const problems: SeminarProblem[] = [];
  if (attendance.length === 0) {
    problems.push({
      code: 'noAttendance',
      message: { sv: 'Närvarolistan är tom.', en: 'The attendance list is empty.' },
    });
  }
  for (const personId of duplicatePersonIds(attendance)) {
    problems.push({
      code: 'duplicatePerson',
      personId,
      message: {
        sv: `${personId} finns mer än en gång i listan.`,
        en: `${personId} appears more than once in the list.`,
      },
    });
  }
  return problems;
}

/** The order in which a seminar moves; `cancelled` branches off `planned`. */
const statusRank: Record<DialogueSeminarStatus, number> = {
  planned: 0,
  held: 1,
  reported: 2,
  needsSummarised: 3,
  fedBack: 4,
  cancelled: 1,
};

/**
 * Whether a theme may record that a seminar moved from `from` to `to`. A seminar only moves
 * forward (steps may be skipped, since a runtime may forward only some of them), and only a
 * planned seminar can be cancelled.
 */
export function canAdvanceSeminarStatus(from: DialogueSeminarStatus, to: DialogueSeminarStatus): boolean {
  if (from === 'cancelled' || from === 'fedBack') return false;
  if (to === 'cancelled') return from === 'planned';
  return statusRank[to] > statusRank[from];
}

/** A seminar is settled when it has been fed back or cancelled; nothing more is owed for it. */
export function isSeminarSettled(status: DialogueSeminarStatus): boolean {
  return status === 'fedBack' || status === 'cancelled';
}

/**
 * Why a theme cannot be evaluated yet; empty when it can. Every seminar the theme knows of
 * must be fed back, cancelled (it never ran, so nothing can be fed back), or listed in
 * `openSeminars` with a reason. A reason given for a seminar that is unknown or already
 * settled is refused too, so the evaluation never says something untrue. A theme with no
 * seminars at all can be evaluated — the evaluation is where that gets said.
 */
export function themeEvaluationProblems(
  seminars: readonly ThemeSeminar[],
  openSeminars: readonly OpenSeminar[] = [],
): SeminarProblem[] {
  const problems: SeminarProblem[] = [];
  const reasons = new Map<string, number>();
  for (const open of openSeminars) reasons.set(open.seminarId, (reasons.get(open.seminarId) ?? 0) + 1);
  const known = new Map(seminars.map((s) => [s.seminarId, s.status]));
  for (const seminar of seminars) {
    if (!isSeminarSettled(seminar.status) && !reasons.has(seminar.seminarId)) {
      problems.push({
        code: 'seminarNotFedBack',
        seminarId: seminar.seminarId,
        message: {
          sv: `Seminarium ${seminar.seminarId} är inte återkopplat; ange ett skäl eller vänta på återkopplingen.`,
          en: `Seminar ${seminar.seminarId} has not been fed back; give a reason or wait for the feedback.`,
        },
      });
    }
  }
  for (const open of openSeminars) {
    const status = known.get(open.seminarId);
    if (status === undefined) {
      problems.push({
        code: 'unknownSeminar',
        seminarId: open.seminarId,
        message: {
          sv: `Seminarium ${open.seminarId} hör inte till temat.`,
          en: `Seminar ${open.seminarId} does not belong to the theme.`,
        },
      });
    } else if (isSeminarSettled(status)) {
      problems.push({
        code: 'seminarAlreadySettled',
        seminarId: open.seminarId,
        message: {
          sv: `Seminarium ${open.seminarId} är redan ${status === 'fedBack' ? 'återkopplat' : 'inställt'} och behöver inget skäl.`,
          en: `Seminar ${open.seminarId} is already ${status === 'fedBack' ? 'fed back' : 'cancelled'} and needs no reason.`,
        },
      });
    }
    if (open.reason.trim() === '') {
      problems.push({
        code: 'emptyReason',
        seminarId: open.seminarId,
        message: { sv: `Skälet för ${open.seminarId} är tomt.`, en: `The reason for ${open.seminarId} is empty.` },
      });
    }
  }
  for (const [seminarId, count] of reasons) {
    if (count > 1) {
      problems.push({
        code: 'duplicateReason',
        seminarId,
        message: {
          sv: `Seminarium ${seminarId} har mer än ett skäl.`,
          en: `Seminar ${seminarId} has more than one reason.`,
        },
      });
    }
  }
  return problems;
}
