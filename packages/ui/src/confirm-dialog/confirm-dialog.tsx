/**
 * ConfirmDialog — asks before an act that is public or cannot be undone (publishing an agenda
 * or minutes, sending invitations, approving, ending a mandate): what will happen and to whom,
 * in the dialog's own words, then «Publicera» or «Avbryt». Fields the act needs (a reason) go
 * inside, and core's refusal comes back into the dialog as an error summary, so nothing is
 * lost and the person reads it where they are. A react-aria modal: focus stays inside, Escape
 * cancels, focus returns to the button that opened it.
 */
import type { Locale } from '@samverkan/core';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { ButtonVariant } from '../button/action-button.js';
import { ErrorSummary } from '../error-summary/error-summary.js';
import type { FormError } from '../error-summary/form-error.js';
import { useLocale } from '../i18n/locale.js';

export interface ConfirmDialogProps {
  /** Whether the dialog is open (controlled). */
  isOpen: boolean;
  /** Called with `false` when the person cancels (Escape, «Avbryt»). */
  onOpenChange: (isOpen: boolean) => void;
  /** The question, e.g. «Publicera agendan?». */
  title: string;
  /** What will happen and to whom; fields the act needs. */
  children?: ReactNode;
  /** The confirming button's text, e.g. «Publicera». */
  confirmLabel: string;
  /** «Avbryt» when omitted. */
  cancelLabel?: string;
  /** `primary` (default) or `danger` for an act that cannot be undone. */
  confirmVariant?: Extract<ButtonVariant, 'primary' | 'danger'>;
  /** Called when the person confirms; the dialog stays open until `isOpen` turns false. */
  onConfirm: () => void;
  /** Core's refusal of the last attempt, shown at the top of the dialog. */
  errors?: readonly FormError[];
  /** The ids of the dialog's fields by error key, for the summary's links. */
  fieldIds?: Readonly<Record<string, string>>;
  /** A command is under way: the buttons wait. */
  isPending?: boolean;
  locale?: Locale;
}

const text = {
  cancel: { sv: 'Avbryt', en: 'Cancel' },
} as const;

export function ConfirmDialog({
  isOpen,
  onOpenChange,
  title,
  children,
  confirmLabel,
  cancelLabel,
  confirmVariant = 'primary',
  onConfirm,
  errors = [],
  fieldIds,
  isPending = false,
  locale: localeProp,
}: ConfirmDialogProps) {
  const locale = useLocale(localeProp);
  // The overlay renders inside the nearest themed element, so the theme (and a shadow root's
  // sheet) reaches it — found once this component is in the page, before the overlay opens, so
  // react-aria hides everything but the dialog from the start.
  const anchor = useRef<HTMLSpanElement>(null);
  const [container, setContainer] = useState<Element | null>(null);
  useLayoutEffect(() => {
    setContainer(anchor.current?.closest('[data-sv-theme]') ?? anchor.current?.ownerDocument.body ?? null);
  }, []);
  return (
    <>
      <span ref={anchor} hidden />
      {container ? (
        <ModalOverlay className="sv-dialog-overlay" isOpen={isOpen} onOpenChange={onOpenChange} isDismissable={!isPending} UNSTABLE_portalContainer={container}>
          <Modal className="sv-dialog">
            <Dialog className="sv-dialog__content">
              {/* Core checks the fields (validationBehavior aria): a field it refused never blocks the next try. */}
              <Form
                className="sv-dialog__form"
                validationBehavior="aria"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (!isPending) onConfirm();
                }}
              >
                <Heading slot="title" className="sv-dialog__title">
                  {title}
                </Heading>
                <ErrorSummary errors={errors} fieldIds={fieldIds} headingLevel={3} locale={locale} />
                <div className="sv-dialog__body">{children}</div>
                <div className="sv-dialog__actions sv-button-group">
                  <Button type="submit" className="sv-button" data-variant={confirmVariant} isDisabled={isPending}>
                    {confirmLabel}
                  </Button>
                  <Button className="sv-button" data-variant="tertiary" slot="close" isDisabled={isPending}>
                    {cancelLabel ?? text.cancel[locale]}
                  </Button>
                </div>
              </Form>
            </Dialog>
          </Modal>
        </ModalOverlay>
      ) : null}
    </>
  );
}
