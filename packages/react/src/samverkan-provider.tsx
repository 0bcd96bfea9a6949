/**
 * The context every hook reads: which runtime, who is acting (a demo switches roles), in which
 * language, and what time it is. The clock is a prop so that a demo or a test can run a sample
 * "as of" its own today; without one the real time is used and refreshed every minute.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Instant, type Locale } from '@samverkan/core';
import type { Samverkan } from '@samverkan/core/runtime';

/** Who is acting: a person of the dataset, optionally in one of their roles (`as`). */
export interface SamverkanActor {
  /** The person's id, e.g. `fyrbodal:person-001`; sent as `by` on every command. */
  personId: string;
  /** A role the person holds; sent as `as`, so only that role's authorities count. */
  roleId?: string;
}

export interface SamverkanProviderProps {
  /** The runtime from `createSamverkan` (or `createSampleRuntime`). */
  runtime: Samverkan;
  /** Who is acting. */
  actor: SamverkanActor;
  /** The language of the labels the hooks return; Swedish by default. */
  locale?: Locale;
  /**
   * "Now" as an ISO instant with an offset (e.g. a sample's reference date). When omitted the
   * real time is used, refreshed every minute.
   */
  now?: string;
  children?: ReactNode;
}

export interface SamverkanContextValue {
  runtime: Samverkan;
  actor: SamverkanActor;
  locale: Locale;
  /** The instant the view is for (stable between renders; the `now` prop when given). */
  now: string;
  /** The instant a command is sent at: the `now` prop when given, else the real time of the call. */
  clock: () => string;
}

const SamverkanContext = createContext<SamverkanContextValue | null>(null);
SamverkanContext.displayName = 'SamverkanContext';

const realNow = () => new Date().toISOString();
const MINUTE = 60_000;

/** The real time, refreshed every minute; not started when a fixed instant is given. */
function useRealTime(fixed: string | undefined): string {
  const [now, setNow] = useState(realNow);
  useEffect(() => {
    if (fixed !== undefined) return undefined;
    setNow(realNow());
    const timer = setInterval(() => setNow(realNow()), MINUTE);
    return () => clearInterval(timer);
  }, [fixed]);
  return fixed ?? now;
}

export function SamverkanProvider({ runtime, actor, locale = 'sv', now, children }: SamverkanProviderProps) {
  if (now !== undefined && !Instant.safeParse(now).success) {
    throw new RangeError(
      `SamverkanProvider: «now» måste vara en ISO-tidpunkt med tidszon, t.ex. 2019-11-20T12:00:00+01:00 (var ${now}). / ` +
        `«now» must be an ISO instant with an offset, e.g. 2019-11-20T12:00:00+01:00 (was ${now}).`,
    );
  }
  const current = useRealTime(now);
  const { personId, roleId } = actor;
  const value = useMemo<SamverkanContextValue>(
    () => ({
      runtime,
      actor: roleId === undefined ? { personId } : { personId, roleId },
      locale,
      now: current,
      clock: now === undefined ? realNow : () => now,
    }),
    [runtime, personId, roleId, locale, current, now],
  );
  return <SamverkanContext.Provider value={value}>{children}</SamverkanContext.Provider>;
}

/** The provider's runtime, actor, locale and clock; throws outside a `SamverkanProvider`. */
export function useSamverkan(): SamverkanContextValue {
  const value = useContext(SamverkanContext);
  if (value === null) {
    throw new Error(
      'useSamverkan och hookarna i @samverkan/react måste användas inuti <SamverkanProvider>. / ' +
        'useSamverkan and the hooks of @samverkan/react must be used inside <SamverkanProvider>.',
    );
  }
  return value;
}
