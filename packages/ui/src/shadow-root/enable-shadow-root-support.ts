/**
 * enableShadowRootSupport — react-aria follows a press (pointer up, key up) with listeners on
 * the document, which sees only the shadow host; inside a shadow root a Button's press
 * therefore never ends and nothing happens. react-aria's shadow DOM support makes it look
 * through shadow boundaries instead. It is a global switch that react-aria (3.53) keeps behind a
 * flag in react-stately's private `flags` module — not yet a public API — so the kit pins
 * react-stately to the exact version react-aria depends on (one module, one flag) and the story
 * «Tema/ShadowRoot» presses a button in a shadow root by pointer, Enter and Space: if the path
 * moves or stops working, the build or that story fails.
 */
import { enableShadowDOM } from 'react-stately/private/flags/flags';

/**
 * Call once, before rendering the kit into a shadow root (a web component, a widget on an
 * intranet page). It cannot be switched off again, and it changes nothing for content outside
 * shadow roots.
 */
export function enableShadowRootSupport(): void {
  enableShadowDOM();
}
