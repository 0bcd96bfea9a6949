export { AgreementRatification, type AgreementRatificationProps } from './agreement-ratification.js';
