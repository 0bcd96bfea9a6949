/**
 * Core's answer to `can` for a command the visitor has filled in, as the kit's action
 * descriptor: allowed, or refused with core's reason — a refusal about the input with its
 * fields named in words (`refusalInWords`), never by path.
 */
import type { Locale } from '@samverkan/core';
import { refusalInWords, type CanResult, type CommandType } from '@samverkan/core/runtime';
import type { ActionDescriptor } from '@samverkan/ui';

export function describe(type: CommandType, label: string, answer: CanResult, locale: Locale): ActionDescriptor {
  return answer.ok ? { type, label, allowed: true } : { type, label, allowed: false, reasonText: refusalInWords(type, answer)[locale], code: answer.code };
}
