// An assessment report (the rules core's JSON): the verdict and, per finding, status, clause,
// what was checked, figures, issues, remedies and the law's words.
import { badge, h, wordsIn } from '../dom.js';
import { citation, currentLanguage, editionName, formatDate, formatDateTime, t, term, withoutCodes, words } from '../i18n.js';

const ORDER = ['NOT_ELIGIBLE', 'NOT_MET', 'MISSING_EVIDENCE', 'NEEDS_REVIEW', 'MET', 'NOT_APPLICABLE'];

export function verdictView(report) {
    return h('div', { class: `verdict verdict-${report.verdict}`, id: 'verdict' },
        h('p', { class: 'verdict-line' }, h('span', { class: 'verdict-label' }, t('assessment.verdict')), ' ', badge('verdict', report.verdict)),
        h('p', { class: 'verdict-explained' }, t(`verdictExplained.${report.verdict}`)),
        // the service answers in the page's language
        report.message ? h('p', { class: 'muted' }, report.message) : null,
        h('p', { class: 'muted' }, t('assessment.asOf', { date: formatDate(report.asOf), edition: editionName(report.edition?.id) })));
}

function countsView(counts) {
    return h('ul', { class: 'counts', 'aria-label': t('assessment.counts') }, ORDER.filter((s) => counts?.[s]).map((s) =>
        h('li', {}, badge('status', s), ' ', h('span', { class: 'count' }, String(counts[s])))));
}

export function findingView(f) {
    const id = `finding-${f.requirement.replace(/[^A-Za-z0-9_-]/g, '_')}`;
    return h('li', { class: `finding finding-${f.status}`, id, dataset: { status: f.status, requirement: f.requirement } },
        h('article', { 'aria-labelledby': `${id}-title` },
            h('header', { class: 'finding-head' },
                badge('status', f.status),
                h('h3', { id: `${id}-title` },
                    h('span', { class: 'citation' }, citation(f.citation)), ' ',
                    wordsIn('span', f, 'title', { class: 'requirement-title' }))),
            h('p', { class: 'finding-summary' }, h('span', { class: 'label' }, t('finding.checked')), ' ', plainIn('span', f, 'summary')),
            list('finding.figures', f, 'figures', withoutCodes),
            list('finding.issues', f, 'issues', (i) => withoutCodes(i.problem)), // the ref is data (a row, an id): the problem names what it is about
            list('finding.remedies', f, 'remedies', withoutCodes),
            h('details', { class: 'law-details' },
                h('summary', {}, t('finding.law', { citation: citation(f.citation) })),
                h('blockquote', { class: 'law', lang: 'ru' }, f.quote),
                f.interpretation ? h('p', { class: 'interpretation' }, h('span', { class: 'label' }, t('finding.interpretation')), ' ', wordsIn('span', f, 'interpretation')) : null)));
}

/** A finding's sentence as wordsIn gives it, with any code in it named in words. */
function plainIn(tag, f, field) {
    const [text, lang] = words(f, field);
    return h(tag, { lang }, withoutCodes(text));
}

/** One list of a finding (figures, issues, remedies), in the page's language where the finding gives it. */
function list(key, f, field, render) {
    const [items, lang] = words(f, field);
    if (!items?.length) return null;
    return h('div', { class: `finding-part finding-${field}` },
        h('h4', {}, t(key)),
        h('ul', { lang }, items.map((x) => h('li', {}, render(x)))));
}

/** The whole report; with onlyProblems a toggle hides met and not-applicable findings. */
export function assessmentView(report, { headingLevel = 'h2', title = t('assessment.title') } = {}) {
    const findings = [...report.findings].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
    const list = h('ol', { class: 'findings', id: 'findings' }, findings.map(findingView));
    const toggleId = `only-problems-${Math.random().toString(36).slice(2, 8)}`;
    const toggle = h('input', { type: 'checkbox', id: toggleId });
    toggle.addEventListener('change', () => list.classList.toggle('only-problems', toggle.checked));
    return h('section', { class: 'assessment', 'aria-labelledby': 'assessment-title' },
        h(headingLevel, { id: 'assessment-title' }, title),
        verdictView(report),
        countsView(report.counts),
        h('div', { class: 'choice inline' }, toggle, h('label', { for: toggleId }, t('assessment.onlyProblems'))),
        list);
}


/**
 * The filed assessment as the officer's acceptances make it read (GET …/reviewed-assessment): said so
 * in words above the findings — each need the officer accepted as absent, who accepted it, when and
 * why, and the verdict the filing had.
 */
export function reviewedAssessmentView(report, options = {}) {
    const section = assessmentView(report, { ...options, title: t('assessment.reviewed') });
    const note = h('div', { class: 'notice notice-info reviewed-note', id: 'reviewed-note', role: 'note' },
        h('p', {}, t('assessment.reviewedLead')),
        h('ul', { class: 'reviewed-absences' }, report.acceptedAbsences.map((a) => h('li', { dataset: { requirement: a.requirementId, slot: a.slot } },
            h('span', { class: 'citation' }, citation(a.clause)), ' ', h('strong', {}, a.need), ' — ',
            t('assessment.reviewedBy', { officer: a.acceptedByName || a.acceptedBy, at: formatDateTime(a.acceptedAt) }), ': ',
            h('q', {}, a.reason)))),
        report.filedVerdict ? h('p', { class: 'muted' }, t('assessment.reviewedFiled', { verdict: term('verdict', report.filedVerdict) })) : null);
    section.querySelector('#assessment-title').after(note);
    return section;
}
