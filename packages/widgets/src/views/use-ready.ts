/** Sends `samverkan-ready` once, the first time the widget shows its content. */
import { useEffect, useRef } from 'react';
import type { SamverkanReadyDetail } from '../public/widget-types.js';
import { useWidget } from './widget-context.js';

export function useReady(detail: SamverkanReadyDetail | undefined): void {
  const { emit } = useWidget();
  const sent = useRef(false);
  useEffect(() => {
    if (detail && !sent.current) {
      sent.current = true;
      emit.ready(detail);
    }
  });
}
