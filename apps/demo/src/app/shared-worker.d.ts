/** A module worker built as a chunk of the app (the `samverkan:shared-worker` plugin in vite.config.ts): its URL. */
declare module '*?shared-worker' {
  const url: string;
  export default url;
}
