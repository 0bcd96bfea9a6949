import { describe, expect, it } from 'vitest';
import type { ProfessionalCategory } from '../person/professional-category.js';
import type { SeminarParticipant } from './dialogue-seminar.schema.js';
import {
  SEMINAR_GROUP_MAX_SIZE,
  SEMINAR_GROUP_MIN_SIZE,
  attendanceProblems,
  canAdvanceSeminarStatus,
  duplicatePersonIds,
  seminarGroupWarnings,
  seminarReportProblems,
  themeEvaluationProblems,
} from './seminar.rules.js';

function group(size: number, categories: ProfessionalCategory[] = ['nurse', 'physician', 'assistantNurse']): SeminarParticipant[] {
  return Array.from({ length: size }, (_, i) => ({
    personId: `p${i + 1}`,
    professionalCategory: categories[i % categories.length]!,
  }));
}

const codes = (list: { code: string }[]) => list.map((w) => w.code);

describe('seminarGroupWarnings', () => {
  it('has nothing to say about ten people from three professions', () => {
    expect(seminarGroupWarnings(group(10))).toEqual([]);
  });

  it('accepts the edges of the band without warning', () => {
    expect(seminarGroupWarnings(group(SEMINAR_GROUP_MIN_SIZE))).toEqual([]);
    expect(seminarGroupWarnings(group(SEMINAR_GROUP_MAX_SIZE))).toEqual([]);
  });

  it('warns when the group is smaller than six', () => {
    const warnings = seminarGroupWarnings(group(5));
    expect(codes(warnings)).toEqual(['groupTooSmall']);
    expect(warnings[0]?.message.sv).toContain('5 deltagare');
    expect(warnings[0]?.message.en).toContain('5 participants');
    expect(warnings[0]?.basis).toBe('participants');
  });

  it('warns when the group is larger than fourteen', () => {
    expect(codes(seminarGroupWarnings(group(15)))).toEqual(['groupTooLarge']);
  });

  it('warns when everybody has the same profession', () => {
    const warnings = seminarGroupWarnings(group(10, ['nurse']));
    expect(codes(warnings)).toEqual(['singleProfessionalCategory']);
    expect(warnings[0]?.message.sv).toContain('sjuksköterska');
    expect(warnings[0]?.message.en).toContain('nurse');
  });

  it('gives both warnings for three people of one profession', () => {
    expect(codes(seminarGroupWarnings(group(3, ['physician'])))).toEqual(['groupTooSmall', 'singleProfessionalCategory']);
  });

  it('only says "too small" about an empty group', () => {
    expect(codes(seminarGroupWarnings([]))).toEqual(['groupTooSmall']);
  });

  it('counts a person listed twice once', () => {
    const six = group(6);
    expect(codes(seminarGroupWarnings([...group(5), six[0]!]))).toEqual(['groupTooSmall']);
  });

  it('words the warning about the people who came', () => {
    const [warning] = seminarGroupWarnings(group(4), 'attendance');
    expect(warning?.basis).toBe('attendance');
    expect(warning?.message.sv).toMatch(/^Seminariet hade 4 deltagare/);
    expect(warning?.message.en).toMatch(/^The seminar had 4 participants/);
  });
});

