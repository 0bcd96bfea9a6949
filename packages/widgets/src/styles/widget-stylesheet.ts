/**
 * The stylesheet every widget's shadow root adopts: the kit's (with its tokens on `:host`) and
 * the widgets' own, as one constructed `CSSStyleSheet` shared by all widgets in the document.
 * A constructed sheet is no `<style>` element: `style-src 'self'` does not block it.
 */
import css from 'samverkan-widget-styles';

const sheets = new WeakMap<Document, CSSStyleSheet>();

export function widgetStylesheet(document: Document): CSSStyleSheet {
  let sheet = sheets.get(document);
  if (!sheet) {
    const view = document.defaultView ?? window;
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(document, sheet);
  }
  return sheet;
}
