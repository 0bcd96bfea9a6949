export { MandateWorkspace, type MandateWorkspaceProps } from './mandate-workspace.js';
