export { Authority, authorityLabels, commissionerAuthorities, governingAuthorities } from './authority.js';
export {
  builtInRoles,
  meetingChairRole,
  meetingSecretaryRole,
  minutesApproverRole,
  personalCommissionerRole,
  Role,
  RoleKind,
  roleKindLabel,
  roleKindLabels,
  RoleKindValue,
  type RoleInput,
} from './role.schema.js';
