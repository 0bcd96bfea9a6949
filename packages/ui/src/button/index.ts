export { ActionButton, type ActionButtonProps, type ActionDescriptor, type ButtonVariant } from './action-button.js';
