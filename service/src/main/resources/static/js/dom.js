// Small DOM helpers: elements are built with createElement and text nodes, never from HTML strings.
import { currentLanguage, t, term, words } from './i18n.js';

/** h('a', {href: '#/x', class: 'link', onclick: fn}, 'text', child, [more]) */
export function h(tag, attrs = {}, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
        if (value === undefined || value === null || value === false) continue;
        if (name.startsWith('on') && typeof value === 'function') {
            el.addEventListener(name.slice(2), value);
        } else if (name === 'class') {
            el.className = value;
        } else if (name === 'dataset') {
            Object.assign(el.dataset, value);
        } else if (name === 'value') {
            el.value = value;
        } else if (name === 'checked' || name === 'selected') {
            el[name] = !!value;
        } else {
            el.setAttribute(name, value === true ? '' : String(value));
        }
    }
    append(el, children);
    return el;
}

function append(el, children) {
    for (const child of children.flat(Infinity)) {
        if (child === undefined || child === null || child === false) continue;
        el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
}

let ids = 0;
/** A unique id for label/for and aria-describedby pairs. */
/** A requirement's name or reading as an element, marked with the language the service gave it in. */
export function wordsIn(tag, x, field, attrs = {}) {
    const [text, lang] = words(x, field);
    return h(tag, { ...attrs, lang }, text);
}

/** A list of strings (figures, issues) as a list element, marked with the language the service gave it in. */
export function listIn(tag, x, field, attrs = {}) {
    const [items, lang] = words(x, field);
    return h(tag, { ...attrs, lang }, (items || []).map((item) => h('li', {}, item)));
}

export function uid(prefix = 'f') {
    ids += 1;
    return `${prefix}-${ids}`;
}

const TONES = {
    good: ['MET', 'COMPLIANT', 'ACTIVE', 'APPROVED', 'ACCEPTED', 'IMPORTED'],
    bad: ['NOT_MET', 'NOT_ELIGIBLE', 'NON_COMPLIANT', 'REVOKED', 'REFUSED', 'REJECTED', 'ERROR'],
    warn: ['MISSING_EVIDENCE', 'SUSPENDED', 'RETURNED', 'IMPORTED_NEEDS_REVIEW', 'NO_EDITION_IN_FORCE'],
    review: ['NEEDS_REVIEW', 'SUBMITTED', 'RESUBMITTED', 'UNDER_REVIEW', 'DOCUMENT_CHECK'],
};
const ICONS = { good: '✓', bad: '✗', warn: '!', review: '?', neutral: '–' };

export function tone(value) {
    for (const [name, values] of Object.entries(TONES)) if (values.includes(value)) return name;
    return 'neutral';
}

/** A status as colour AND text (and a glyph), e.g. badge('status', 'NOT_MET'). */
export function badge(kind, value) {
    const k = tone(value);
    return h('span', { class: `badge badge-${k}`, dataset: { value } },
        h('span', { class: 'badge-icon', 'aria-hidden': 'true' }, ICONS[k]), h('span', { class: 'badge-text' }, term(kind, value)));
}

/** A refused request as the user should read it: the problem's title and detail, and each field at fault. */
export function problemView(error) {
    const box = h('div', { class: 'problem', role: 'alert' });
    if (!error || error.status === undefined) {
        box.append(h('p', { class: 'problem-title' }, t('error.unexpected')));
        return box;
    }
    if (error.status === 0) {
        box.append(h('p', { class: 'problem-title' }, t('error.network')));
        return box;
    }
    const p = error.problem;
    const known = term('httpStatus', error.status);
    const title = known !== String(error.status) ? known : (p?.title || t('error.unexpected'));
    box.append(h('p', { class: 'problem-title' }, title, ' ', h('span', { class: 'problem-code' }, `(${error.status})`)));
    // the service words its problems in the language the request asked for: the page's
    if (p?.detail) box.append(h('p', { class: 'problem-detail', lang: currentLanguage() }, p.detail));
    if (error.fieldErrors.length) {
        box.append(h('p', { class: 'problem-fields-title' }, t('error.fields')));
        box.append(h('ul', { class: 'problem-fields' },
            error.fieldErrors.map((e) => h('li', { class: 'field-error' },
                h('code', { class: 'field-path' }, e.field ?? ''), ' — ', h('span', { lang: currentLanguage() }, e.message ?? '')))));
    }
    return box;
}

/** Replaces a container's content with a problem view (or clears it when error is null). */
export function showProblem(container, error) {
    container.replaceChildren(...(error ? [problemView(error)] : []));
}

export function notice(text, kind = 'info') {
    return h('div', { class: `notice notice-${kind}`, role: kind === 'success' ? 'status' : 'note' }, text);
}

export function loading() {
    return h('p', { class: 'loading', role: 'status' }, t('common.loading'));
}

/** A labelled field: label + control (+ hint), wired with for/id and aria-describedby. */
export function field(labelText, control, hintText) {
    const id = control.id || uid();
    control.id = id;
    const parts = [h('label', { for: id }, labelText)];
    if (hintText) {
        const hintId = `${id}-hint`;
        control.setAttribute('aria-describedby', hintId);
        parts.push(control, h('p', { class: 'hint', id: hintId }, hintText));
    } else {
        parts.push(control);
    }
    return h('div', { class: 'field' }, parts);
}

/** A <select> of [value, text] pairs, or [value, text, lang] where a text is in another language than the page. */
export function select(options, selected, attrs = {}) {
    return h('select', attrs, options.map(([value, text, lang]) =>
        h('option', { value, lang, selected: String(value) === String(selected ?? '') }, text)));
}

/** Runs an async action with the button disabled and aria-busy set, showing failures in errorBox. */
export async function busy(button, errorBox, action) {
    // a disabled button loses the keyboard's focus: given back when the button is still there, so a
    // keyboard user is not sent back to the top of the page (after a refresh the page's message takes it)
    const focused = document.activeElement === button;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    if (errorBox) showProblem(errorBox, null);
    try {
        return await action();
    } catch (e) {
        if (errorBox) {
            showProblem(errorBox, e);
            errorBox.scrollIntoView({ block: 'nearest' });
        } else console.error(e);
        return undefined;
    } finally {
        button.disabled = false;
        button.removeAttribute('aria-busy');
        const lost = !document.activeElement || document.activeElement === document.body;
        if (focused && lost && button.isConnected && !button.hidden) button.focus({ preventScroll: true });
    }
}

/** A table with a caption, header row and body rows (each an array of cells). */
export function table(caption, headers, rows, attrs = {}) {
    return h('div', { class: 'table-wrap' },
        h('table', attrs,
            caption ? h('caption', {}, caption) : null,
            h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
            h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((c) => h('td', {}, c)))))));
}

