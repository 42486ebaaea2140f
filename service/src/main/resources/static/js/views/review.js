// The officer's side: the review queue, and one application's review — the submission's findings,
// a judgment (with a comment) on each point that needs one, return for completion, the decision.
import { get, post, put, request, session } from '../api.js';
import { badge, busy, definitionList, field, h, notice, problemView, refresh, select, table, uid, wordsIn } from '../dom.js';
import { citation, formatDate, formatDateTime, formatNumber, t, term, tn, withoutCodes } from '../i18n.js';
import { activityName, loadActivities, subActivityName, subActivityNames } from '../catalogue.js';
import { assessmentView, reviewedAssessmentView } from './assessment.js';
import { decisionView, documentsTable, formatSize, officialDocumentsView } from './decision.js';

let flash = null;

const QUEUE_STATES = ['SUBMITTED', 'RESUBMITTED', 'UNDER_REVIEW', 'RETURNED', 'APPROVED', 'REFUSED', 'WITHDRAWN'];
const QUEUE_SORTS = ['DEADLINE', 'FILED', 'APPLICANT', 'UPDATED'];
const QUEUE_SIZE = 25;

/** Where a statutory term stands, in words and colour: days left, the last day, or overdue with what follows. */
export function deadlineBadge(d) {
    if (!d) return h('span', { class: 'muted' }, t('deadline.none'));
    if (d.passed) {
        return h('span', { class: 'badge badge-bad deadline-state', dataset: { passed: 'true' } },
            h('span', { class: 'badge-icon', 'aria-hidden': 'true' }, '!'),
            h('span', { class: 'badge-text' }, t('deadline.overdue', { days: d.workingDaysOverdue })));
    }
    const tone = d.lastDayToday || d.workingDaysLeft <= 2 ? 'warn' : 'review';
    return h('span', { class: `badge badge-${tone} deadline-state`, dataset: { left: String(d.workingDaysLeft) } },
        h('span', { class: 'badge-icon', 'aria-hidden': 'true' }, tone === 'warn' ? '!' : '•'),
        h('span', { class: 'badge-text' }, d.lastDayToday ? t('deadline.lastDay') : t('deadline.left', { days: d.workingDaysLeft })));
}

