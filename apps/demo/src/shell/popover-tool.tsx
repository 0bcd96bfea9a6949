/**
 * A tool of the banner that opens a small dialog beside it — the demo's clock, the person menu,
 * the signed-in person: a native button, and react-aria's popover and dialog
 * (banner-popover.tsx), fetched on the first press or ahead of it when a pointer or focus comes
 * to the button. A page's first load then carries no overlay code for a dialog nobody opened.
 */
import { lazy, Suspense, useId, useRef, type ReactNode } from 'react';

const loadPopover = () => import('./banner-popover.js');
const BannerPopover = lazy(loadPopover);
const preload = () => void loadPopover().catch(() => undefined);

export interface PopoverToolProps {
  /** The wrapper's class (it anchors the popover). */
  anchorClassName: string;
  /** The button's class. */
  className: string;
  /** What the button shows (its accessible name). */
  face: ReactNode;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** The dialog's name, or the id of its heading. */
  'aria-label'?: string;
  'aria-labelledby'?: string;
  children: ReactNode;
}

export function PopoverTool({ anchorClassName, className, face, isOpen, onOpenChange, children, ...names }: PopoverToolProps) {
  const id = useId();
  const anchor = useRef<HTMLSpanElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  return (
    <span ref={anchor} className={anchorClassName}>
      <button
        ref={trigger}
        type="button"
        className={className}
        aria-expanded={isOpen}
        aria-controls={isOpen ? id : undefined}
        onClick={() => onOpenChange(true)}
        onPointerEnter={preload}
        onFocus={preload}
      >
        {face}
      </button>
      {isOpen ? (
        <Suspense fallback={null}>
          <BannerPopover id={id} triggerRef={trigger} portalContainer={anchor.current?.closest('[data-sv-theme]') ?? undefined} onOpenChange={onOpenChange} {...names}>
            {children}
          </BannerPopover>
        </Suspense>
      ) : null}
    </span>
  );
}
