/**
 * The meeting's documents that render Markdown — the invitation with its agenda and the
 * approved minutes — in a chunk of their own, so a meeting still collecting items does not
 * load the Markdown parser.
 */
import { Invitation, MinutesView } from '@samverkan/ui';

export { Invitation, MinutesView };
