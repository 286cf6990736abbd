import { describe, expect, it } from 'vitest';
import { MAX_EXCHANGE_CHARS } from '../../../lib/linkedin/exchange-size';
import { exchangeSchema } from '../../../lib/linkedin/vocabulary';
import { parseBridgeMessage } from '../../../lib/observer/exchange-schema';

/** The worker's check: the exchange, or null. */
const parseExchange = (x: unknown) => {
  const r = exchangeSchema.safeParse(x);
  return r.success ? r.data : null;
};

const good = {
  method: 'POST',
  url: 'https://www.linkedin.com/voyager/api/voyagerMessagingDashMessengerMessages?action=createMessage',
  requestBody: '{"message":{}}',
  status: 200,
  responseBody: '{"value":{}}',
};

describe('bridge messages (content script side)', () => {
  it('accepts an honest exchange', () => {
    expect(parseBridgeMessage(JSON.stringify(good))).toEqual(good);
  });

  it.each([
    ['an object instead of a string', good],
    ['not JSON', '{"method":'],
    ['JSON null', 'null'],
    ['another host', JSON.stringify({ ...good, url: 'https://evil.example/voyager/api/x' })],
    ['a lookalike host', JSON.stringify({ ...good, url: 'https://www.linkedin.com.evil.io/x' })],
    ['http', JSON.stringify({ ...good, url: 'http://www.linkedin.com/x' })],
    ['a fractional status', JSON.stringify({ ...good, status: 200.5 })],
    ['a status as text', JSON.stringify({ ...good, status: '200' })],
    ['a body that is not text', JSON.stringify({ ...good, requestBody: { a: 1 } })],
    ['an empty method', JSON.stringify({ ...good, method: '' })],
    ['a huge message', JSON.stringify({ ...good, responseBody: 'x'.repeat(MAX_EXCHANGE_CHARS) })],
    ['a field beyond the exchange’s', JSON.stringify({ ...good, account: 'urn:li:fsd_profile:forged' })],
  ])('drops %s', (_name, detail) => {
    expect(parseBridgeMessage(detail)).toBeNull();
  });
});

describe('exchanges (worker side)', () => {
  it('accepts an honest exchange and rejects extra fields and oversize bodies', () => {
    expect(parseExchange(good)).toEqual(good);
    expect(parseExchange({ ...good, account: 'urn:li:fsd_profile:forged' })).toBeNull();
    expect(parseExchange({ ...good, requestBody: 'x'.repeat(MAX_EXCHANGE_CHARS) })).toBeNull();
    expect(parseExchange({ ...good, status: Number.NaN })).toBeNull();
    expect(parseExchange('string')).toBeNull();
  });
});