export async function queueView(root, params, query) {
    await loadActivities();
    const q = query.get('q') || '';
    const state = query.get('state') || '';
    const sort = QUEUE_SORTS.includes(query.get('sort')) ? query.get('sort') : 'DEADLINE';
    const page = Math.max(0, Number.parseInt(query.get('page') || '0', 10) || 0);
    const toHash = (changes) => {
        const next = new URLSearchParams({ q, state, sort, page: String(page), ...changes });
        for (const [k, v] of [...next.entries()]) if (!v || (k === 'page' && v === '0') || (k === 'sort' && v === 'DEADLINE')) next.delete(k);
        const text = next.toString();
        return text ? `#/review?${text}` : '#/review';
    };
    root.append(h('h1', {}, t('queue.title')), h('p', { class: 'lead' }, t('queue.lead')));

    const search = h('input', { type: 'search', id: 'queue-search', value: q, maxlength: '200', autocomplete: 'off' });
    const stateSelect = select([['', t('queue.waiting')], ...QUEUE_STATES.map((s) => [s, term('state', s)])], state, { id: 'queue-state' });
    const sortSelect = select(QUEUE_SORTS.map((s) => [s, t(`queue.sort.${s}`)]), sort, { id: 'queue-sort' });
    const apply = h('button', { type: 'submit', class: 'button', id: 'queue-apply' }, t('queue.apply'));
    root.append(h('form', {
        class: 'search-form queue-tools', role: 'search',
        onsubmit: (e) => {
            e.preventDefault();
            location.hash = toHash({ q: search.value.trim(), state: stateSelect.value, sort: sortSelect.value, page: '0' });
        },
    }, field(t('queue.search'), search, t('queue.searchHint')), field(t('queue.state'), stateSelect), field(t('queue.sort'), sortSelect),
    h('div', { class: 'actions' }, apply)));

    const ask = new URLSearchParams({ size: String(QUEUE_SIZE), page: String(page), sort });
    if (q) ask.set('q', q);
    if (state) ask.set('state', state);
    const { data } = await get(`/api/review/queue?${ask}`);
    if (!data.items.length) {
        root.append(notice(q || state ? t('queue.noneFound') : t('queue.empty')));
        return;
    }
    const overdue = data.items.filter((a) => a.decision?.passed).length;
    if (overdue) root.append(notice(t('queue.overdueCount', { count: overdue }), 'warn'));
    const headers = [t('queue.applicant'), t('application.activity'), t('queue.filedOn'), t('queue.deadline'), t('application.state'), t('common.action')];
    const rows = data.items.map((a) => {
        const cells = [
            h('span', {}, h('strong', { class: 'queue-applicant', translate: 'no' }, a.applicant), h('br'), h('span', { class: 'muted' }, t('queue.bin', { bin: a.taxId }))),
            activityName(a.activity),
            h('span', {}, formatDate(a.filedOn), a.filings > 1 ? h('span', { class: 'muted' }, ' ', t('queue.refiled')) : null),
            a.decision
                ? h('span', { class: 'queue-deadline' }, formatDate(a.decision.lastDay), h('br'), deadlineBadge(a.decision),
                    a.completenessCheck && !a.completenessCheck.passed && (a.state === 'SUBMITTED' || a.state === 'RESUBMITTED')
                        ? h('span', { class: 'muted queue-check' }, h('br'), t('queue.checkBy', { date: formatDate(a.completenessCheck.lastDay) })) : null)
                : h('span', { class: 'muted' }, t('deadline.none')),
            badge('state', a.state),
            h('a', { href: `#/review/${a.id}`, class: 'button button-small', 'aria-label': t('queue.openNumbered', { id: a.id, name: a.applicant }) }, t('queue.open')),
        ];
        return h('tr', { dataset: { id: String(a.id) }, class: a.decision?.passed ? 'overdue' : null },
            cells.map((c, i) => h('td', { 'data-label': headers[i] }, c)));
    });
    root.append(h('div', { class: 'table-wrap' }, h('table', { class: 'data-table stacking', id: 'queue-table' },
        h('caption', {}, t('queue.count', { count: formatNumber(data.total) })),
        h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
        h('tbody', {}, rows))));
    const pages = Math.max(1, Math.ceil(data.total / data.size));
    if (pages > 1) {
        root.append(h('nav', { class: 'pager', 'aria-label': t('common.pages') },
            page > 0 ? h('a', { class: 'button button-quiet', href: toHash({ page: String(page - 1) }), id: 'queue-previous' }, t('common.previous')) : null,
            h('span', {}, t('common.pageOf', { page: page + 1, pages })),
            page + 1 < pages ? h('a', { class: 'button button-quiet', href: toHash({ page: String(page + 1) }), id: 'queue-next' }, t('common.next')) : null));
    }
    root.append(h('p', { class: 'hint' }, t('deadline.explained')));
}

