/** The connection's snapshot, and what this view needs of it (the members' state, the public records). */
import { useEffect, useSyncExternalStore } from 'react';
import type { ConnectionSnapshot } from '../connection/network-connection.js';
import { useWidget } from './widget-context.js';

export function useNetwork(needs: { state?: boolean; public?: boolean }): ConnectionSnapshot {
  const { connection } = useWidget();
  const snapshot = useSyncExternalStore(connection.subscribe, connection.getSnapshot, connection.getSnapshot);
  useEffect(() => {
    if (needs.state) connection.want('state');
    if (needs.public) connection.want('public');
  }, [connection, needs.state, needs.public]);
  return snapshot;
}
