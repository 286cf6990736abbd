// LinkedIn's relative send times on the sent-invitations list ("Sent 1 week ago"), as data. The
// English forms ("Sent today", "Sent yesterday", "Sent <n> days|weeks|months ago") are the ones
// public client code reads from the GraphQL list's `sentTimeLabel` (an unattributed TypeScript sync
// client; russ-blaisdell/linked `internal/api/connections.go` names the field). No public capture
// shows the French, German, Spanish or Portuguese labels: those words are each language's usual
// phrasing, read leniently (any word order, a number or an article, then a unit word).
import type { AgeUnit, RelativeAge } from '../domain/reconcile';

/** Words for "just now": zero minutes ago. */
const NOW_WORDS = ['now', 'instant', 'jetzt', 'gerade', 'ahora', 'agora'];
/** Words for "today": zero days ago (its latest instant is now). */
const TODAY_WORDS = ['today', "aujourd'hui", 'heute', 'hoy', 'hoje'];
/** Words for "yesterday": one day ago. */
const YESTERDAY_WORDS = ['yesterday', 'hier', 'gestern', 'ayer', 'ontem'];
/** Articles that stand for "one" before a unit ("an hour ago", "il y a un mois", "vor einer Woche"). */
const ONE_WORDS = [
  'a',
  'an',
  'one',
  'un',
  'une',
  'ein',
  'eine',
  'einer',
  'einem',
  'einen',
  'uno',
  'una',
  'um',
  'uma',
];

const UNIT_WORDS: Readonly<Record<AgeUnit, readonly string[]>> = {
  minute: ['minute', 'minutes', 'min', 'mins', 'minuten', 'minuto', 'minutos'],
  hour: ['hour', 'hours', 'hr', 'hrs', 'heure', 'heures', 'stunde', 'stunden', 'hora', 'horas'],
  day: ['day', 'days', 'jour', 'jours', 'tag', 'tage', 'tagen', 'dia', 'dias'],
  week: ['week', 'weeks', 'wk', 'wks', 'semaine', 'semaines', 'woche', 'wochen', 'semana', 'semanas'],
  month: ['month', 'months', 'mo', 'mois', 'monat', 'monate', 'monaten', 'mes', 'meses'],
  year: [
    'year',
    'years',
    'yr',
    'yrs',
    'an',
    'ans',
    'annee',
    'annees',
    'jahr',
    'jahre',
    'jahren',
    'ano',
    'anos',
  ],
};

const UNIT_OF = new Map<string, AgeUnit>(
  (Object.entries(UNIT_WORDS) as [AgeUnit, readonly string[]][]).flatMap(([unit, words]) =>
    words.map((w) => [w, unit] as const),
  ),
);
const ONE = new Set(ONE_WORDS);
const NOW = new Set(NOW_WORDS);
const TODAY = new Set(TODAY_WORDS);
const YESTERDAY = new Set(YESTERDAY_WORDS);
const MAX_LABEL = 80;

/** Lowercase words without accents (días → dias, année → annee); apostrophes kept inside words. */
function words(label: string): string[] {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019`]/g, "'")
    .split(/[^a-z0-9']+/)
    .filter((w) => w !== '');
}

/** A relative send time from LinkedIn's label, or undefined when the label says none Pacer reads. */
export function parseSentLabel(label: unknown): RelativeAge | undefined {
  if (typeof label !== 'string' || label.length > MAX_LABEL) return undefined;
  const ws = words(label);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    const unit = UNIT_OF.get(ws[i + 1] ?? '');
    if (unit && (/^\d{1,4}$/.test(w) || ONE.has(w))) return { n: ONE.has(w) ? 1 : Number(w), unit };
  }
  if (ws.some((w) => YESTERDAY.has(w))) return { n: 1, unit: 'day' };
  if (ws.some((w) => TODAY.has(w))) return { n: 0, unit: 'day' };
  if (ws.some((w) => NOW.has(w))) return { n: 0, unit: 'minute' };
  return undefined;
}