export async function reviewView(root, [idText]) {
    await loadActivities();
    const id = Number(idText);
    const { data: app, etag } = await get(`/api/applications/${id}`);
    const officer = session.is('OFFICER');
    const [organisation, submissions, documents, deadlines] = await Promise.all([
        get(`/api/organisations/${app.organisationId}`).then((r) => r.data, () => null),
        get(`/api/applications/${id}/submissions`).then((r) => r.data, () => []),
        get(`/api/applications/${id}/documents`).then((r) => r.data, () => []),
        get(`/api/applications/${id}/deadlines`).then((r) => r.data, () => []),
    ]);
    root.append(
        h('p', { class: 'breadcrumb' }, h('a', { href: '#/review' }, t('queue.title'))),
        h('h1', {}, t('review.title', { id: app.id })),
        h('div', { class: 'card summary' }, definitionList([
            [t('application.state'), h('span', { id: 'application-state' }, badge('state', app.state))],
            organisation ? [t('review.applicant'), `${organisation.name} (${organisation.taxId})`] : null,
            [t('application.activity'), activityName(app.activity)],
            [t('application.subActivities'), app.subActivities.length ? subActivityNames(app.activity, app.subActivities) : t('common.none')],
            app.filedOn ? [t('queue.filedOn'), formatDate(app.filedOn)] : null,
            [t('application.updated'), formatDateTime(app.updatedAt)],
        ])));
    if (deadlines.length) root.append(deadlinesCard(deadlines));
    if (flash) {
        // the outcome of what the officer just did, where the page now starts: focused (so a screen
        // reader reads it and the page scrolls to it), not left at the top while the officer is below
        const message = flash;
        flash = null;
        message.setAttribute('tabindex', '-1');
        message.id = 'review-flash';
        root.append(message); // focused by the shell once the page is shown
    }
    if (app.state === 'APPROVED' || app.state === 'REFUSED') root.append(await decisionView(id));
    if (app.state !== 'DRAFT') root.append(await officialDocumentsView(id));
    if (officer && (app.state === 'SUBMITTED' || app.state === 'RESUBMITTED')) root.append(startPanel(app, etag));
    const dossier = app.filedOn ? await get(`/api/applications/${id}/review/dossier`).then((r) => r.data, () => null) : null;
    if (dossier) root.append(dossierSection(dossier));
    if (app.state === 'UNDER_REVIEW') {
        try {
            const { data: checklist } = await get(`/api/applications/${id}/review`);
            root.append(pointsSection(app, checklist, officer, dossier, documents));
            if (checklist.absences?.length) root.append(absencesSection(app, checklist, officer));
            if (officer) root.append(h('div', { class: 'two-columns' }, returnForm(app, etag), decisionForm(app, etag, checklist)));
        } catch (e) {
            root.append(problemView(e));
        }
    }
    root.append(h('section', { class: 'card', 'aria-labelledby': 'documents-title' }, h('h2', { id: 'documents-title' }, t('documents.title')), documentsTable(documents)));
    if (submissions.length) {
        const last = submissions[submissions.length - 1];
        try {
            // where the officer accepted an absence, the findings read with it (the filing itself is unchanged)
            const reviewed = await get(`/api/applications/${id}/reviewed-assessment`).then((r) => r.data, () => null);
            if (reviewed?.reviewed) {
                root.append(reviewedAssessmentView(reviewed));
            } else {
                // the filing assessed again under its edition and legal date, worded in the page's language
                // (the stored record keeps the reference contract's English and Russian)
                const { data } = await get(`/api/applications/${id}/submissions/${last.number}/replay`);
                root.append(assessmentView(data.assessment, { title: t('review.assessmentOf', { number: last.number, date: formatDate(last.legalDate) }) }));
                if (!data.sameAsStored) root.append(notice(t('review.replayDiffers'), 'warn'));
            }
        } catch (e) {
            root.append(problemView(e));
        }
    } else {
        root.append(notice(t('review.notSubmitted')));
    }
}

/** The statutory terms running against the application: the last day, where each stands, what it demands and what follows. */
function deadlinesCard(deadlines) {
    return h('section', { class: 'card deadlines', id: 'deadlines', 'aria-labelledby': 'deadlines-title' },
        h('h2', { id: 'deadlines-title' }, t('deadline.title')),
        h('ul', { class: 'deadline-list' }, deadlines.map((d) => h('li', { class: 'deadline', dataset: { term: d.term } },
            h('p', { class: 'deadline-head' }, h('strong', {}, d.name), ' — ', t('deadline.until', { date: formatDate(d.lastDay) }), ' ', deadlineBadge(d)),
            h('p', { class: 'muted' }, t(d.trigger === 'RESUBMISSION' ? 'deadline.fromResubmission' : 'deadline.fromFiling', { date: formatDate(d.startedOn) })),
            h('p', {}, d.passed ? t('deadline.followed', { what: d.ifMissed }) : t('deadline.within', { what: d.within })),
            d.certainty === 'ASSUMED' ? h('p', { class: 'hint' }, t('deadline.assumed')) : null))));
}

