export { MandateReview, type MandateReviewProps } from './mandate-review.js';
