// The checklist: pick an activity (and sub-activities, works) and see every requirement with its
// clause, the law's words and the documents to present.
import { get } from '../api.js';
import { field, h, loading, notice, problemView, select, uid, wordsIn } from '../dom.js';
import { citation, editionName, formatDate, formatNumber, t, tn, words } from '../i18n.js';
import { activity as activityOf, activityOptions, loadActivities, namedIn } from '../catalogue.js';

export async function checklistView(root, params, query) {
    await loadActivities();
    const chosen = query.get('activity') || '';
    const subs = new Set((query.get('subactivity') || '').split(',').filter(Boolean));
    const works = new Set((query.get('work') || '').split(',').filter(Boolean));
    const activity = select([['', t('checklist.chooseActivity')], ...activityOptions()], chosen, { id: 'checklist-activity', name: 'activity' });
    const options = h('div', { id: 'checklist-options' });
    const results = h('div', { id: 'checklist-results', 'aria-live': 'polite' });

    const hashFor = () => {
        const q = new URLSearchParams();
        if (activity.value) q.set('activity', activity.value);
        const checked = (name) => [...options.querySelectorAll(`input[name="${name}"]:checked`)].map((x) => x.value);
        if (checked('subactivity').length) q.set('subactivity', checked('subactivity').join(','));
        if (checked('work').length) q.set('work', checked('work').join(','));
        const s = q.toString();
        return `#/checklist${s ? `?${s}` : ''}`;
    };

    const renderOptions = () => {
        const a = activityOf(activity.value);
        const groups = [];
        if (a?.subActivities.length) groups.push(checkboxes('subactivity', t('checklist.subActivities'), a.subActivities, subs, (s) => (s.paragraph ? tn('checklist.paragraph', { paragraph: s.paragraph, name: namedIn(s) }) : namedIn(s))));
        if (a?.works.length) groups.push(checkboxes('work', t('checklist.works'), a.works, works, (w) => namedIn(w)));
        options.replaceChildren(...groups);
    };
    activity.addEventListener('change', () => { subs.clear(); works.clear(); renderOptions(); });
    renderOptions();

    root.append(
        h('h1', {}, t('checklist.title')),
        h('p', { class: 'lead' }, t('checklist.lead')),
        h('form', { class: 'card checklist-form', onsubmit: (e) => { e.preventDefault(); location.hash = hashFor(); } },
            field(t('checklist.activity'), activity),
            options,
            h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button-primary', id: 'checklist-show' }, t('checklist.show')))),
        results);

    if (!chosen) {
        results.append(notice(t('checklist.pick')));
        return;
    }
    results.append(loading());
    const q = new URLSearchParams({ activity: chosen });
    subs.forEach((s) => q.append('subactivity', s));
    works.forEach((w) => q.append('work', w));
    try {
        const { data } = await get(`/api/requirements?${q}`, { authorization: null });
        results.replaceChildren(...requirementsView(data));
    } catch (e) {
        results.replaceChildren(problemView(e));
    }
}

function checkboxes(name, legend, items, checked, label) {
    return h('fieldset', { class: 'choices' },
        h('legend', {}, legend),
        h('div', { class: 'choice-grid' }, items.map((item) => {
            const id = uid(name);
            return h('div', { class: 'choice' },
                h('input', { type: 'checkbox', id, name, value: item.code, checked: checked.has(item.code) }),
                h('label', { for: id }, label(item)));
        })));
}

function requirementsView(data) {
    const e = data.edition;
    const head = h('div', { class: 'checklist-head' },
        h('h2', { id: 'checklist-heading' }, tn('checklist.for', { name: namedIn(data.activity) })),
        h('p', { class: 'muted' }, t('checklist.edition', {
            edition: editionName(e.id),
            from: formatDate(e.inForceFrom),
            until: e.inForceUntil ? formatDate(dayBefore(e.inForceUntil)) : '…', // inForceUntil is the first day no longer in force
        })),
        h('p', {}, t('checklist.count', { count: formatNumber(data.lines.length) })));
    const list = h('ol', { class: 'requirements', id: 'requirements' }, data.lines.map((line) => h('li', { class: 'requirement' },
        h('article', { 'aria-labelledby': `req-${cssId(line.requirement)}` },
            h('h3', { id: `req-${cssId(line.requirement)}` },
                h('span', { class: 'citation' }, citation(line.citation)), ' ',
                wordsIn('span', line, 'title', { class: 'requirement-title' })),
            h('blockquote', { class: 'law', lang: 'ru' }, line.quote),
            line.interpretation ? h('details', { class: 'interpretation' },
                h('summary', {}, t('finding.interpretation')),
                wordsIn('p', line, 'interpretation')) : null,
            line.provide.length ? [h('h4', {}, t('checklist.provide')), provideList(line)] : null,
            line.documents.length ? [h('h4', {}, t('checklist.documents')), h('ul', { class: 'documents' }, line.documents.map((d) => h('li', {}, namedIn(d), ' ', h('code', { class: 'muted', translate: 'no' }, d.code))))] : null))));
    return [head, list];
}

function dayBefore(isoDate) {
    const d = new Date(`${isoDate}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
}

function cssId(text) {
    return text.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** What to have, in the page's language where the rules core words it in both. */
function provideList(line) {
    const [items, lang] = words(line, 'provide');
    return h('ul', { class: 'provide', lang }, items.map((p) => h('li', {}, p)));
}
