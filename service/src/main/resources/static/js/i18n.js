// Every visible string comes from /i18n/<lang>.json; the language is remembered in localStorage.
const SUPPORTED = ['ru', 'en'];
const STORAGE_KEY = 'qualify.lang';
let language = 'ru';
let dictionary = {};

export function languages() {
    return SUPPORTED;
}

export function currentLanguage() {
    return language;
}

function remembered() {
    try {
        const stored = localStorage.getItem(STORAGE_KEY);
        return SUPPORTED.includes(stored) ? stored : 'ru';
    } catch {
        return 'ru';
    }
}

/** Loads a language (the remembered one by default), sets <html lang> and translates the page's static parts. */
export async function useLanguage(requested = remembered()) {
    const lang = SUPPORTED.includes(requested) ? requested : 'ru';
    const response = await fetch(`/i18n/${lang}.json`, { credentials: 'omit' });
    if (!response.ok) throw new Error(`i18n ${lang}: HTTP ${response.status}`);
    dictionary = await response.json();
    language = lang;
    try {
        localStorage.setItem(STORAGE_KEY, lang);
    } catch {
        // private mode: the choice lasts for this page only
    }
    document.documentElement.lang = lang;
    translate(document);
}

/** The text for a key, with {name} placeholders filled; the key itself when missing (never "undefined"). */
/**
 * A requirement's words (name, reading, what to have) in the page's language where the rules give them — the
 * rules core writes them in English and Russian (`f.ru.title`) — with the language it is in,
 * for the element's lang attribute: [text, lang].
 */
export function words(x, field) {
    const ru = x?.ru?.[field];
    return language === 'ru' && ru ? [ru, 'ru'] : [x?.[field], 'en'];
}

export function t(key, params = {}) {
    const text = dictionary[key];
    if (text === undefined) {
        console.warn(`missing translation: ${key}`);
        return key;
    }
    return text.replace(/\{(\w+)\}/g, (whole, name) => (params[name] === undefined || params[name] === null ? whole : String(params[name])));
}

/** A translated enum value (status, verdict, role, state…): t(`${kind}.${value}`), the value itself if unknown. */
export function term(kind, value) {
    const key = `${kind}.${value}`;
    return dictionary[key] === undefined ? String(value ?? '') : dictionary[key];
}

/** Fills elements marked data-i18n (text) and data-i18n-placeholder / -title / -aria-label (attributes). */
export function translate(root) {
    root.querySelectorAll('[data-i18n]').forEach((el) => {
        el.textContent = t(el.dataset.i18n);
    });
    for (const attr of ['placeholder', 'title', 'aria-label']) {
        root.querySelectorAll(`[data-i18n-${attr}]`).forEach((el) => {
            el.setAttribute(attr, t(el.getAttribute(`data-i18n-${attr}`)));
        });
    }
}

const pad = (n) => String(n).padStart(2, '0');

/** A date ("2012-11-01") or an instant ("2026-01-02T10:00:00Z"): DD.MM.YYYY in Russian, 1 Nov 2012 in English. */
export function formatDate(value) {
    if (!value) return '—';
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const d = dateOnly ? new Date(`${value}T00:00:00`) : new Date(value);
    if (Number.isNaN(d.getTime())) return String(value);
    if (language === 'ru') return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;
    return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function formatDateTime(value) {
    if (!value) return '—';
    const d = new Date(value);
    if (Number.isNaN(d.getTime())) return String(value);
    return `${formatDate(value)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function formatNumber(n) {
    return new Intl.NumberFormat(language === 'ru' ? 'ru-RU' : 'en-GB').format(n);
}
