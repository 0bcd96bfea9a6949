/** The kit's stylesheet and the widgets' own, as text; the build makes this module (scripts/build.mjs). */
declare module 'samverkan-widget-styles' {
  const css: string;
  export default css;
}
