import * as z from 'zod';
import { professionalCategories, professionalCategoryLabels } from './professional-category.labels.js';

// The lists and labels live in `professional-category.labels.ts` (no zod), for views.
export { professionalCategoryLabels };

/** Yrkeskategori — ESF pays a standard unit cost per category, so it is part of every person. */
export const ProfessionalCategory = z.enum(professionalCategories);
export type ProfessionalCategory = z.infer<typeof ProfessionalCategory>;

