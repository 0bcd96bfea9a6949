/**
 * The script-tag build renders with Preact (through preact/compat) instead of React: React DOM
 * alone is about 60 kB gzip, more than a read-only widget's whole budget. One difference
 * matters to react-aria: React hands handlers a synthetic event whose fields are its own
 * properties, Preact the browser's event, whose fields are getters on its prototype — and
 * react-aria copies an event with `{ ...event }` (createEventHandler), which keeps own
 * properties only. Without this, `key` is lost and Escape does not close a dialog, nor do
 * arrow keys move in a list. So every event gets its prototype's getters as own, enumerable
 * getters (read when copied, so `currentTarget` is the current one) before a handler sees it.
 */
import { options } from 'preact';

const prepared = new WeakSet<Event>();
const previous = options.event;

options.event = (event: Event) => {
  const e = previous ? previous(event) : event;
  if (!prepared.has(e)) {
    prepared.add(e);
    for (let proto = Object.getPrototypeOf(e) as object | null; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
      for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
        if (!descriptor.get || Object.prototype.hasOwnProperty.call(e, name)) continue;
        const get = descriptor.get;
        Object.defineProperty(e, name, { get: () => get.call(e), enumerable: true, configurable: true });
      }
    }
  }
  return e;
};
