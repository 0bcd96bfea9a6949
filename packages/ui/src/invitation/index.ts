export { Invitation, type InvitationProps } from './invitation.js';
