export { AuditTrail, type AuditTrailEntry, type AuditTrailProps } from './audit-trail.js';
