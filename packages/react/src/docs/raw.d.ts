/** Vite's `?raw` imports: a file's text (used by the README test only). */
declare module '*?raw' {
  const text: string;
  export default text;
}
