export { MeetingLifecycle, type MeetingLifecycleAction, type MeetingLifecycleProps } from './meeting-lifecycle.js';