function startPanel(app, etag) {
    const errors = h('div', { class: 'form-errors' });
    const button = h('button', { type: 'button', class: 'button button-primary', id: 'review-start' }, t('review.start'));
    button.addEventListener('click', () => busy(button, errors, async () => {
        await post(`/api/applications/${app.id}/review/start`, undefined, { headers: { 'If-Match': etag } });
        flash = notice(t('review.started'), 'success');
        refresh();
    }));
    return h('section', { class: 'card' }, h('p', {}, t('review.startLead')), errors, h('div', { class: 'actions' }, button));
}

/** The filed dossier in words: the people with their education, experience and what the rules found; works; equipment. */
function dossierSection(d) {
    const section = h('section', { class: 'card', id: 'dossier', 'aria-labelledby': 'dossier-title' },
        h('h2', { id: 'dossier-title' }, t('officerDossier.title', { number: d.submission })));
    const a = d.applicant;
    // the name, address and head are the applicant's own words; the legal form is the page's
    if (a) {
        section.append(h('h3', {}, t('form.applicant')), h('div', { id: 'dossier-applicant' }, definitionList([
            [t('form.legalForm'), a.legalForm],
            [t('form.taxId'), a.taxId],
            [t('form.name'), h('span', { translate: 'no' }, a.name)],
            [t('form.address'), a.address ? h('span', { translate: 'no' }, a.address) : t('officerDossier.notStated')],
            [t('form.head'), a.headName ? h('span', { translate: 'no' }, `${a.headName}, ${a.headPosition}`) : t('officerDossier.notStated')],
        ])));
    }
    if (d.staff.length) {
        const headers = [t('officerDossier.person'), t('officerDossier.role'), t('officerDossier.education'), t('officerDossier.experience'), t('officerDossier.verdict')];
        section.append(h('div', { class: 'table-wrap' }, h('table', { class: 'data-table stacking', id: 'dossier-staff' },
            h('caption', {}, t('officerDossier.staff', { count: d.staff.length })),
            h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
            h('tbody', {}, d.staff.map((p) => {
                const cells = [
                    // names, positions and specialties are the applicant's data, in the applicant's words
                    h('span', { translate: 'no' }, h('strong', {}, p.fullName), p.position ? h('span', { class: 'muted' }, h('br'), p.position) : null),
                    h('span', {}, p.role, p.production ? null : h('span', { class: 'muted' }, h('br'), t('officerDossier.notProduction'))),
                    h('span', {}, p.level, ', ', p.field, p.specialty ? h('span', { class: 'muted', translate: 'no' }, h('br'), p.specialty) : null),
                    p.experienceMonths === null || p.experienceMonths === undefined ? t('officerDossier.noExperience') : t('officerDossier.months', { years: Math.floor(p.experienceMonths / 12), months: p.experienceMonths % 12 }),
                    p.verdicts?.length ? h('div', { class: 'verdicts' }, p.verdicts.map(verdictView))
                        : p.problems.length
                            ? h('ul', { class: 'issues' }, p.problems.map((x) => h('li', {}, x)))
                            : h('span', { class: 'badge badge-good' }, t('officerDossier.noProblem')),
                ];
                return h('tr', { dataset: { ref: p.ref } }, cells.map((c, i) => h('td', { 'data-label': headers[i] }, c)));
            })))));
    }
    if (d.works.length) section.append(h('h3', {}, t('licence.works')), h('ul', { id: 'dossier-works' }, d.works.map((w) => h('li', {}, w))));
    if (d.equipment.length) {
        section.append(h('h3', {}, t('licence.equipment')), h('ul', { id: 'dossier-equipment' }, d.equipment.map((e) => h('li', {},
            `${e.kind}: `, h('span', { translate: 'no' }, e.description),
            e.workingPressureKgfCm2 !== null && e.workingPressureKgfCm2 !== undefined ? `; ${t('licence.pressure', { value: formatNumber(e.workingPressureKgfCm2) })}` : '',
            e.coolantTemperatureC !== null && e.coolantTemperatureC !== undefined ? `; ${t('licence.temperature', { value: formatNumber(e.coolantTemperatureC) })}` : ''))));
    }
    return section;
}

