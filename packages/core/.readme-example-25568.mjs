import { createActor } from 'xstate';
import { meetingMachine, parseWith, Dataset, samples, planSeriesYear, fyrbodal } from './dist/index.js';

// Every sample network validates, references included.
const network = parseWith(Dataset, samples.fyrbodal);
if (!network.ok) throw new Error(network.message.sv);
const series = network.value.mandates[0].meetings[0];

const meeting = createActor(meetingMachine, {
  input: { meeting: network.value.meetings[0], series },
}).start();

const by = 'fyrbodal:helena-vik';
meeting.send({ type: 'openCall', by, at: '2019-01-02T09:00:00+01:00' });
meeting.send({
  type: 'proposeAgendaItem',
  by: 'fyrbodal:karin-ekdahl',
  at: '2019-01-03T10:00:00+01:00',
  item: { id: 'p1', title: 'Välfärdsteknik i hemtjänsten', kind: 'discussion', durationMinutes: 30 },
});

// Ten days before the meeting: after the 14-day deadline. Without a reason it is refused…
const late = { type: 'publishAgenda', by, at: '2019-01-14T09:00:00+01:00' };
console.log(meeting.getSnapshot().can(late)); // false
// …with one it is published and recorded as late.
meeting.send({ ...late, lateReason: 'Inväntade underlag från e-rådet' });
console.log(meeting.getSnapshot().value, meeting.getSnapshot().context.agendaLate); // agendaPublished true

// Plan next year's six meetings around Swedish holidays and the July break.
const plan = planSeriesYear(series, 2021, { preferredWeekday: 4 });
if (plan.ok) console.log(plan.value.map((m) => m.date).join(', '));

// Bad input never throws; it says what was wrong and where, in Swedish and English.
const bad = parseWith(Dataset, { ...fyrbodal, people: [{ id: 'x' }] });
if (!bad.ok) console.log(bad.issues[0].message.sv); // «people[0].name» saknas men är obligatoriskt
