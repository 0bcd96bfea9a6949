/**
 * Asks before a public or irreversible step (publishing, sending invitations, approving,
 * cancelling): what will happen, a reason where core asks for one, then the step or «Avbryt».
 * A react-aria modal inside the widget's themed root (so inside the shadow root): focus stays
 * in it, Escape cancels, focus returns to the button that opened it. A refusal from the server
 * stays in the dialog, in core's words.
 */
import { useId, useState } from 'react';
import { Button, Dialog, Modal, ModalOverlay } from 'react-aria-components';
import type { WidgetProblem } from '../element/widget-problem.js';
import type { WidgetLocale } from '../public/widget-types.js';
import { say } from '../i18n/widget-texts.js';
import type { MeetingActionState } from './meeting-actions.js';

const questions: Record<string, { sv: string; en: string }> = {
  publishAgenda: { sv: 'Agendan blir en allmän handling som alla i nätverket och allmänheten kan läsa.', en: 'The agenda becomes a public record that everyone in the network and the public can read.' },
  sendInvitations: { sv: 'Kallelsen går till mötets deltagare.', en: "The invitation goes to the meeting's participants." },
  approveMinutes: { sv: 'Minnesanteckningarna justeras och kan sedan publiceras.', en: 'The minutes are approved and can then be published.' },
  publishMinutes: { sv: 'Minnesanteckningarna blir en allmän handling. Det går inte att ångra.', en: 'The minutes become a public record. This cannot be undone.' },
  cancelMeeting: { sv: 'Mötet ställs in för alla deltagare. Det går inte att ångra.', en: 'The meeting is cancelled for every participant. This cannot be undone.' },
};

export interface StepDialogProps {
  action: MeetingActionState | undefined;
  meetingTitle: string;
  container: Element | null;
  locale: WidgetLocale;
  pending: boolean;
  problem: WidgetProblem | undefined;
  onConfirm: (extra: Record<string, unknown>) => void;
  onCancel: () => void;
}

export default function StepDialog({ action, meetingTitle, container, locale, pending, problem, onConfirm, onCancel }: StepDialogProps) {
  const [reason, setReason] = useState('');
  const titleId = useId();
  if (!container) return null;
  const field = action?.needs === 'lateReason' ? 'lateReason' : action?.needs === 'reason' ? 'reason' : undefined;
  return (
    <ModalOverlay
      className="sv-widget-dialog__overlay"
      isOpen={action !== undefined}
      onOpenChange={(open) => {
        if (!open && !pending) {
          setReason('');
          onCancel();
        }
      }}
      isDismissable={!pending}
      UNSTABLE_portalContainer={container}
    >
      <Modal className="sv-widget-dialog">
        {/* Named by its heading's id: react-aria's own slot for the title looks the heading up with
            document.getElementById, which does not see into a shadow root, and drops the name. */}
        <Dialog className="sv-widget-dialog__content" aria-labelledby={titleId}>
          <form
            className="sv-widget-dialog__form"
            onSubmit={(event) => {
              event.preventDefault();
              if (pending || !action) return;
              onConfirm(field ? { [field]: reason } : {});
            }}
          >
            <h2 id={titleId} className="sv-widget-dialog__title">
              {action ? `${action.label}?` : ''}
            </h2>
            <p className="sv-description">
              {meetingTitle}. {action ? questions[action.type]?.[locale] : ''}
            </p>
            {problem ? (
              <div className="sv-notice" data-variant="danger" role="alert" data-code={problem.code}>
                <strong>{say('errorHeading', locale)}: </strong>
                {problem.message[locale]}
              </div>
            ) : null}
            {field ? (
              <div className="sv-field">
                <label className="sv-label" htmlFor="sv-widget-step-reason">
                  {field === 'lateReason' ? say('lateReason', locale) : say('reason', locale)}
                </label>
                <textarea
                  id="sv-widget-step-reason"
                  className="sv-input"
                  data-multiline=""
                  value={reason}
                  required
                  aria-invalid={problem?.code === 'VALIDATION' || undefined}
                  onChange={(event) => setReason(event.currentTarget.value)}
                />
              </div>
            ) : null}
            <div className="sv-widget-dialog__actions">
              <Button type="submit" className="sv-button" data-variant={action?.type === 'cancelMeeting' ? 'danger' : 'primary'} isDisabled={pending}>
                {action?.label ?? ''}
              </Button>
              <Button className="sv-button" data-variant="secondary" slot="close" isDisabled={pending}>
                {say('cancel', locale)}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
