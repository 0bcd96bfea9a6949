export { Fingerprint, type FingerprintProps } from './fingerprint.js';
