/**
 * Enhetskostnad (schablonsumma) — ESF pays a standard cost per hour for each professional
 * category, decided by ESF for the project, instead of actual salary costs.
 */
import * as z from 'zod';
import { ProfessionalCategory } from '../person/professional-category.js';
import { IsoDate, Text } from '../shared/primitives.schema.js';
import { localizedError } from '../shared/validation.js';
import { listLimits } from '../shared/limits.js';

/** Whether an amount has at most two decimals (whole öre). */
function isWholeOre(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
}

export const UnitCost = z
  .strictObject({
    professionalCategory: ProfessionalCategory,
    /** Kronor per hour, in whole öre. */
    amountPerHour: z
      .number()
      .positive()
      .max(100_000)
      .refine(isWholeOre, localizedError('måste anges i hela ören (högst två decimaler)', 'must be in whole öre (at most two decimals)')),
    validFrom: IsoDate,
    /** Last day the cost applies (inclusive); open-ended when missing. */
    validTo: IsoDate.optional(),
    /**
     * True for made-up figures in sample data. Reports built on them say so, so that nobody
     * mistakes a demo figure for an ESF decision.
     */
    exampleFigure: z.boolean(),
    /** Where the figure comes from, e.g. the ESF decision and its diary number. */
    source: Text.optional(),
  })
  .refine((u) => u.validTo === undefined || u.validFrom <= u.validTo, {
    ...localizedError('slutdatum får inte ligga före startdatum', 'the end date must not be before the start date'),
    path: ['validTo'],
  });
export type UnitCost = z.infer<typeof UnitCost>;

/** Whether a unit cost applies on a date. */
export function unitCostAppliesOn(cost: UnitCost, date: string): boolean {
  return cost.validFrom <= date && (cost.validTo === undefined || date <= cost.validTo);
}

/** Whether two unit costs of the same category apply on a common day. */
export function unitCostsOverlap(a: UnitCost, b: UnitCost): boolean {
  if (a.professionalCategory !== b.professionalCategory) return false;
  const aEnd = a.validTo ?? '9999-12-31';
  const bEnd = b.validTo ?? '9999-12-31';
  return a.validFrom <= bEnd && b.validFrom <= aEnd;
}

/** A table of unit costs in which no two of the same category overlap in time. */
export const UnitCostTable = z.array(UnitCost).max(listLimits.document).superRefine((costs, ctx) => {
  costs.forEach((cost, i) => {
    for (let j = 0; j < i; j++) {
      if (unitCostsOverlap(costs[j]!, cost)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'validFrom'],
          ...localizedError(
            `överlappar enhetskostnad nr ${j + 1} för samma yrkeskategori`,
            `overlaps unit cost no. ${j + 1} of the same professional category`,
          ),
        });
      }
    }
  });
});
export type UnitCostTable = z.infer<typeof UnitCostTable>;
