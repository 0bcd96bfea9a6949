/**
 * `@samverkan/ui/lazy`: components that fetch what they do not show at once, for apps whose
 * bundler splits code (Vite, Rollup, webpack). Apart from the main entry, so that no dynamic
 * `import()` is reachable from it: esbuild makes every dynamic import an entry point, and would
 * carry these parts (and what they share with the rest) into every app that uses the kit.
 */
export { MeetingWorkspace, preloadMeetingWorkspace } from './meeting-workspace/lazy-meeting-workspace.js';
export type { MeetingWorkspaceAction, MeetingWorkspaceProps } from './meeting-workspace/meeting-workspace.js';
