/**
 * The small dialog a banner tool opens (popover-tool.tsx): react-aria's popover beside the
 * button, with focus moved into it, kept there, and given back to the button on Escape or a
 * click outside. In a chunk of its own, fetched when a tool is first pressed or about to be.
 */
import type { ReactNode, RefObject } from 'react';
import { Dialog, Popover } from 'react-aria-components';

export interface BannerPopoverProps {
  /** The dialog's id, which the button's `aria-controls` names. */
  id: string;
  triggerRef: RefObject<HTMLButtonElement | null>;
  /** Where the popover is rendered: inside the kit's theme, so its tokens apply. */
  portalContainer: Element | undefined;
  onOpenChange: (isOpen: boolean) => void;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  children: ReactNode;
}

export default function BannerPopover({ id, triggerRef, portalContainer, onOpenChange, children, ...names }: BannerPopoverProps) {
  return (
    <Popover className="sv-demo-popover" placement="bottom end" triggerRef={triggerRef} isOpen onOpenChange={onOpenChange} UNSTABLE_portalContainer={portalContainer}>
      <Dialog id={id} className="sv-demo-popover__dialog" {...names}>
        {children}
      </Dialog>
    </Popover>
  );
}
