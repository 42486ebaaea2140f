// A dossier read-only, as a person reads it: the applicant, each requirement's needs with what was
// stated and the paper behind it, the staff, item 4's works and equipment and item 7's working
// capital. Every code is named in words from the form of the dossier's activity (GET /api/form).
// Used by the application page once it is filed, and by the officer's review.
import { get } from './api.js';
import { definitionList, h } from './dom.js';
import { citation, currentLanguage, formatDate, t } from './i18n.js';
import { readDossier, slotKey } from './form-model.js';

/** What the applicant wrote: their data, in whatever language they wrote it, not the page's words. */
const data = (tag, text, attrs = {}) => h(tag, { ...attrs, translate: 'no' }, text);
const nameOf = (list, code) => list?.find((x) => x.code === code)?.name ?? (code ? t('common.other') : '—');

/** The form a dossier is read with: its activity's, with what it declares. */
export async function formFor(dossier, app) {
    const q = new URLSearchParams({ activity: String(app?.activity ?? dossier.activity), lang: currentLanguage() });
    (app?.subActivities ?? dossier.subActivities ?? []).forEach((s) => q.append('subactivity', s));
    (dossier.works || []).forEach((w) => q.append('work', w));
    return (await get(`/api/form?${q}`, { authorization: null })).data;
}

/** The dossier as a read-only card; documents: the application's stored files, to name each paper's file. */
export function dossierView(dossier, form, documents = []) {
    const model = readDossier(dossier, form, null);
    const fileName = (id) => documents.find((d) => d.id === id)?.filename;
    const paper = (answer) => (answer?.fileId
        ? h('span', { class: 'paper paper-attached' }, '✓ ', t('form.upload.attached'), ': ', h('span', { translate: 'no' }, fileName(answer.fileId) || t('form.upload.file')))
        : h('span', { class: 'paper paper-missing' }, '! ', t('form.upload.missing')));
    const a = model.applicant;
    const parts = [
        h('section', { class: 'dossier-part', id: 'dossier-applicant' },
            h('h3', {}, t('form.applicant')),
            definitionList([
                [t('form.legalForm'), nameOf(form.applicant.legalForms, a.legalForm)],
                [t('form.taxId'), a.taxId || '—'],
                [t('form.name'), a.name ? data('span', a.name) : '—'],
                [t('form.address'), a.address ? data('span', a.address) : '—'],
                [t('form.head'), a.headName || a.headPosition ? data('span', [a.headName, a.headPosition].filter(Boolean).join(', ')) : '—'],
            ])),
    ];
    if (model.works.length) {
        parts.push(h('section', { class: 'dossier-part', id: 'dossier-works' }, h('h3', {}, t('form.works')),
            h('ul', { class: 'plain' }, model.works.map((w) => h('li', {}, nameOf(form.works, w))))));
    }
    for (const section of form.sections) {
        if (!section.applies || section.kind === 'legal-form') continue;
        const items = [];
        for (const need of section.needs) {
            const answer = model.needs[slotKey(section.requirement, need.key)] || {};
            const alt = need.alternatives.find((x) => x.code === answer.alt) || need.alternatives[0];
            const stated = [answer.description, answer.name, answer.title, answer.counterparty].filter(Boolean).join('; ');
            const paperFacts = [answer.number ? `№ ${answer.number}` : null, answer.date || answer.documentDate ? formatDate(answer.date || answer.documentDate) : null].filter(Boolean).join(', ');
            items.push(h('li', { class: 'dossier-need' },
                h('p', { class: 'need-name' }, need.name),
                need.alternatives.length > 1 && alt ? h('p', { class: 'muted' }, alt.name) : null,
                stated ? data('p', stated) : h('p', { class: 'muted' }, t('form.view.notStated')),
                answer.legalBasis ? h('p', { class: 'muted' }, nameOf(form.choices.legalBases, answer.legalBasis)) : null,
                h('p', {}, paper(answer), paperFacts ? ` (${paperFacts})` : '')));
        }
        for (const slot of section.documents) {
            const answer = model.listed[slotKey(section.requirement, slot.key)] || {};
            items.push(h('li', { class: 'dossier-need' }, h('p', { class: 'need-name' }, slot.name), h('p', {}, paper(answer),
                answer.documentDate ? ` (${formatDate(answer.documentDate)})` : '')));
        }
        if (section.workingCapital && model.capital) {
            const c = model.capital;
            items.push(h('li', { class: 'dossier-need' }, h('p', { class: 'need-name' }, t('form.capital')),
                definitionList([[t('form.capital.amount'), c.amount || '—'], [t('form.capital.bank'), c.bank ? data('span', c.bank) : '—'], [t('form.capital.date'), formatDate(c.date)]]),
                h('p', {}, paper(c))));
        }
        if (section.equipment && model.equipment.length) {
            items.push(h('li', { class: 'dossier-need' }, h('p', { class: 'need-name' }, t('form.equipment')),
                h('ul', { class: 'plain' }, model.equipment.map((e) => h('li', {},
                    h('span', {}, nameOf(section.equipment.kinds, e.kind)), ': ', data('span', e.description),
                    e.workingPressureKgfCm2 ? `; ${t('form.equipment.pressure')}: ${e.workingPressureKgfCm2}` : '',
                    e.coolantTemperatureC ? `; ${t('form.equipment.temperature')}: ${e.coolantTemperatureC}` : '',
                    e.singleTechnologicalProcess ? `; ${t('form.equipment.single')}` : '')))));
        }
        if (!items.length) continue;
        parts.push(h('section', { class: 'dossier-part', dataset: { requirement: section.requirement } },
            h('h3', {}, h('span', { class: 'citation' }, citation(section.citation)), ' ', h('span', {}, section.title)),
            h('ul', { class: 'dossier-needs' }, items)));
    }
    if (model.staff.length) {
        parts.push(h('section', { class: 'dossier-part', id: 'dossier-staff' }, h('h3', {}, t('form.staff')),
            h('ul', { class: 'dossier-staff' }, model.staff.map((p) => h('li', { class: 'person-card' },
                h('p', {}, data('strong', p.fullName), ' — ', data('span', p.position)),
                h('p', { class: 'muted' }, [nameOf(form.choices.roles, p.role), nameOf(form.choices.educationLevels, p.education?.level),
                    nameOf(form.choices.educationFields, p.education?.field),
                    p.experienceMonths !== null && p.experienceMonths !== undefined ? t('form.view.experience', { years: Math.floor(p.experienceMonths / 12), months: p.experienceMonths % 12 }) : null,
                ].filter(Boolean).join(' · '), p.education?.specialty ? [' · ', data('span', p.education.specialty)] : null))))));
    }
    return h('section', { class: 'card dossier-view', id: 'dossier-view', 'aria-labelledby': 'dossier-view-title' },
        h('h2', { id: 'dossier-view-title' }, t('form.view.title')), parts);
}
