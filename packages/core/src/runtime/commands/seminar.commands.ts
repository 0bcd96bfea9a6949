/**
 * Theme and dialogue-seminar commands (eHälsalyftet). The steering group decides and closes a
 * theme; process supervisors convene the development leaders' network, start the seminar
 * round and evaluate; a development leader plans, leads and reports the seminars of their
 * own unit only.
 */
import {
  CancelSeminar,
  HoldSeminar,
  ReportFeedback,
  ReportSeminar,
  RescheduleSeminar,
  SetParticipants,
  SummariseNeeds,
} from '../../seminar/dialogue-seminar.events.js';
import { EvaluateTheme, HoldNetworkMeeting } from '../../seminar/theme.events.js';
import type { DialogueSeminar } from '../../seminar/dialogue-seminar.schema.js';
import { DialogueSeminarInput } from '../../seminar/dialogue-seminar.schema.js';
import { Period, Text } from '../../shared/primitives.schema.js';
import type { Theme } from '../../seminar/theme.schema.js';
import { ThemeInput } from '../../seminar/theme.schema.js';
import {
  commandSchema,
  eventFrom,
  lifecycleCommandsOf,
  payloadOf,
  type CommandContext,
  defineCommand,
} from '../command-definition.js';
import { staffingPlansForGroup } from '../membership.js';

const themeTarget = (c: Record<string, unknown>) => c.themeId as string;
const seminarTarget = (c: Record<string, unknown>) => c.seminarId as string;

function themeOf(ctx: CommandContext, themeId: string): Theme | undefined {
  return ctx.state.themes.get(themeId)?.context ?? ctx.state.dataset.themes.find((t) => t.id === themeId) as Theme | undefined;
}

const themeScope = (c: Record<string, unknown>, ctx: CommandContext) => {
  const theme = (ctx.aggregate?.snapshot.context as Theme | undefined) ?? (c.theme as Theme | undefined);
  const groupId = theme?.steeringGroupId ?? '';
  return { plans: staffingPlansForGroup(ctx.state, groupId), within: { kind: 'group' as const, id: groupId } };
};

/** A seminar belongs to a unit: a development leader's role counts only for their own unit. */
const seminarScope = (c: Record<string, unknown>, ctx: CommandContext) => {
  const seminar = (ctx.aggregate?.snapshot.context as DialogueSeminar | undefined) ?? (c.seminar as DialogueSeminar | undefined);
  const theme = seminar ? themeOf(ctx, seminar.themeId) : undefined;
  const groupId = theme?.steeringGroupId ?? '';
  return {
    plans: staffingPlansForGroup(ctx.state, groupId),
    within: { kind: 'group' as const, id: groupId },
    ...(seminar ? { organisationId: seminar.organisationId } : {}),
  };
};

const themeCommand = lifecycleCommandsOf('theme', 'themeId', themeScope);
const seminarCommand = lifecycleCommandsOf('seminar', 'seminarId', seminarScope);

export const themeCommands = [
  defineCommand({
    type: 'proposeTheme',
    kind: 'theme',
    schema: commandSchema('proposeTheme', 'themeId', { theme: ThemeInput }),
    target: themeTarget,
    creates: (c) => ({ input: c.theme }),
    authority: () => 'decideTheme',
    scope: themeScope,
  }),
  defineCommand({
    ...themeCommand('decideTheme', 'decideTheme', 'decideTheme', { direction: Text, period: Period.optional() }),
    // The decision is the steering group's: the machine checks that it names the theme's group.
    event: (c, ctx) => ({
      ...eventFrom('decideTheme', 'themeId')(c),
      decidedBy: (ctx.aggregate?.snapshot.context as Theme | undefined)?.steeringGroupId ?? '',
    }),
  }),
  themeCommand('holdNetworkMeeting', 'holdNetworkMeeting', 'convene', payloadOf(HoldNetworkMeeting)),
  themeCommand('startSeminars', 'startSeminars', 'convene'),
  themeCommand('evaluateTheme', 'evaluateTheme', 'evaluateTheme', payloadOf(EvaluateTheme)),
  themeCommand('closeTheme', 'closeTheme', 'decideTheme'),
];

export const seminarCommands = [
  defineCommand({
    type: 'planSeminar',
    kind: 'seminar',
    schema: commandSchema('planSeminar', 'seminarId', { seminar: DialogueSeminarInput }),
    target: seminarTarget,
    creates: (c, ctx) => {
      const seminar = c.seminar as DialogueSeminar;
      return themeOf(ctx, seminar.themeId)
        ? { input: seminar }
        : { missing: { sv: `Temat «${seminar.themeId}» finns inte`, en: `The theme «${seminar.themeId}» does not exist` } };
    },
    authority: () => 'leadSeminar',
    scope: seminarScope,
  }),
  seminarCommand('setSeminarParticipants', 'setParticipants', 'leadSeminar', payloadOf(SetParticipants)),
  seminarCommand('rescheduleSeminar', 'rescheduleSeminar', 'leadSeminar', payloadOf(RescheduleSeminar)),
  defineCommand({ ...seminarCommand('cancelSeminar', 'cancelSeminar', 'leadSeminar', payloadOf(CancelSeminar)), reason: (c) => c.reason as string }),
  seminarCommand('holdSeminar', 'holdSeminar', 'leadSeminar', payloadOf(HoldSeminar)),
  seminarCommand('reportSeminar', 'reportSeminar', 'reportTime', payloadOf(ReportSeminar)),
  seminarCommand('summariseNeeds', 'summariseNeeds', 'leadSeminar', payloadOf(SummariseNeeds)),
  seminarCommand('reportFeedback', 'reportFeedback', 'leadSeminar', payloadOf(ReportFeedback)),
];
