// The licensed activities (public /api/activities), loaded once and named in the current language.
import { get } from './api.js';
import { currentLanguage, t } from './i18n.js';

let activities;

export async function loadActivities() {
    if (!activities) {
        const { data } = await get('/api/activities', { authorization: null });
        activities = data;
    }
    return activities;
}

/** The name of an activity, sub-activity or term in the current language. */
export function named(x) {
    if (!x) return '';
    return currentLanguage() === 'ru' ? x.ru : x.en;
}

export function activity(item) {
    return activities?.activities.find((a) => a.item === Number(item));
}

export function activityName(item) {
    const a = activity(item);
    return a ? t('activity.numbered', { item, name: named(a) }) : t('activity.numbered', { item, name: '' });
}

export function subActivityName(item, code) {
    const s = activity(item)?.subActivities.find((x) => x.code === code);
    return s ? named(s) : code;
}

/** [value, text] pairs for a <select> of activities. */
export function activityOptions() {
    return (activities?.activities || []).map((a) => [String(a.item), t('activity.numbered', { item: a.item, name: named(a) })]);
}
