import { t } from '../../../i18n/i18n.ts';

type Question = { id: string; label: string; type: string };

/** Where a question stands in the program's form; answers to since-removed questions go last. */
const rank = (questions: readonly Question[], id: string) =>
  questions.findIndex((q) => q.id === id) + 1 || 1000;

/** An application's answers in the order the program asks its questions. */
export function orderedAnswers<V>(answers: Record<string, V>, questions: readonly Question[]): [string, V][] {
  return Object.entries(answers).sort(([a], [b]) => rank(questions, a) - rank(questions, b));
}

/** An answer as text: a list of choices joined by commas. */
export const answerText = (value: unknown): string =>
  Array.isArray(value) ? value.join(', ') : String(value);

/** Whether an answer is a link to show as one: a URL question answered with an http(s) address. */
export const isLinkAnswer = (question: Question | undefined, text: string): boolean =>
  question?.type === 'url' && /^https?:\/\//.test(text);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** How an answer reads: its text, and the address when it is a link to follow. */
export type FormattedAnswer = { text: string; href?: string };

/**
 * An answer as a reader takes it in, by the question's type: numbers grouped in the reader's
 * locale (56000 → "56,000"), yes or no for a tick, choices by their labels, dates as dates, and
 * http(s) answers to URL questions as links. Anything else reads as it was typed.
 * @param locale The reader's locale; the browser's when left out.
 */
export function formatAnswer(
  question: Question | undefined,
  value: unknown,
  locale?: string,
): FormattedAnswer {
  if (Array.isArray(value))
    return { text: value.map((v) => formatAnswer(question, v, locale).text).join(', ') };
  if (typeof value === 'boolean') return { text: t(value ? 'sentences.answer.yes' : 'sentences.answer.no') };
  if (typeof value === 'number') return { text: formatNumber(value, locale) };
  if (value === null || value === undefined) return { text: '–' };
  const text = String(value);
  if (question?.type === 'number' && /^-?\d+(\.\d+)?$/.test(text.trim()))
    return { text: formatNumber(Number(text.trim()), locale) };
  if (isLinkAnswer(question, text)) return { text, href: text };
  if (ISO_DAY.test(text)) return { text: formatDay(text, locale) };
  if (ISO_INSTANT.test(text) && !Number.isNaN(Date.parse(text)))
    return { text: new Date(text).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }) };
  return { text };
}

function formatNumber(value: number, locale: string | undefined): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** A calendar day as the reader's medium date, the same day wherever they are. */
function formatDay(day: string, locale: string | undefined): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString(locale, { dateStyle: 'medium', timeZone: 'UTC' });
}

/** Where a handle lives on its platform, and how the platform is called. */
const PROFILES: Record<string, { label: string; url: (handle: string) => string }> = {
  instagram: { label: 'Instagram', url: (h) => `https://www.instagram.com/${h}/` },
  tiktok: { label: 'TikTok', url: (h) => `https://www.tiktok.com/@${h}` },
  youtube: { label: 'YouTube', url: (h) => `https://www.youtube.com/@${h}` },
  x: { label: 'X', url: (h) => `https://x.com/${h}` },
};

/** A handle as the applicant gave it, made a link when it is one a platform could have. */
export type HandleLink = { platform: string; label: string; handle: string; url?: string };

/**
 * The application's social handles, in the platforms' order, each as "@name" with a link to the
 * profile. A handle with characters no platform allows is shown, but not linked.
 */
export function handleLinks(handles: Record<string, string | undefined>): HandleLink[] {
  const order = Object.keys(PROFILES);
  return Object.entries(handles)
    .flatMap(([platform, given]) => {
      const name = given?.trim().replace(/^@/, '') ?? '';
      if (!name) return [];
      const profile = PROFILES[platform];
      const linkable = profile !== undefined && /^[A-Za-z0-9._-]{1,30}$/.test(name);
      return [
        {
          platform,
          label: profile?.label ?? platform,
          handle: `@${name}`,
          ...(linkable ? { url: profile.url(name) } : {}),
        },
      ];
    })
    .sort((a, b) => (order.indexOf(a.platform) + 1 || 99) - (order.indexOf(b.platform) + 1 || 99));
}

/** Up to two initials from a name: "Chloe Creator" → "CC", "anna" → "A". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words.slice(0, 1);
  return letters.map((w) => Array.from(w ?? '')[0]?.toLocaleUpperCase() ?? '').join('') || '?';
}

/** Background colours dark enough for white initials (each at least 4.5:1 against white). */
export const AVATAR_COLOURS = ['#1f3a8a', '#0f5f59', '#8a3b00', '#9d174d', '#3f6212', '#5b21b6', '#374151'];

/** The same colour for the same name, every time. */
export function avatarColour(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return AVATAR_COLOURS[hash % AVATAR_COLOURS.length] ?? '#1f3a8a';
}
