export { Authority, authorityLabels, commissionerAuthorities, governingAuthorities } from './authority.js';
export {
  builtInRoles,
  meetingChairRole,
  meetingSecretaryRole,
  minutesApproverRole,
  personalCommissionerRole,
  Role,
  RoleKind,
  roleDisplayName,
  roleKindLabel,
  roleKindLabels,
  RoleKindValue,
  type RoleInput,
} from './role.schema.js';