const VERDICT_TONES = { MEETS: 'good', DOES_NOT_MEET: 'bad', EVIDENCE_MISSING: 'warn', FOR_JUDGMENT: 'review', NOT_COUNTED: 'neutral' };
const VERDICT_ICONS = { good: '✓', bad: '✗', warn: '!', review: '?', neutral: '–' };

/**
 * One person against the standard of one staff requirement: the verdict (colour, glyph and words),
 * required beside held for level, field and experience, and why. Every value comes worded from the
 * service; the outcome's constant only chooses the colour.
 */
function verdictView(v) {
    const tone = VERDICT_TONES[v.outcome] || 'neutral';
    const pair = (label, required, held, extra) => [label, h('span', { class: 'verdict-pair' },
        h('span', { class: 'muted' }, t('officerDossier.required')), ' ', required, h('br'),
        h('span', { class: 'muted' }, t('officerDossier.held')), ' ', held, extra ? h('span', {}, ' — ', extra) : null)];
    return h('div', { class: 'verdict', dataset: { outcome: v.outcome } },
        h('p', { class: 'verdict-head' },
            h('span', { class: `badge badge-${tone}` },
                h('span', { class: 'badge-icon', 'aria-hidden': 'true' }, VERDICT_ICONS[tone]),
                h('span', { class: 'badge-text' }, v.verdict)),
            ' ', h('span', { class: 'muted' }, `${v.clause}: `, v.requirement)),
        v.outcome === 'NOT_COUNTED' ? null : definitionList([
            pair(t('officerDossier.level'), v.levelRequired, v.levelHeld),
            pair(t('officerDossier.field'), v.fieldRequired, h('span', { translate: 'no' }, v.fieldHeld), v.fieldMatch),
            pair(t('officerDossier.experience'), v.experienceRequired, v.experienceHeld),
        ]),
        v.why.length ? h('div', { class: 'verdict-why' }, h('p', { class: 'label' }, t('officerDossier.why')),
            h('ul', { class: 'issues' }, v.why.map((x) => h('li', {}, x)))) : null);
}

/** The documents a point rests on, each previewed in the page (PDF and images) on request. */
function evidenceList(docs) {
    if (!docs?.length) return h('p', { class: 'muted evidence-none' }, t('officerDossier.noEvidence'));
    return h('ul', { class: 'plain evidence' }, docs.map((d) => {
        const view = h('div', { class: 'preview' });
        const button = h('button', { type: 'button', class: 'link-button' }, tn('officerDossier.preview', { name: h('span', { translate: 'no' }, d.filename) }));
        button.addEventListener('click', async () => {
            if (view.childElementCount) {
                view.replaceChildren();
                return;
            }
            try {
                const { response } = await request(`/api/documents/${d.documentId}/content`, { raw: true });
                const url = URL.createObjectURL(await response.blob());
                if (d.mediaType.startsWith('image/')) view.replaceChildren(h('img', { src: url, alt: d.filename, class: 'preview-image' }));
                else if (d.mediaType.startsWith('application/pdf')) view.replaceChildren(h('iframe', { src: url, title: d.filename, class: 'preview-pdf' }));
                else view.replaceChildren(h('p', { class: 'muted' }, t('officerDossier.noPreview')));
            } catch (e) {
                view.replaceChildren(problemView(e));
            }
        });
        return h('li', {}, button, view);
    }));
}

function pointsSection(app, checklist, officer, dossier, documents) {
    const section = h('section', { class: 'card', id: 'points', 'aria-labelledby': 'points-title' },
        h('h2', { id: 'points-title' }, t('review.points')),
        h('p', {}, checklist.points.length
            ? t('review.pointsLead', { total: checklist.points.length, missing: checklist.missing.length })
            : t('review.noPoints')));
    section.append(h('ol', { class: 'points' }, checklist.points.map((p) => pointView(app, p, officer, dossier, documents))));
    return section;
}

