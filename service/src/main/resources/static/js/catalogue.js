// The licensed activities (public /api/activities), loaded once and named in the current language.
// The catalogue names them in Russian and English only: a Kazakh page shows the Russian, marked lang="ru".
import { get } from './api.js';
import { h } from './dom.js';
import { sourceLanguage, t } from './i18n.js';

let activities;

export async function loadActivities() {
    if (!activities) {
        const { data } = await get('/api/activities', { authorization: null });
        activities = data;
    }
    return activities;
}

/** The name of an activity, sub-activity or term in the language the catalogue gives for this page (see sourceLanguage). */
export function named(x) {
    if (!x) return '';
    return sourceLanguage() === 'ru' ? x.ru : x.en;
}

/** The name as an element marked with the language it is in. */
export function namedIn(x, tag = 'span', attrs = {}) {
    return h(tag, { ...attrs, lang: sourceLanguage() }, named(x));
}

export function activity(item) {
    return activities?.activities.find((a) => a.item === Number(item));
}

/** "3. <name>" as an element marked with the language of the name. */
export function activityName(item) {
    const a = activity(item);
    return h('span', { lang: sourceLanguage() }, t('activity.numbered', { item, name: a ? named(a) : '' }));
}

function subActivityText(item, code) {
    const s = activity(item)?.subActivities.find((x) => x.code === code);
    return s ? named(s) : code;
}

export function subActivityName(item, code) {
    return h('span', { lang: sourceLanguage() }, subActivityText(item, code));
}

/** Several sub-activities in one element, separated by "; ". */
export function subActivityNames(item, codes) {
    return h('span', { lang: sourceLanguage() }, codes.map((c) => subActivityText(item, c)).join('; '));
}

/** [value, text, lang] triples for a <select> of activities. */
export function activityOptions() {
    return (activities?.activities || []).map((a) => [String(a.item), t('activity.numbered', { item: a.item, name: named(a) }), sourceLanguage()]);
}
