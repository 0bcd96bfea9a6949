/** A named query of the network, read again whenever the server reports a change. */
import { useEffect, useState } from 'react';
import type { WidgetProblem } from '../element/widget-problem.js';
import { useWidget } from './widget-context.js';

export type QueryState<T> = { status: 'loading' } | { status: 'ready'; result: T } | { status: 'failed'; problem: WidgetProblem };

export function useQuery<T>(name: string, params: Record<string, string | number | undefined>, enabled: boolean, revision: number): QueryState<T> {
  const { connection } = useWidget();
  const [state, setState] = useState<{ key: string; value: QueryState<T> }>({ key: '', value: { status: 'loading' } });
  const key = `${name}?${JSON.stringify(params)}`;
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    void connection.query<T>(name, params).then((answer) => {
      if (current) setState({ key, value: answer.ok ? { status: 'ready', result: answer.result } : { status: 'failed', problem: answer.problem } });
    });
    return () => {
      current = false;
    };
    // `key` stands for name and params (an object that is new on every render).
  }, [connection, key, enabled, revision]);
  return state.key === key ? state.value : { status: 'loading' };
}
