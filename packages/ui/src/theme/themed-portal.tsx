/**
 * Overlays (a Select's popover) render through a portal. By default react-aria portals to
 * `document.body`, outside the host's `[data-sv-theme]` element, where the tokens — and a
 * region's own overrides, and inside a shadow root the stylesheet itself — do not reach. This
 * provider portals them into the nearest themed ancestor of `anchor` instead.
 */
import { useCallback, type ReactNode, type RefObject } from 'react';
import { UNSAFE_PortalProvider } from 'react-aria';

export interface ThemedPortalProviderProps {
  /** An element of the component; its nearest `[data-sv-theme]` ancestor receives the overlays. */
  anchor: RefObject<Element | null>;
  children?: ReactNode;
}

export function ThemedPortalProvider({ anchor, children }: ThemedPortalProviderProps) {
  const getContainer = useCallback(() => anchor.current?.closest<HTMLElement>('[data-sv-theme]') ?? document.body, [anchor]);
  return <UNSAFE_PortalProvider getContainer={getContainer}>{children}</UNSAFE_PortalProvider>;
}
