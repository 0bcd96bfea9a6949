/**
 * Core's answer to `can` for a command the visitor has filled in (a late reason written, a
 * form completed), as the kit's action descriptor: allowed, or refused with core's reason.
 */
import type { Locale } from '@samverkan/core';
import type { CanResult } from '@samverkan/core/runtime';
import type { ActionDescriptor } from '@samverkan/ui';

export function describe(type: string, label: string, answer: CanResult, locale: Locale): ActionDescriptor {
  return answer.ok ? { type, label, allowed: true } : { type, label, allowed: false, reasonText: answer.message[locale], code: answer.code };
}
