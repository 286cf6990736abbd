import { describe, expect, it } from 'vitest';
import { parseSentLabel } from '../../../lib/linkedin/sent-time-labels';

describe('parseSentLabel: LinkedIn relative send times, as data', () => {
  it.each([
    ['Sent today', { n: 0, unit: 'day' }],
    ['Sent yesterday', { n: 1, unit: 'day' }],
    ['Sent 1 day ago', { n: 1, unit: 'day' }],
    ['Sent 3 days ago', { n: 3, unit: 'day' }],
    ['Sent 1 week ago', { n: 1, unit: 'week' }],
    ['Sent 3 weeks ago', { n: 3, unit: 'week' }],
    ['Sent 1 month ago', { n: 1, unit: 'month' }],
    ['Sent a year ago', { n: 1, unit: 'year' }],
    ['Sent an hour ago', { n: 1, unit: 'hour' }],
    ['Sent 12 minutes ago', { n: 12, unit: 'minute' }],
    ['Sent just now', { n: 0, unit: 'minute' }],
    ['Envoyée aujourd’hui', { n: 0, unit: 'day' }],
    ['Envoyée hier', { n: 1, unit: 'day' }],
    ['Envoyée il y a 2 semaines', { n: 2, unit: 'week' }],
    ['Envoyée il y a 1 an', { n: 1, unit: 'year' }],
    ['Envoyée il y a un mois', { n: 1, unit: 'month' }],
    ['Heute gesendet', { n: 0, unit: 'day' }],
    ['Vor 3 Tagen gesendet', { n: 3, unit: 'day' }],
    ['Vor einer Woche gesendet', { n: 1, unit: 'week' }],
    ['Vor 2 Monaten gesendet', { n: 2, unit: 'month' }],
    ['Enviada hoy', { n: 0, unit: 'day' }],
    ['Enviada ayer', { n: 1, unit: 'day' }],
    ['Enviada hace 5 días', { n: 5, unit: 'day' }],
    ['Enviada hace 1 año', { n: 1, unit: 'year' }],
    ['Enviado hoje', { n: 0, unit: 'day' }],
    ['Enviado ontem', { n: 1, unit: 'day' }],
    ['Enviado há 1 mês', { n: 1, unit: 'month' }],
    ['Enviado há 4 semanas', { n: 4, unit: 'week' }],
  ])('%s', (label, age) => {
    expect(parseSentLabel(label)).toEqual(age);
  });

  it('reads nothing it does not know, and nothing that is not a short label', () => {
    for (const label of [
      '送信しました',
      'Sent',
      '',
      'Withdraw',
      42,
      null,
      `Sent ${'x'.repeat(100)} 2 days ago`,
    ])
      expect(parseSentLabel(label)).toBeUndefined();
  });
});
