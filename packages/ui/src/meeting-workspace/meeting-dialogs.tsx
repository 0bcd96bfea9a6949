/**
 * The confirmations of a meeting's public and irreversible steps, each saying what will happen
 * and to whom: publishing the agenda (with the late reason core asks for after the deadline,
 * and the invitations sent at once if the person wants), sending the invitations, approving and
 * publishing the minutes, cancelling and moving the meeting (each with the reason that is kept).
 */
import type { Locale } from '@samverkan/core';
import { useId, useState } from 'react';
import { Checkbox, FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components';
import { ConfirmDialog } from '../confirm-dialog/confirm-dialog.js';
import { errorFor, type FormError } from '../error-summary/form-error.js';
import { formatDate, stockholmInstant, stockholmParts } from '../i18n/format.js';

/** The steps that ask first. */
export type ConfirmedStep = 'publishAgenda' | 'sendInvitations' | 'approveMinutes' | 'publishMinutes' | 'cancelMeeting' | 'rescheduleMeeting';

/** What a confirmed step sends: the fields the person filled in. */
export type StepInput =
  | { type: 'publishAgenda'; lateReason?: string; sendInvitations: boolean }
  | { type: 'sendInvitations' }
  | { type: 'approveMinutes' }
  | { type: 'publishMinutes' }
  | { type: 'cancelMeeting'; reason: string }
  | { type: 'rescheduleMeeting'; startsAt: string; reason: string };

export interface MeetingDialogProps {
  step: ConfirmedStep;
  onClose: () => void;
  onConfirm: (input: StepInput) => void;
  errors: readonly FormError[];
  isPending: boolean;
  locale: Locale;
  /** The group the meeting belongs to, by name. */
  groupName: string;
  /** How many people the group seats (who receive the invitation). */
  peopleCount: number;
  /** How many items the agenda has. */
  itemCount: number;
  /** The agenda deadline (a calendar day) when it has passed: a late reason is asked for. */
  passedDeadline?: string;
  /** The meeting's start, for moving it. */
  startsAt: string;
}

const text = {
  publishTitle: { sv: 'Publicera agendan?', en: 'Publish the agenda?' },
  publishBody: {
    sv: (items: number, group: string) => `Agendan med ${items} ${items === 1 ? 'punkt' : 'punkter'} blir synlig för alla i ${group}. Därefter går det inte att föreslå fler punkter.`,
    en: (items: number, group: string) => `The agenda with ${items} ${items === 1 ? 'item' : 'items'} becomes visible to everyone in ${group}. No more items can be proposed after that.`,
  },
  lateReason: { sv: 'Skäl till sen publicering', en: 'Reason for publishing late' },
  lateHelp: {
    sv: (day: string) => `Sista dag för agendan var ${day}. Skälet sparas med agendan och syns i händelseloggen.`,
    en: (day: string) => `The agenda was due by ${day}. The reason is kept with the agenda and shown in the audit trail.`,
  },
  alsoInvite: { sv: 'Skicka kallelsen till gruppen samtidigt', en: 'Send the invitations to the group at the same time' },
  publish: { sv: 'Publicera', en: 'Publish' },
  publishAndInvite: { sv: 'Publicera och skicka kallelse', en: 'Publish and send invitations' },
  inviteTitle: { sv: 'Skicka kallelsen?', en: 'Send the invitations?' },
  inviteBody: {
    sv: (n: number, group: string) => `Kallelsen med tid, plats och agenda skickas till de ${n} personerna i ${group}.`,
    en: (n: number, group: string) => `The invitation with time, place and agenda goes to the ${n} people in ${group}.`,
  },
  invite: { sv: 'Skicka kallelse', en: 'Send invitations' },
  approveTitle: { sv: 'Justera minnesanteckningarna?', en: 'Approve the minutes?' },
  approveBody: {
    sv: 'Justerade minnesanteckningar kan inte ändras. Därefter kan de publiceras som allmän handling.',
    en: 'Approved minutes cannot be changed. After that they can be published as a public record.',
  },
  approve: { sv: 'Justera', en: 'Approve' },
  publishMinutesTitle: { sv: 'Publicera minnesanteckningarna?', en: 'Publish the minutes?' },
  publishMinutesBody: {
    sv: (group: string) =>
      `Minnesanteckningarna blir en allmän handling som vem som helst kan begära ut, och visas för alla i ${group}. De får ett fingeravtryck som visar att de inte ändrats. Det går inte att ta tillbaka.`,
    en: (group: string) =>
      `The minutes become a public record that anyone may request, and are shown to everyone in ${group}. They get a fingerprint that shows they have not been changed. This cannot be undone.`,
  },
  cancelTitle: { sv: 'Ställ in mötet?', en: 'Cancel the meeting?' },
  cancelBody: {
    sv: (group: string) => `Mötet ställs in för alla i ${group}. Det går inte att ångra.`,
    en: (group: string) => `The meeting is cancelled for everyone in ${group}. This cannot be undone.`,
  },
  cancelReason: { sv: 'Skäl till att mötet ställs in', en: 'Reason for cancelling' },
  cancel: { sv: 'Ställ in mötet', en: 'Cancel the meeting' },
  keep: { sv: 'Behåll mötet', en: 'Keep the meeting' },
  moveTitle: { sv: 'Flytta mötet', en: 'Move the meeting' },
  moveBody: {
    sv: (group: string) => `Den nya tiden gäller för alla i ${group}. Skälet sparas med mötet.`,
    en: (group: string) => `The new time applies to everyone in ${group}. The reason is kept with the meeting.`,
  },
  date: { sv: 'Ny dag', en: 'New date' },
  time: { sv: 'Ny starttid', en: 'New start time' },
  moveReason: { sv: 'Skäl till flytten', en: 'Reason for the move' },
  reasonHelp: { sv: 'Syns för gruppen och i händelseloggen.', en: 'Shown to the group and in the audit trail.' },
  move: { sv: 'Flytta mötet', en: 'Move the meeting' },
} as const;

export function MeetingDialog({ step, onClose, onConfirm, errors, isPending, locale, groupName, peopleCount, itemCount, passedDeadline, startsAt }: MeetingDialogProps) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [alsoInvite, setAlsoInvite] = useState(true);
  const current = stockholmParts(startsAt);
  const [date, setDate] = useState(current.date);
  const [time, setTime] = useState(current.time);
  const ids = { reason: `${id}-reason`, lateReason: `${id}-late`, startsAt: `${id}-date` };
  const message = (key: string) => errorFor(errors, key)?.message;
  const common = {
    isOpen: true,
    onOpenChange: (open: boolean) => (open ? undefined : onClose()),
    errors,
    fieldIds: ids,
    isPending,
    locale,
  };
  const reasonField = (label: string) => (
    <TextField className="sv-field" id={ids.reason} value={reason} onChange={setReason} isInvalid={message('reason') !== undefined}>
      <Label className="sv-label">{label}</Label>
      <Text slot="description" className="sv-description">
        {text.reasonHelp[locale]}
      </Text>
      <TextArea className="sv-input" data-multiline="" />
      <FieldError className="sv-field-error">{message('reason')}</FieldError>
    </TextField>
  );

  switch (step) {
    case 'publishAgenda':
      return (
        <ConfirmDialog
          {...common}
          title={text.publishTitle[locale]}
          confirmLabel={alsoInvite ? text.publishAndInvite[locale] : text.publish[locale]}
          onConfirm={() => onConfirm({ type: 'publishAgenda', ...(passedDeadline ? { lateReason: reason.trim() } : {}), sendInvitations: alsoInvite })}
        >
          <p>{text.publishBody[locale](itemCount, groupName)}</p>
          {passedDeadline ? (
            <TextField className="sv-field" id={ids.lateReason} value={reason} onChange={setReason} isInvalid={message('lateReason') !== undefined}>
              <Label className="sv-label">{text.lateReason[locale]}</Label>
              <Text slot="description" className="sv-description">
                {text.lateHelp[locale](formatDate(passedDeadline, locale))}
              </Text>
              <TextArea className="sv-input" data-multiline="" />
              <FieldError className="sv-field-error">{message('lateReason')}</FieldError>
            </TextField>
          ) : null}
          <Checkbox className="sv-checkbox" isSelected={alsoInvite} onChange={setAlsoInvite}>
            <span className="sv-checkbox__box" aria-hidden="true" />
            {text.alsoInvite[locale]}
          </Checkbox>
        </ConfirmDialog>
      );
    case 'sendInvitations':
      return (
        <ConfirmDialog {...common} title={text.inviteTitle[locale]} confirmLabel={text.invite[locale]} onConfirm={() => onConfirm({ type: 'sendInvitations' })}>
          <p>{text.inviteBody[locale](peopleCount, groupName)}</p>
        </ConfirmDialog>
      );
    case 'approveMinutes':
      return (
        <ConfirmDialog {...common} title={text.approveTitle[locale]} confirmLabel={text.approve[locale]} onConfirm={() => onConfirm({ type: 'approveMinutes' })}>
          <p>{text.approveBody[locale]}</p>
        </ConfirmDialog>
      );
    case 'publishMinutes':
      return (
        <ConfirmDialog {...common} title={text.publishMinutesTitle[locale]} confirmLabel={text.publish[locale]} onConfirm={() => onConfirm({ type: 'publishMinutes' })}>
          <p>{text.publishMinutesBody[locale](groupName)}</p>
        </ConfirmDialog>
      );
    case 'cancelMeeting':
      return (
        <ConfirmDialog
          {...common}
          title={text.cancelTitle[locale]}
          confirmLabel={text.cancel[locale]}
          cancelLabel={text.keep[locale]}
          confirmVariant="danger"
          onConfirm={() => onConfirm({ type: 'cancelMeeting', reason: reason.trim() })}
        >
          <p>{text.cancelBody[locale](groupName)}</p>
          {reasonField(text.cancelReason[locale])}
        </ConfirmDialog>
      );
    case 'rescheduleMeeting':
      return (
        <ConfirmDialog
          {...common}
          title={text.moveTitle[locale]}
          confirmLabel={text.move[locale]}
          onConfirm={() => onConfirm({ type: 'rescheduleMeeting', startsAt: stockholmInstant(date, time) ?? `${date}T${time}`, reason: reason.trim() })}
        >
          <p>{text.moveBody[locale](groupName)}</p>
          <div className="sv-meeting-workspace__when">
            <TextField className="sv-field" id={ids.startsAt} value={date} onChange={setDate} isInvalid={message('startsAt') !== undefined}>
              <Label className="sv-label">{text.date[locale]}</Label>
              <Input className="sv-input" type="date" />
              <FieldError className="sv-field-error">{message('startsAt')}</FieldError>
            </TextField>
            <TextField className="sv-field" value={time} onChange={setTime}>
              <Label className="sv-label">{text.time[locale]}</Label>
              <Input className="sv-input" type="time" />
            </TextField>
          </div>
          {reasonField(text.moveReason[locale])}
        </ConfirmDialog>
      );
  }
}
