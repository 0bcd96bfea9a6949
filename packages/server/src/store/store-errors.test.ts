// Which failures mean "the database cannot be reached" (a 503, try again) and which are a bug or
// bad data (a 500): only the first become EventStoreUnavailableError.
import { describe, expect, it } from 'vitest';
import { EventStoreUnavailableError, isConnectionFailure, isEventStoreUnavailable } from './store-errors.js';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isConnectionFailure', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED')],
    ['a reset connection', withCode('ECONNRESET')],
    ['a connection that timed out', withCode('ETIMEDOUT')],
    ['the server shutting down (57P01)', withCode('57P01', 'terminating connection due to administrator command')],
    ['the server starting or stopping (57P03)', withCode('57P03', 'the database system is shutting down')],
    ['a connection exception (08006)', withCode('08006')],
    ['too many connections (53300)', withCode('53300')],
    ['a connection cut mid-query', new Error('Connection terminated unexpectedly')],
    ['no connection from the pool in time', new Error('timeout exceeded when trying to connect')],
    ['every address of a host refused', new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], '')],
  ])('counts %s', (_, error) => {
    expect(isConnectionFailure(error)).toBe(true);
  });

  it.each([
    ['a unique violation (23505)', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a missing table (42P01)', withCode('42P01', 'relation "samverkan.events" does not exist')],
    ['a division by zero (22012)', withCode('22012')],
    ['a programming error', new TypeError('x is not a function')],
    ['a mixed AggregateError', new AggregateError([withCode('ECONNREFUSED'), new TypeError('bug')], '')],
    ['not an error at all', 'ECONNREFUSED'],
  ])('does not count %s', (_, error) => {
    expect(isConnectionFailure(error)).toBe(false);
  });
});

describe('EventStoreUnavailableError', () => {
  it('says what failed and why, carries its cause and code, and a message for people in both languages', () => {
    const cause = withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432');
    const error = new EventStoreUnavailableError('append', cause, 'unknown');
    expect(error).toBeInstanceOf(Error);
    expect(isEventStoreUnavailable(error)).toBe(true);
    expect(isEventStoreUnavailable(cause)).toBe(false);
    expect(error).toMatchObject({ name: 'EventStoreUnavailableError', code: 'STORE_UNAVAILABLE', outcome: 'unknown', cause });
    expect(error.message).toBe('Event store: could not append: the database is not reachable (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:5432). Try again shortly.');
    expect(error.localized.sv).toMatch(/^Databasen går inte att nå/);
    expect(error.localized.en).toMatch(/^The database cannot be reached/);
    expect(new EventStoreUnavailableError('read', cause).outcome).toBe('not-written');
  });
});
