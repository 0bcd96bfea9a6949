export { Organisation, OrganisationKind } from './organisation.schema.js';
