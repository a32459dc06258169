import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { de } from './messages/de';
import { en, type MessageKey } from './messages/en';

export type Lang = 'en' | 'de';
export const LANGS: Lang[] = ['en', 'de'];

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { en, de };
const STORAGE_KEY = 'vigil.lang';

/** An explicit choice wins; otherwise the browser's first language we have a catalogue for. */
export function initialLang(): Lang {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'de') return saved;
  for (const l of navigator.languages ?? [navigator.language]) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'de' || base === 'en') return base;
  }
  return 'en';
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
  /** Numbers and dates go through Intl so that 1,000.5 reads 1.000,5 in German. */
  num(n: number, digits?: number): string;
  pct(fraction: number): string;
  /** Partial ISO dates ("1965", "1965-04", "1965-04-25") keep their precision. */
  date(iso: string): string;
  dateTime(iso: string): string;
}

const I18nContext = createContext<I18n | null>(null);

function formatPartialDate(lang: Lang, iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  // UTC throughout: a date-only value must not shift a day with the viewer's time zone.
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  if (Number.isNaN(date.getTime())) return iso;
  const opts: Intl.DateTimeFormatOptions = d ? { dateStyle: 'medium', timeZone: 'UTC' } : mo ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, opts).format(date);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  const setLang = useCallback((l: Lang) => {
    localStorage.setItem(STORAGE_KEY, l);
    setLangState(l);
  }, []);

  const value = useMemo<I18n>(() => {
    document.documentElement.lang = lang;
    const catalogue = CATALOGUES[lang];
    const numberFormats = new Map<number, Intl.NumberFormat>();
    const plurals = new Intl.PluralRules(lang);
    const pctFormat = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
    const dtFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      lang,
      setLang,
      t: (key, vars) => {
        // `count` picks the singular variant (key_one) where the language's plural rules say so.
        const one = typeof vars?.count === 'number' && plurals.select(vars.count) === 'one' ? (catalogue as Record<string, string>)[`${key}_one`] : undefined;
        const text = one ?? catalogue[key] ?? en[key] ?? key;
        return vars ? text.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`)) : text;
      },
      num: (n, digits = 0) => {
        let f = numberFormats.get(digits);
        if (!f) numberFormats.set(digits, (f = new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: digits })));
        return f.format(n);
      },
      pct: (fraction) => pctFormat.format(fraction),
      date: (iso) => formatPartialDate(lang, iso),
      dateTime: (iso) => {
        const d = new Date(iso);
        return Number.isNaN(d.getTime()) ? iso : dtFormat.format(d);
      },
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