/**
 * The needs the law asks for only in a case the dossier cannot settle, with no document attached: the
 * officer may accept each one's absence, with a reason, or withdraw the acceptance.
 */
function absencesSection(app, checklist, officer) {
    return h('section', { class: 'card', id: 'absences', 'aria-labelledby': 'absences-title' },
        h('h2', { id: 'absences-title' }, t('review.absences')),
        h('p', {}, t('review.absencesLead')),
        h('ol', { class: 'points' }, checklist.absences.map((a, i) => {
            const key = `absence-${i}`;
            const item = h('li', { class: 'point absence', id: key, dataset: { requirement: a.requirementId, slot: a.slot } },
                h('h3', {}, h('span', { class: 'citation' }, citation(a.clause)), ' ', h('span', {}, a.name)),
                a.accepted
                    ? h('p', { class: 'judgment', id: `${key}-accepted` }, badge('outcome', 'ACCEPTED'), ' ',
                        t('review.absence.acceptedBy', { officer: a.accepted.officer, at: formatDateTime(a.accepted.acceptedAt) }), ' — ', h('q', {}, a.accepted.reason))
                    : h('p', { class: 'muted' }, t('review.absence.notAccepted')));
            if (officer) item.append(absenceForm(app, a, key));
            return item;
        })));
}

function absenceForm(app, absence, key) {
    const reason = h('textarea', { id: `${key}-reason`, rows: '2', required: true, maxlength: '4000' });
    reason.value = absence.accepted?.reason || '';
    const errors = h('div', { class: 'form-errors' });
    const accept = h('button', { type: 'submit', class: 'button', id: `${key}-accept` }, t('review.absence.accept'));
    const actions = h('div', { class: 'actions' }, accept);
    if (absence.accepted) {
        const withdraw = h('button', { type: 'button', class: 'button button-warn', id: `${key}-withdraw` }, t('review.absence.withdraw'));
        withdraw.addEventListener('click', () => busy(withdraw, errors, async () => {
            const q = new URLSearchParams({ requirement: absence.requirementId, slot: absence.slot });
            await request(`/api/applications/${app.id}/review/absences?${q}`, { method: 'DELETE' });
            flash = notice(t('review.absence.withdrawn'), 'success');
            refresh();
        }));
        actions.append(withdraw);
    }
    return h('form', {
        class: 'judgment-form',
        novalidate: true,
        onsubmit: (e) => {
            e.preventDefault();
            if (!reason.value.trim()) {
                reason.setAttribute('aria-invalid', 'true');
                errors.replaceChildren(h('p', { class: 'problem', role: 'alert' }, t('review.absence.reasonRequired')));
                reason.focus();
                return;
            }
            busy(accept, errors, async () => {
                await post(`/api/applications/${app.id}/review/absences`, { requirementId: absence.requirementId, slot: absence.slot, reason: reason.value.trim() });
                flash = notice(t('review.absence.saved'), 'success');
                refresh();
            });
        },
    },
    field(t('review.absence.reason'), reason, t('review.absence.reasonHint')),
    errors,
    actions);
}

/**
 * A file's point in words: its size in the page's language. The checklist's own figures for a file are
 * its hash and media type, which are for machines (the preview shows the file itself).
 */
function documentFigures(point, documents) {
    const id = point.subject.slice(point.subject.indexOf(':') + 1);
    const d = documents.find((x) => String(x.id) === id);
    return d ? h('p', { class: 'muted figures' }, formatSize(d.size)) : null;
}

