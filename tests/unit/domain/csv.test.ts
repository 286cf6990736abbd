import { describe, expect, it } from 'vitest';
import { csvField, csvFileName, dailyCsv } from '../../../lib/domain/csv';

const ms = (iso: string) => Date.parse(iso);
const HEADER =
  'date,account,invites,invites_with_note,messages,inmails,open_profile_messages,profile_views,comments,reactions';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['urn:li:fsd_profile:ACoAAB12', 'urn:li:fsd_profile:ACoAAB12'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['=a,b', `"'=a,b"`],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes numbers as they are', () => {
    expect(csvField(12)).toBe('12');
    expect(csvField(0)).toBe('0');
  });
});

describe('dailyCsv', () => {
  const A = 'urn:li:fsd_profile:AAA';
  const B = 'urn:li:fsd_profile:BBB';
  const now = new Date('2026-03-03T10:00:00Z');
  const accounts = [
    {
      account: A,
      since: ms('2026-03-01T10:00:00Z'),
      times: {
        invites: [ms('2026-03-01T22:59:00Z'), ms('2026-03-01T23:00:00Z')],
        invites_with_note: [ms('2026-03-01T23:00:00Z')],
        messages: [ms('2026-03-05T00:00:00Z')], // after now: the clock moved back
      },
    },
    {
      account: B,
      since: ms('2026-03-02T23:30:00Z'),
      times: { profile_views: [ms('2026-03-03T09:00:00Z'), ms('2026-03-03T09:30:00Z')] },
    },
  ];

  it('has one row per local day and account, dated in the user’s zone', () => {
    expect(dailyCsv(accounts, now, 'Europe/Paris')).toBe(
      [
        HEADER,
        `2026-03-01,${A},1,0,0,0,0,0,0,0`,
        `2026-03-02,${A},1,1,0,0,0,0,0,0`,
        `2026-03-03,${A},0,0,1,0,0,0,0,0`,
        `2026-03-03,${B},0,0,0,0,0,2,0,0`,
        '',
      ].join('\r\n'),
    );
  });

  it('moves the same instants to other days in another zone', () => {
    expect(dailyCsv(accounts, now, 'UTC')).toBe(
      [
        HEADER,
        `2026-03-01,${A},2,1,0,0,0,0,0,0`,
        `2026-03-02,${A},0,0,0,0,0,0,0,0`,
        `2026-03-02,${B},0,0,0,0,0,0,0,0`,
        `2026-03-03,${A},0,0,1,0,0,0,0,0`,
        `2026-03-03,${B},0,0,0,0,0,2,0,0`,
        '',
      ].join('\r\n'),
    );
    // 02:00 on 1 March in Los Angeles: the account's rows start that day, as in UTC.
    expect(dailyCsv(accounts, now, 'America/Los_Angeles').split('\r\n')[1]).toBe(
      `2026-03-01,${A},2,1,0,0,0,0,0,0`,
    );
  });

  it('ends every line with CRLF, starts with the fixed header and makes an odd account inert', () => {
    const text = dailyCsv([{ account: '=HYPERLINK("x")', since: now.getTime(), times: {} }], now, 'UTC');
    expect(
      text.startsWith(
        'date,account,invites,invites_with_note,messages,inmails,open_profile_messages,profile_views',
      ),
    ).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n')[1]).toBe(`2026-03-03,"'=HYPERLINK(""x"")",0,0,0,0,0,0,0,0`);
  });

  it('is the header alone without accounts', () => {
    expect(dailyCsv([], now, 'UTC')).toBe(`${HEADER}\r\n`);
  });

  it('names the file for the day in the user’s zone', () => {
    expect(csvFileName(new Date('2026-03-03T23:30:00Z'), 'Europe/Paris')).toBe('pacer-daily-2026-03-04.csv');
    expect(csvFileName(new Date('2026-03-03T23:30:00Z'), 'UTC')).toBe('pacer-daily-2026-03-03.csv');
  });
});
