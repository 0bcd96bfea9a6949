import * as z from 'zod';
import { Id, Label } from '../shared/primitives.schema.js';
import { Extensions } from '../shared/extensions.schema.js';

/** Kinds of organisation that take part in samverkan. */
export const OrganisationKind = z.enum([
  /** region */
  'region',
  /** kommun */
  'municipality',
  /** kommunalförbund, e.g. Fyrbodal */
  'associationOfMunicipalities',
  /** förvaltning */
  'administration',
  /** enhet, verksamhet */
  'unit',
  /** myndighet or programme body, e.g. the ESF Council */
  'agency',
  /** företag, e.g. a contracted evaluator */
  'company',
]);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

/** Organisation — a region, municipality, association, administration or unit. */
export const Organisation = z.strictObject({
  id: Id,
  name: Label,
  kind: OrganisationKind,
  /** The organisation this one belongs to (a unit in an administration, a municipality in an association). */
  parentId: Id.optional(),
  /** Statistics Sweden's four-digit municipality code (kommunkod), where there is one. */
  municipalityCode: z.string().regex(/^\d{4}$/).optional(),
  /** Tillägg — the region's own data, namespaced (`vgr:kostnadsstalle`); core keeps it and never reads it. */
  extensions: Extensions.optional(),
});
export type Organisation = z.infer<typeof Organisation>;
