// Every visible string comes from /i18n/<lang>.json; the language is remembered in localStorage.
// Kazakh, the state language, comes first; Russian is used officially beside it.
const SUPPORTED = ['kk', 'ru', 'en'];
const STORAGE_KEY = 'qualify.lang';
// When neither the remembered choice nor the browser names one of the three: Russian, the language
// used officially beside Kazakh, which the button beside it switches from.
const FALLBACK = 'ru';
const LOCALES = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };
let language = FALLBACK;
let dictionary = {};

export function languages() {
    return SUPPORTED;
}

export function currentLanguage() {
    return language;
}

/** The language to start in: the remembered choice, else the browser's first among ours, else Russian. */
function initial() {
    try {
        const stored = localStorage.getItem(STORAGE_KEY);
        if (SUPPORTED.includes(stored)) return stored;
    } catch {
        // private mode: nothing remembered
    }
    return fromBrowser(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

/** The first of the browser's languages we speak ("kk-KZ" → kk), else the fallback. */
export function fromBrowser(preferred) {
    for (const tag of preferred || []) {
        const primary = String(tag || '').toLowerCase().split('-')[0];
        if (SUPPORTED.includes(primary)) return primary;
    }
    return FALLBACK;
}

/** Loads a language (the remembered one by default), sets <html lang> and translates the page's static parts. */
export async function useLanguage(requested = initial()) {
    const lang = SUPPORTED.includes(requested) ? requested : FALLBACK;
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

/**
 * A requirement's or finding's words as the service gives them: [text, lang]. The service answers in
 * the language the page asks for (Accept-Language), so every text but the law's quote (marked
 * lang="ru" class="law" where it is shown) is in the page's own language.
 */
export function words(x, field) {
    return [x?.[field], language];
}

/**
 * A clause as the page's reader cites it. The rules give the Russian citation ("п. 3 пп. 2) абз. 16");
 * Kazakh cites the same clause as "3-тармақ 2) тармақша 16-абзац". Anything else is returned as given.
 */
export function citation(text) {
    if (!text) return text;
    // the clause's id ("3.2.a16", the review points carry it) is a code: a person reads the citation
    const id = /^(\d+)(?:\.(\d+))?(?:\.a(\d+))?$/.exec(String(text).trim());
    const m = id || /^п\. (\d+)(?: пп\. (\d+)\))?(?: абз\. (\d+))?$/.exec(String(text).trim());
    if (!m) return text;
    const [, item, sub, paragraph] = m;
    if (language === 'kk') {
        return [`${item}-тармақ`, sub ? `${sub}) тармақша` : null, paragraph ? `${paragraph}-абзац` : null].filter(Boolean).join(' ');
    }
    return [`п. ${item}`, sub ? `пп. ${sub})` : null, paragraph ? `абз. ${paragraph}` : null].filter(Boolean).join(' ');
}

/**
 * Like t(), for a text with words in another language inside it: the placeholders may be nodes
 * (e.g. an activity's name marked lang="ru"), and the result is a list of strings and nodes for h().
 */
export function tn(key, params = {}) {
    const text = dictionary[key];
    if (text === undefined) return [t(key, params)];
    const out = [];
    let last = 0;
    for (const m of text.matchAll(/\{(\w+)\}/g)) {
        out.push(text.slice(last, m.index));
        const value = params[m[1]];
        out.push(value === undefined || value === null ? m[0] : value instanceof Node ? value : String(value));
        last = m.index + m[0].length;
    }
    out.push(text.slice(last));
    return out.filter((x) => x !== '');
}

/** An edition of the requirements by the act it is ("decree-967-2012" → Decree No. 967 (2012)), not by its id. */
export function editionName(id) {
    const m = /^decree-(\d+)-(\d{4})$/.exec(String(id ?? ''));
    return m ? t('edition.decree', { number: m[1], year: m[2] }) : (id || '—');
}

/** The text for a key, with {name} placeholders filled; the key itself when missing (never "undefined"). */
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

/** A ref of a dossier's entry as the rules quote it: "file-35", "net-10kv", "7.5/need-1". */
const REF = '[a-z0-9]+(?:[-_./][\\p{L}0-9]+)+';

/** The kinds of code the rules' English words may still carry, each named by the page's dictionary. */
const CODE_KINDS = ['legalForm'];

/**
 * A rules' sentence with any code in it ("the item extends to LEGAL_ENTITY", "[BRANCH, LEGAL_ENTITY]")
 * named in words ("legal entity"): a person never reads a code, whatever the rules core wrote.
 */
export function withoutCodes(text) {
    if (typeof text !== 'string') return text;
    const name = (code) => {
        for (const kind of CODE_KINDS) {
            const words = dictionary[`${kind}.${code}`];
            if (words !== undefined) return words.charAt(0).toLowerCase() + words.slice(1);
        }
        return null;
    };
    return text
        .replace(/\[((?:[A-Z][A-Z0-9_]+)(?:, [A-Z][A-Z0-9_]+)*)\]/g, (whole, list) => {
            const names = list.split(', ').map(name);
            return names.every(Boolean) ? names.join(', ') : whole;
        })
        .replace(/\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/g, (code) => name(code) ?? code)
        // "present (file-35)", "(rig-zj50)", "7.5/need-1: …": the refs of a dossier's entries are data, not words
        .replace(new RegExp(` \\((?=[^)]*\\p{L})${REF}(?:, ${REF})*\\)`, 'gu'), '')
        .replace(new RegExp(`^(?=[^:]*\\p{L})${REF}: `, 'u'), '')
        // on a Kazakh or Russian page a one-word Latin ref ("(mill)", "crushing: …") is data too: no word of
        // the page's language is written in Latin letters
        .replace(language === 'en' ? /$^/ : / \([a-z][a-z0-9]*(?:, [a-z][a-z0-9]*)*\)/g, '')
        .replace(language === 'en' ? /$^/ : /^[a-z][a-z0-9]*: /, '');
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

/** A date ("2012-11-01") or an instant ("2026-01-02T10:00:00Z"): DD.MM.YYYY in Kazakh and Russian, 1 Nov 2012 in English. */
export function formatDate(value) {
    if (!value) return '—';
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const d = dateOnly ? new Date(`${value}T00:00:00`) : new Date(value);
    if (Number.isNaN(d.getTime())) return String(value);
    // Kazakh and Russian documents write DD.MM.YYYY; Chromium's 'kk-KZ' gives the ISO order, so it is spelled out
    if (language !== 'en') return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;
    return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function formatDateTime(value) {
    if (!value) return '—';
    const d = new Date(value);
    if (Number.isNaN(d.getTime())) return String(value);
    return `${formatDate(value)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function formatNumber(n) {
    return new Intl.NumberFormat(LOCALES[language]).format(n);
}