function pointView(app, point, officer, dossier, documents = []) {
    const key = point.subject.replace(/[^A-Za-z0-9_-]/g, '_');
    const item = h('li', { class: 'point', id: `point-${key}`, dataset: { subject: point.subject } },
        h('h3', {}, badge('status', point.status), ' ',
            point.kind === 'document' ? tn('review.documentPoint', { name: h('span', { translate: 'no' }, point.title) }) : h('span', {}, h('span', { class: 'citation' }, citation(point.clause)), ' ', wordsIn('span', point, 'title'))),
        point.kind !== 'document' && point.summary ? wordsIn('p', point, 'summary', { class: 'point-summary' }) : null,
        point.kind === 'document' ? documentFigures(point, documents)
            // a figure names the dossier's entries by their refs, which are data, not words
            : point.figures.length ? h('ul', { class: 'figures' }, point.figures.map((x) => h('li', {}, withoutCodes(x)))) : null,
        point.judgment ? h('p', { class: 'judgment', id: `judgment-${key}` },
            badge('outcome', point.judgment.outcome), ' ',
            t('review.judgedBy', { officer: point.judgment.officer, at: formatDateTime(point.judgment.judgedAt) }), ' — ',
            h('q', {}, point.judgment.comment)) : h('p', { class: 'muted' }, t('review.noJudgment')));
    if (point.kind === 'requirement' && dossier) {
        const requirement = point.subject.slice(point.subject.indexOf(':') + 1);
        item.append(h('div', { class: 'point-evidence' }, h('p', { class: 'label' }, t('officerDossier.restsOn')), evidenceList(dossier.evidence[requirement])));
        const people = dossier.staff.filter((p) => p.findings.includes(point.clause));
        if (people.length) item.append(h('p', { class: 'muted' }, tn('officerDossier.peopleNamed', { names: h('span', { translate: 'no' }, people.map((p) => p.fullName).join(', ')) })));
    }
    if (officer) item.append(judgmentForm(app, point, key));
    return item;
}

function judgmentForm(app, point, key) {
    const name = `outcome-${key}`;
    const radios = ['ACCEPTED', 'REJECTED'].map((o) => {
        const id = uid('outcome');
        return h('div', { class: 'choice' },
            h('input', { type: 'radio', id, name, value: o, checked: point.judgment?.outcome === o, required: true }),
            h('label', { for: id }, term('outcome', o)));
    });
    const comment = h('textarea', { id: `comment-${key}`, rows: '2', required: true, maxlength: '4000' });
    comment.value = point.judgment?.comment || '';
    const errors = h('div', { class: 'form-errors' });
    const save = h('button', { type: 'submit', class: 'button', id: `judge-${key}` }, point.judgment ? t('review.revise') : t('review.record'));
    return h('form', {
        class: 'judgment-form',
        novalidate: true,
        onsubmit: (e) => {
            e.preventDefault();
            const outcome = [...e.target.querySelectorAll(`input[name="${name}"]`)].find((x) => x.checked)?.value;
            const problems = [];
            if (!outcome) problems.push(t('review.outcomeRequired'));
            if (!comment.value.trim()) {
                problems.push(t('review.commentRequired'));
                comment.setAttribute('aria-invalid', 'true');
            }
            if (problems.length) {
                errors.replaceChildren(h('div', { class: 'problem', role: 'alert' }, problems.map((p) => h('p', {}, p))));
                (outcome ? comment : e.target.querySelector(`input[name="${name}"]`)).focus();
                return;
            }
            busy(save, errors, async () => {
                const subject = point.subject.split(':').map(encodeURIComponent).join(':');
                await put(`/api/applications/${app.id}/judgments/${subject}`, { outcome, comment: comment.value.trim() });
                flash = notice(t('review.judgmentSaved'), 'success');
                refresh();
            });
        },
    },
    h('fieldset', { class: 'choices inline' }, h('legend', {}, t('review.judgment')), radios),
    field(t('review.comment'), comment),
    errors,
    h('div', { class: 'actions' }, save));
}

