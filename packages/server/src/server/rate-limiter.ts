/**
 * Rate limits as token buckets, one per key (a session, a client address): each holds up to
 * `perMinute` requests and refills at `perMinute` a minute, so a burst of a page's requests
 * passes and a steady flood is held to the rate. Kept in this process's memory: with several
 * server processes each counts its own share (put a limit in the load balancer too for a hard
 * ceiling across them).
 */
export interface RateDecision {
  ok: boolean;
  /** Seconds until a request would pass again (when refused). */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  take(key: string, now?: number): RateDecision;
}

export function createRateLimiter(perMinute: number, options: { maxKeys?: number } = {}): RateLimiter {
  const capacity = perMinute;
  const perMs = perMinute / 60_000;
  const maxKeys = options.maxKeys ?? 100_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key, now = Date.now()) {
      let bucket = buckets.get(key);
      if (bucket) {
        bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perMs);
        bucket.at = now;
        // Most recently used last, so the oldest keys go first when the map is full.
        buckets.delete(key);
        buckets.set(key, bucket);
      } else {
        if (buckets.size >= maxKeys) {
          for (const [old, b] of buckets) {
            if (buckets.size < maxKeys * 0.9) break;
            if (b.tokens + (now - b.at) * perMs >= capacity || buckets.size >= maxKeys) buckets.delete(old);
          }
        }
        bucket = { tokens: capacity, at: now };
        buckets.set(key, bucket);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true, retryAfterSeconds: 0 };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
    },
  };
}
