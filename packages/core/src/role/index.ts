export { Authority, authorityLabels } from './authority.js';
export { Role, RoleKind, roleKindLabels, type RoleInput } from './role.schema.js';
