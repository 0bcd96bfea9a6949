export { Authority, authorityLabels, commissionerAuthorities, governingAuthorities } from './authority.js';
export {
  builtInRoles,
  meetingChairRole,
  meetingSecretaryRole,
  minutesApproverRole,
  personalCommissionerRole,
  Role,
  RoleKind,
  roleKindLabels,
  type RoleInput,
} from './role.schema.js';
