export { enableShadowRootSupport } from './enable-shadow-root-support.js';