export function definitionList(pairs) {
    return h('dl', { class: 'facts' }, pairs.filter(Boolean).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

/** Asks the shell to render the current page again (after a change). */
export function refresh() {
    window.dispatchEvent(new Event('qualify:refresh'));
}

const NATIVE_VALUE = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');

/** "14.12.2012" → "2012-12-14"; '' for nothing typed; null for what is not a day of the calendar. */
export function isoOfShownDate(text) {
    const s = String(text ?? '').trim();
    if (!s) return '';
    const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
    if (!m) return null;
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A date field in the page's language. A calendar control writes the date in the browser's locale,
 * not the page's: a Kazakh or Russian page then showed 12/14/2012 on an English browser. So kk and ru
 * take the day as their documents write it, DD.MM.YYYY; the English page keeps the calendar. The
 * control's value is ISO (2012-12-14) either way, which is what the dossier stores; what cannot be
 * read as a day is kept as typed and said to be wrong beside the field.
 */
export function dateInput(attrs = {}) {
    if (currentLanguage() === 'en') return h('input', { type: 'date', ...attrs });
    const el = h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off', maxlength: '10', placeholder: t('form.date.placeholder'), 'data-date': 'true', ...attrs });
    Object.defineProperty(el, 'value', {
        get() {
            const shown = NATIVE_VALUE.get.call(this);
            const iso = isoOfShownDate(shown);
            return iso === null ? shown : iso;
        },
        set(v) {
            const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(v ?? ''));
            NATIVE_VALUE.set.call(this, m ? `${m[3]}.${m[2]}.${m[1]}` : String(v ?? ''));
        },
    });
    el.addEventListener('change', () => {
        el.parentElement?.querySelector('.field-message.date-message')?.remove();
        if (isoOfShownDate(NATIVE_VALUE.get.call(el)) !== null) return;
        el.setAttribute('aria-invalid', 'true');
        const message = h('p', { class: 'field-message field-message-bad date-message', id: uid('date') }, t('form.date.invalid'));
        el.after(message);
        el.setAttribute('aria-describedby', `${el.getAttribute('aria-describedby') || ''} ${message.id}`.trim());
    });
    return el;
}
