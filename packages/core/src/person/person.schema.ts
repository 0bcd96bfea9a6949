import * as z from 'zod';
import { Id, Label } from '../shared/primitives.schema.js';
import { ProfessionalCategory } from './professional-category.js';
import { textLimits } from '../shared/limits.js';
import { Extensions } from '../shared/extensions.schema.js';
import { PERSONAL_DATA_KEYWORD } from '../shared/json-schema-keywords.js';

/**
 * Contact details are personal data (personuppgifter): minimised, marked in the schema and
 * in its JSON Schema (`x-samverkan-personal-data: true`, a namespaced keyword), and erasable with `erasePersonalData`.
 */
export const ContactDetails = z
  .strictObject({
    email: z.email().max(textLimits.email).optional().meta({ [PERSONAL_DATA_KEYWORD]: true }),
    phone: z
      .string()
      .regex(/^\+?[\d\s-]{6,20}$/)
      .optional()
      .meta({ [PERSONAL_DATA_KEYWORD]: true }),
  })
  .meta({ [PERSONAL_DATA_KEYWORD]: true });
export type ContactDetails = z.infer<typeof ContactDetails>;

/**
 * How a sign-in recognises the person: a claim of the identity provider's token (e-mail, the
 * provider's `sub`, or an HSA id in Swedish health and social care). Personal data, erasable.
 */
export const IdentityClaim = z.strictObject({
  kind: z.enum(['email', 'sub', 'hsaId']),
  value: Label,
});
export type IdentityClaim = z.infer<typeof IdentityClaim>;

/**
 * Person — someone who holds a role; named in sample data by invented names only. The id is
 * opaque (never made from the name) because it travels in every event of the log; the name,
 * title, contact details and identity claims are personal data, kept apart from the log and
 * erasable (`erasePersonalData`).
 */
export const Person = z.strictObject({
  id: Id,
  name: Label.meta({ [PERSONAL_DATA_KEYWORD]: true }),
  organisationId: Id,
  professionalCategory: ProfessionalCategory,
  /** Job title as the organisation writes it, e.g. "verksamhetsutvecklare". */
  title: Label.optional(),
  contact: ContactDetails.optional(),
  /** The claims a sign-in recognises the person by. */
  identityClaims: z.array(IdentityClaim).max(10).optional().meta({ [PERSONAL_DATA_KEYWORD]: true }),
  /** Set when the person's data were erased; the id stays so the audit trail still adds up. */
  erased: z.literal(true).optional(),
  /** Tillägg — the region's own data, namespaced (`vgr:kostnadsstalle`); core keeps it and never reads it. */
  extensions: Extensions.optional(),
});
export type Person = z.infer<typeof Person>;
