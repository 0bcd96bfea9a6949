/**
 * A problem with one field of a form, as a person reads it: the field named in words and what
 * is wrong with it. Built from core's answer (`issueInWords` of `@samverkan/core/runtime`), so
 * the kit never words a rule itself.
 */
import { issueInWords, refusalInWords, type CommandType, type IssueLike } from '@samverkan/core/runtime';
import type { Locale } from '@samverkan/core';

export interface FormError {
  /**
   * Which field: core's path with dots (`records.8.substituteFor`, `reason`); a component maps
   * it to the field it renders. An empty key is about the form as a whole.
   */
  key: string;
  /** The field's name in words, e.g. «Ersätter (rad 9)». */
  field: string;
  /** What is wrong, e.g. «en ersättare måste ange vem hen ersätter». */
  message: string;
}

/** A refusal as core answers a command (only what is read here). */
export interface RefusalLike {
  code: string;
  message: { sv: string; en: string };
  details?: { issues?: readonly IssueLike[] };
}

/**
 * Core's refusal of `type` as form errors: one per validation issue, each with its field in
 * words; any other refusal (not authorised, not now) as one error about the whole form.
 */
export function formErrors(type: CommandType, refusal: RefusalLike, locale: Locale): FormError[] {
  const issues = refusal.code === 'VALIDATION' ? (refusal.details?.issues ?? []) : [];
  if (issues.length === 0) return [{ key: '', field: '', message: refusalInWords(type, refusal)[locale] }];
  return issues.map((issue) => {
    const words = issueInWords(type, issue);
    return { key: words.key, field: words.field[locale], message: words.problem[locale] };
  });
}

/** The error of one field (`key`), if any. */
export function errorFor(errors: readonly FormError[] | undefined, key: string): FormError | undefined {
  return errors?.find((e) => e.key === key);
}
