export * from './meeting-lifecycle/index.js';