describe('seminarReportProblems', () => {
  const attendance = group(8);
  const hours = attendance.map((p) => ({ ...p, hours: 2.5 }));

  it('accepts hours for every attendee', () => {
    expect(seminarReportProblems({ hours, attendance, leaderId: 'leader' })).toEqual([]);
  });

  it("accepts the leader's own hours although the leader is not in the attendance", () => {
    const withLeader = [...hours, { personId: 'leader', professionalCategory: 'businessDeveloper' as const, hours: 4 }];
    expect(seminarReportProblems({ hours: withLeader, attendance, leaderId: 'leader' })).toEqual([]);
  });

  it('refuses hours for someone who did not attend', () => {
    const problems = seminarReportProblems({
      hours: [...hours, { personId: 'stranger', professionalCategory: 'nurse', hours: 1 }],
      attendance,
      leaderId: 'leader',
    });
    expect(problems).toMatchObject([{ code: 'hoursForAbsentPerson', personId: 'stranger' }]);
  });

  it('refuses hours whose category differs from the attendance', () => {
    const problems = seminarReportProblems({
      hours: [{ personId: 'p1', professionalCategory: 'physician', hours: 2 }],
      attendance,
      leaderId: 'leader',
    });
    expect(problems).toMatchObject([{ code: 'categoryMismatch', personId: 'p1' }]);
  });

  it('refuses zero hours and more than thirteen in one row', () => {
    const problems = seminarReportProblems({
      hours: [
        { personId: 'p1', professionalCategory: 'nurse', hours: 0 },
        { personId: 'p2', professionalCategory: 'physician', hours: 13.25 },
      ],
      attendance,
      leaderId: 'leader',
    });
    expect(codes(problems)).toEqual(['hoursOutOfRange', 'hoursOutOfRange', 'dailyHoursExceeded']);
  });

  it('accepts exactly thirteen hours', () => {
    expect(
      seminarReportProblems({ hours: [{ personId: 'p1', professionalCategory: 'nurse', hours: 13 }], attendance, leaderId: 'leader' }),
    ).toEqual([]);
  });

  it("refuses two rows for a person that together exceed thirteen hours", () => {
    const problems = seminarReportProblems({
      hours: [
        { personId: 'p1', professionalCategory: 'nurse', hours: 7 },
        { personId: 'p1', professionalCategory: 'nurse', hours: 6.5 },
      ],
      attendance,
      leaderId: 'leader',
    });
    expect(problems).toMatchObject([{ code: 'dailyHoursExceeded', personId: 'p1' }]);
    expect(problems[0]?.message.sv).toContain('13,5 timmar');
  });

  it('refuses a report without hours or without attendance', () => {
    expect(codes(seminarReportProblems({ hours: [], attendance: [], leaderId: 'leader' }))).toEqual(['noAttendance', 'noHours']);
  });
});

describe('attendanceProblems and duplicatePersonIds', () => {
  it('names each person listed more than once, once', () => {
    const list = [...group(3), ...group(2), ...group(1)];
    expect(duplicatePersonIds(list)).toEqual(['p1', 'p2']);
    expect(attendanceProblems(list)).toMatchObject([
      { code: 'duplicatePerson', personId: 'p1' },
      { code: 'duplicatePerson', personId: 'p2' },
    ]);
  });

  it('accepts a list of distinct people', () => {
    expect(attendanceProblems(group(4))).toEqual([]);
  });
});

describe('canAdvanceSeminarStatus', () => {
  it('lets a seminar move forward, skipping steps', () => {
    expect(canAdvanceSeminarStatus('planned', 'held')).toBe(true);
    expect(canAdvanceSeminarStatus('planned', 'fedBack')).toBe(true);
    expect(canAdvanceSeminarStatus('reported', 'needsSummarised')).toBe(true);
  });

  it('never moves a seminar back or to the same status', () => {
    expect(canAdvanceSeminarStatus('reported', 'held')).toBe(false);
    expect(canAdvanceSeminarStatus('held', 'held')).toBe(false);
  });

  it('cancels only a planned seminar, and nothing follows fedBack or cancelled', () => {
    expect(canAdvanceSeminarStatus('planned', 'cancelled')).toBe(true);
    expect(canAdvanceSeminarStatus('held', 'cancelled')).toBe(false);
    expect(canAdvanceSeminarStatus('cancelled', 'held')).toBe(false);
    expect(canAdvanceSeminarStatus('fedBack', 'cancelled')).toBe(false);
  });
});

describe('themeEvaluationProblems', () => {
  const seminars = [
    { seminarId: 's1', status: 'fedBack' as const },
    { seminarId: 's2', status: 'reported' as const },
    { seminarId: 's3', status: 'cancelled' as const },
  ];

  it('asks for a reason for every seminar that is not fed back or cancelled', () => {
    expect(themeEvaluationProblems(seminars)).toMatchObject([{ code: 'seminarNotFedBack', seminarId: 's2' }]);
  });

  it('is satisfied when each open seminar has a reason', () => {
    expect(themeEvaluationProblems(seminars, [{ seminarId: 's2', reason: 'Enheten omorganiserades' }])).toEqual([]);
  });

  it('refuses reasons for unknown or settled seminars, empty and double reasons', () => {
    const problems = themeEvaluationProblems(seminars, [
      { seminarId: 's2', reason: 'Sjukskrivning' },
      { seminarId: 's2', reason: ' ' },
      { seminarId: 's1', reason: 'Redan klart' },
      { seminarId: 's9', reason: 'Okänt' },
    ]);
    expect(codes(problems).sort()).toEqual(['duplicateReason', 'emptyReason', 'seminarAlreadySettled', 'unknownSeminar']);
  });

  it('lets a theme without seminars be evaluated', () => {
    expect(themeEvaluationProblems([])).toEqual([]);
  });
});
