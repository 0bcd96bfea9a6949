export { ErrorSummary, type ErrorSummaryProps } from './error-summary.js';
export { errorFor, formErrors, type FormError, type RefusalLike } from './form-error.js';
