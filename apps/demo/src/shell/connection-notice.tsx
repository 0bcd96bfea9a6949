/**
 * On the demo's shared server: says so when the live connection to the server is lost (what
 * others do stops arriving, and commands cannot be sent), and when it is back. The page stays
 * readable meanwhile: it renders the copy the browser has.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useDemo } from '../app/demo-context.js';

const text = {
  lost: {
    sv: 'Anslutningen till servern är bruten. Du ser nätverket som det var; ändringar från andra kommer när anslutningen är tillbaka. Försöker igen …',
    en: 'The connection to the server is lost. You see the network as it was; changes from others arrive once the connection is back. Trying again …',
  },
  back: { sv: 'Anslutningen till servern är tillbaka.', en: 'The connection to the server is back.' },
} as const;

export function ConnectionNotice() {
  const { locale, shared } = useDemo();
  const connection = shared?.connection;
  const connected = useSyncExternalStore(
    (listener) => connection?.onConnection(listener) ?? (() => undefined),
    () => connection?.connected() ?? true,
  );
  // "Back" is said only after a loss seen on this page, not on the first connection.
  const lost = useRef(false);
  const [back, setBack] = useState(false);
  useEffect(() => {
    if (!connected) {
      lost.current = true;
      setBack(false);
    } else if (lost.current) {
      setBack(true);
    }
  }, [connected]);
  if (!connection) return null;
  return (
    <div className="sv-demo-status" role="status">
      {!connected ? (
        <p className="sv-notice" data-variant="warning">
          {text.lost[locale]}
        </p>
      ) : back ? (
        <p className="sv-notice" data-variant="success">
          {text.back[locale]}
        </p>
      ) : null}
    </div>
  );
}
