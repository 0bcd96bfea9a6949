/** The demo's shared server as React state: undefined until known, and when the demo runs in the browser alone. */
import { useEffect, useState } from 'react';
import { demoServer, type DemoServer } from './demo-server.js';

export function useDemoServer(): DemoServer | undefined {
  const [server, setServer] = useState<DemoServer | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void demoServer().then((found) => current && setServer(found));
    return () => {
      current = false;
    };
  }, []);
  return server;
}
