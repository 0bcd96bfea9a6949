/**
 * "The sample's today" of each sample, in a module that imports no sample data, so an app that
 * only needs the dates (e.g. to set its clock before a sample is loaded) does not build four
 * sample networks and their histories. The histories take their reference dates from here.
 */

/** The ids of the sample networks. */
export type SampleReferenceId = 'fyrbodal' | 'ehalsalyftet' | 'orebro' | 'dalarna' | 'sjolunda';

/** "The sample's today" of each sample: a demo runs as if it were this instant (Swedish noon). */
export const sampleReferenceDates: Readonly<Record<SampleReferenceId, string>> = Object.freeze({
  fyrbodal: '2019-11-20T12:00:00+01:00',
  ehalsalyftet: '2017-05-15T12:00:00+02:00',
  orebro: '2026-10-20T12:00:00+02:00',
  dalarna: '2026-11-22T12:00:00+01:00',
  sjolunda: '2025-10-15T12:00:00+02:00',
});
