export { ActionButton, type ActionButtonProps, type ActionDescriptor } from './action-button.js';
