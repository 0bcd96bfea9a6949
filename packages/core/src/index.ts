export * from './shared/index.js';
export * from './organisation/index.js';
export * from './person/index.js';
export * from './role/index.js';
export * from './staffing/index.js';
export * from './group/index.js';
export * from './meeting/index.js';
