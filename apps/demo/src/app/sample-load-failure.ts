/**
 * How a refused sample load is told: the command core refused and core's reason, in both
 * languages. Shared by the main thread and the loader worker, so both say the same.
 */
import type { LoadSampleResult, SampleId } from '@samverkan/core/samples';

export function sampleLoadFailure(sampleId: SampleId, result: Extract<LoadSampleResult, { ok: false }>): string {
  const { command, error } = result.failed;
  return `${sampleId}: ${command.id} (${command.type}) — ${error.code}: ${error.message.sv} / ${error.message.en}`;
}
