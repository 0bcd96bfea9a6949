export { Cadence, MeetingSeries, type MeetingSeriesInput } from './meeting-series.schema.js';
