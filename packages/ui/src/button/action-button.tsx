/**
 * ActionButton — one thing the current person could do, as core answered it: enabled when
 * core would accept it, otherwise disabled with core's reason beside it and tied to the
 * button by `aria-describedby`, so a screen reader hears why. The kit never decides whether
 * an action is allowed; it renders the descriptor it is given.
 */
import type { CommandType } from '@samverkan/core/runtime';
import { useId } from 'react';
import { Button } from 'react-aria-components';

/** How much a button stands out: one `primary` per view, `danger` for what cannot be undone. */
export type ButtonVariant = 'primary' | 'secondary' | 'tertiary' | 'danger';

/**
 * An action as `@samverkan/react`'s hooks describe it (core's `can`, in the current language).
 * `T` is what the action's `type` may be: a command type by default, or a narrower union (a
 * component's own steps) — so an `onAction` handler gets a type it can switch on, not a string.
 */
export interface ActionDescriptor<T extends string = CommandType> {
  /** The command type, e.g. `publishAgenda`. */
  type: T;
  /** What the button says. */
  label: string;
  /** Whether core would accept the command now. */
  allowed: boolean;
  /** Core's reason it would not, in the current language. */
  reasonText?: string;
  /** Core's error code, e.g. `NOT_AUTHORISED`. */
  code?: string;
}

export interface ActionButtonProps<T extends string = CommandType> {
  action: ActionDescriptor<T>;
  /** Called with the action's type when the person chooses the (allowed) action. */
  onAction?: (type: T) => void;
  /**
   * `primary` (filled, default: the next step), `secondary` (outlined), `tertiary` (text only)
   * or `danger` (filled red: an act that cannot be undone).
   */
  variant?: ButtonVariant;
  /** Disable while a command is under way, without a reason to show. */
  isPending?: boolean;
  /** Overrides the button text (e.g. "Justera" for `approveMinutes` in a compact row). */
  children?: string;
}

export function ActionButton<T extends string = CommandType>({ action, onAction, variant = 'primary', isPending = false, children }: ActionButtonProps<T>) {
  const reasonId = useId();
  const showReason = !action.allowed && action.reasonText !== undefined;
  return (
    <span className="sv-action" data-allowed={action.allowed}>
      <Button
        className="sv-button"
        data-variant={variant}
        data-action={action.type}
        isDisabled={!action.allowed || isPending}
        aria-describedby={showReason ? reasonId : undefined}
        onPress={() => onAction?.(action.type)}
      >
        {children ?? action.label}
      </Button>
      {showReason ? (
        <span className="sv-action__reason" id={reasonId} data-code={action.code}>
          {action.reasonText}
        </span>
      ) : null}
    </span>
  );
}
