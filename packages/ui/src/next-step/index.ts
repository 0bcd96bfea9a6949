export { NextStep, type NextStepProps } from './next-step.js';
