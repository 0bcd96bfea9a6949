export { Authority, authorityLabels, commissionerAuthorities, governingAuthorities } from './authority.js';
export { personalCommissionerRole, Role, RoleKind, roleDisplayName, roleKindLabels, type RoleInput } from './role.schema.js';
