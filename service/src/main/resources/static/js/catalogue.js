// The licensed activities (public /api/activities), named in the page's language: the service answers
// in the language the page asks for, and they are loaded again when it changes.
import { get } from './api.js';
import { h } from './dom.js';
import { currentLanguage, t } from './i18n.js';

let activities;
let loadedIn;

export async function loadActivities() {
    if (!activities || loadedIn !== currentLanguage()) {
        const language = currentLanguage();
        const { data } = await get('/api/activities', { authorization: null });
        activities = data;
        loadedIn = language;
    }
    return activities;
}

/** The name of an activity, sub-activity or term, in the page's language. */
export function named(x) {
    return x ? x.name : '';
}

/** The name as an element. */
export function namedIn(x, tag = 'span', attrs = {}) {
    return h(tag, attrs, named(x));
}

export function activity(item) {
    return activities?.activities.find((a) => a.item === Number(item));
}

/** "3. <name>" as an element marked with the language of the name. */
export function activityName(item) {
    const a = activity(item);
    return h('span', {}, t('activity.numbered', { item, name: a ? named(a) : '' }));
}

function subActivityText(item, code) {
    const s = activity(item)?.subActivities.find((x) => x.code === code);
    return s ? named(s) : code;
}

export function subActivityName(item, code) {
    return h('span', {}, subActivityText(item, code));
}

/** Several sub-activities in one element, separated by "; ". */
export function subActivityNames(item, codes) {
    return h('span', {}, codes.map((c) => subActivityText(item, c)).join('; '));
}

/** [value, text] pairs for a <select> of activities. */
export function activityOptions() {
    return (activities?.activities || []).map((a) => [String(a.item), t('activity.numbered', { item: a.item, name: named(a) })]);
}
