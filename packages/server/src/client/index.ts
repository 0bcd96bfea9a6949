// The browser side of a Samverkan server (`@samverkan/server/client`): a network on a server
// through the same `Samverkan` interface as a local runtime. No Node API: runs in a browser,
// in a widget, or in Node ≥ 20 (which has fetch).
export { connectToNetwork, type RemoteNetwork, type RemoteNetworkOptions } from './remote-network.js';
export { createMirrorStore, indexedDbCache, memoryCache, type MirrorCache, type MirrorStore } from './mirror-store.js';
export { followLiveEvents, type LiveEventsOptions } from './live-events.js';
export { serverConnection, type ServerConnection, type ServerConnectionOptions } from './server-connection.js';
