export { MandateDocument, type MandateDocumentProps } from './mandate-document.js';