function returnForm(app, etag) {
    const reasons = h('textarea', { id: 'return-reasons-input', rows: '4', required: true });
    const errors = h('div', { class: 'form-errors' });
    const button = h('button', { type: 'submit', class: 'button button-warn', id: 'return-submit' }, t('review.return'));
    return h('form', {
        class: 'card', 'aria-labelledby': 'return-title',
        novalidate: true,
        onsubmit: (e) => {
            e.preventDefault();
            const lines = reasons.value.split('\n').map((x) => x.trim()).filter(Boolean);
            if (!lines.length) {
                reasons.setAttribute('aria-invalid', 'true');
                errors.replaceChildren(h('p', { class: 'problem', role: 'alert' }, t('review.reasonsRequired')));
                reasons.focus();
                return;
            }
            busy(button, errors, async () => {
                await post(`/api/applications/${app.id}/return`, { reasons: lines }, { headers: { 'If-Match': etag } });
                flash = notice(t('review.returned'), 'success');
                refresh();
            });
        },
    },
    h('h2', { id: 'return-title' }, t('review.returnTitle')),
    field(t('review.reasons'), reasons, t('review.reasonsHint')),
    errors,
    h('div', { class: 'actions' }, button));
}

function decisionForm(app, etag, checklist) {
    const radios = ['APPROVE', 'REFUSE'].map((o) => {
        const id = `decision-${o.toLowerCase()}`;
        return h('div', { class: 'choice' }, h('input', { type: 'radio', id, name: 'decision', value: o, required: true }), h('label', { for: id }, term('decisionOutcome', o)));
    });
    const comment = h('textarea', { id: 'decision-comment', rows: '3', maxlength: '4000' });
    const errors = h('div', { class: 'form-errors', id: 'decision-errors' });
    const button = h('button', { type: 'submit', class: 'button button-primary', id: 'decision-submit' }, t('review.decide'));
    // a decision is final and the applicant is told at once: the first press says what it will do and
    // asks, beside the button; the second decides
    const questionText = h('p', { id: 'decision-question-text' });
    const confirm = h('button', { type: 'button', class: 'button button-primary', id: 'decision-confirm' }, t('review.decideConfirm'));
    const cancel = h('button', { type: 'button', class: 'button button-quiet', id: 'decision-cancel' }, t('common.cancel'));
    const question = h('div', { class: 'confirm', id: 'decision-question', hidden: true, role: 'group', 'aria-labelledby': 'decision-question-text' },
        questionText, h('div', { class: 'actions' }, confirm, cancel));
    const chosen = () => radios.map((r) => r.querySelector('input')).find((x) => x.checked)?.value;
    const ask = (ask) => {
        question.hidden = !ask;
        button.hidden = ask;
    };
    radios.forEach((r) => r.querySelector('input').addEventListener('change', () => ask(false)));
    cancel.addEventListener('click', () => {
        ask(false);
        button.focus();
    });
    question.addEventListener('keydown', (e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        cancel.click();
    });
    confirm.addEventListener('click', () => busy(confirm, errors, async () => {
        await post(`/api/applications/${app.id}/decision`, { outcome: chosen(), comment: comment.value.trim() || null }, { headers: { 'If-Match': etag } });
        flash = notice(t('review.decided'), 'success');
        refresh();
    }));
    return h('form', {
        class: 'card', 'aria-labelledby': 'decide-title',
        novalidate: true,
        onsubmit: (e) => {
            e.preventDefault();
            errors.replaceChildren();
            const outcome = chosen();
            if (!outcome) {
                errors.replaceChildren(h('p', { class: 'problem', role: 'alert' }, t('review.outcomeRequired')));
                radios[0].querySelector('input').focus();
                return;
            }
            questionText.textContent = t(outcome === 'APPROVE' ? 'review.confirmApprove' : 'review.confirmRefuse');
            ask(true);
            confirm.focus();
        },
    },
    h('h2', { id: 'decide-title' }, t('review.decisionTitle')),
    checklist.missing.length ? h('p', { class: 'notice notice-warn' }, t('review.missingJudgments', { count: checklist.missing.length })) : null,
    h('fieldset', { class: 'choices inline' }, h('legend', {}, t('review.outcome')), radios),
    field(t('review.decisionComment'), comment),
    h('div', { class: 'actions' }, button), question,
    errors);
}
