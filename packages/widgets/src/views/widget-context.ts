/**
 * What every view of a widget is given: its checked attributes, its connection, and how to tell
 * the host page what happened (events on the element).
 */
import { createContext, useContext } from 'react';
import type { WidgetConfig } from '../element/widget-attributes.js';
import type { WidgetProblem } from '../element/widget-problem.js';
import type { NetworkConnection } from '../connection/network-connection.js';
import type { SamverkanActionDetail, SamverkanReadyDetail } from '../public/widget-types.js';

export interface WidgetEmitter {
  action(detail: SamverkanActionDetail): void;
  error(problem: WidgetProblem): void;
  ready(detail: SamverkanReadyDetail): void;
}

export interface WidgetContextValue {
  config: WidgetConfig;
  connection: NetworkConnection;
  emit: WidgetEmitter;
}

export const WidgetContext = createContext<WidgetContextValue | null>(null);

export function useWidget(): WidgetContextValue {
  const value = useContext(WidgetContext);
  if (!value) throw new Error('A widget view was rendered outside its widget.');
  return value;
}
