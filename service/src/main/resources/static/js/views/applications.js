// Applications: the list (an applicant's own, or all for officers), a new application, and one
// application's workbench — dossier editor, staff table, documents, live assessment, submission.
import { get, post, put, request, session, uuid } from '../api.js';
import { badge, busy, definitionList, field, h, loading, notice, problemView, refresh, select, showProblem, table, uid } from '../dom.js';
import { formatDate, formatDateTime, formatNumber, t, term, tn, words } from '../i18n.js';
import { activity as activityOf, activityName, activityOptions, loadActivities, namedIn, subActivityName, subActivityNames } from '../catalogue.js';
import { assessmentView, reviewedAssessmentView } from './assessment.js';
import { applicationForm, sectionElement } from './form.js';
import { markStaff } from './form-staff.js';
import { dossierView, formFor } from '../dossier-view.js';
import { decisionView, documentsTable, officialDocumentsView } from './decision.js';

const STATES = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'RETURNED', 'RESUBMITTED', 'APPROVED', 'REFUSED', 'WITHDRAWN'];
/** Unsaved dossier text per application, kept while the page is re-rendered (e.g. on a language switch). */
const drafts = new Map();
/** Applications whose advanced JSON editor the user opened: it stays open across re-renderings. */
const advancedOpen = new Set();
/** A message to show once on the next rendering of an application (after a save, an upload, a submission). */
let flash = null;

export async function applicationsView(root, params, query) {
    await loadActivities();
    const applicant = session.is('APPLICANT');
    const state = query.get('state') || '';
    root.append(h('h1', {}, applicant ? t('applications.mine') : t('applications.all')));
    if (applicant) root.append(createForm());
    else {
        const filter = select([['', t('applications.anyState')], ...STATES.map((s) => [s, term('state', s)])], state, { id: 'applications-state' });
        filter.addEventListener('change', () => { location.hash = filter.value ? `#/applications?state=${filter.value}` : '#/applications'; });
        root.append(h('div', { class: 'toolbar' }, field(t('applications.state'), filter)));
    }
    const { data } = await get(`/api/applications?size=200${state ? `&state=${state}` : ''}`);
    if (!data.items.length) {
        root.append(notice(t('applications.none')));
        return;
    }
    root.append(table(t('applications.count', { count: formatNumber(data.total) }),
        [t('application.number'), t('application.activity'), t('application.subActivities'), t('application.state'), t('application.updated')],
        data.items.map((a) => [
            h('a', { href: `#/applications/${a.id}`, class: 'application-link' }, t('application.numbered', { id: a.id })),
            activityName(a.activity),
            a.subActivities.length ? subActivityNames(a.activity, a.subActivities) : '—',
            badge('state', a.state),
            formatDateTime(a.updatedAt),
        ]), { class: 'data-table', id: 'applications-table' }));
}

function createForm() {
    const activity = select([['', t('checklist.chooseActivity')], ...activityOptions()], '', { id: 'new-activity', required: true });
    const subs = h('div', { id: 'new-subactivities' });
    const errors = h('div', { class: 'form-errors' });
    activity.addEventListener('change', () => {
        const a = activityOf(activity.value);
        subs.replaceChildren(...(a?.subActivities.length ? [h('fieldset', { class: 'choices' },
            h('legend', {}, t('checklist.subActivities')),
            h('div', { class: 'choice-grid' }, a.subActivities.map((s) => {
                const id = uid('new-sub');
                return h('div', { class: 'choice' }, h('input', { type: 'checkbox', id, name: 'subactivity', value: s.code }), h('label', { for: id }, s.paragraph ? tn('checklist.paragraph', { paragraph: s.paragraph, name: namedIn(s) }) : namedIn(s)));
            })))] : []));
    });
    const submit = h('button', { type: 'submit', class: 'button button-primary', id: 'new-create' }, t('applications.create'));
    return h('details', { class: 'card create', id: 'new-application' },
        h('summary', {}, t('applications.new')),
        h('form', {
            onsubmit: (e) => {
                e.preventDefault();
                busy(submit, errors, async () => {
                    const { data } = await post('/api/applications', {
                        activity: activity.value ? Number(activity.value) : null,
                        subActivities: [...subs.querySelectorAll('input:checked')].map((x) => x.value),
                    });
                    flash = notice(t('applications.created', { id: data.id }), 'success');
                    location.hash = `#/applications/${data.id}`;
                });
            },
        }, field(t('checklist.activity'), activity), subs, errors, h('div', { class: 'actions' }, submit)));
}

export async function applicationView(root, [idText]) {
    await loadActivities();
    const id = Number(idText);
    const [{ data: app, etag }, assessment, documents, submissions] = await Promise.all([
        get(`/api/applications/${id}`),
        get(`/api/applications/${id}/assessment`).then((r) => r.data, (e) => e),
        get(`/api/applications/${id}/documents`).then((r) => r.data, () => []),
        get(`/api/applications/${id}/submissions`).then((r) => r.data, () => []),
    ]);
    const applicant = session.is('APPLICANT');
    const editable = applicant && (app.state === 'DRAFT' || app.state === 'RETURNED');

    root.append(
        h('p', { class: 'breadcrumb' }, h('a', { href: '#/applications' }, applicant ? t('applications.mine') : t('applications.all'))),
        h('h1', {}, t('application.numbered', { id: app.id })),
        summaryCard(app));
    if (flash) {
        // the outcome of what the user just did, where the page now starts
        const message = flash;
        flash = null;
        message.setAttribute('tabindex', '-1');
        root.append(message); // focused by the shell once the page is shown
    }
    if (app.state === 'RETURNED' && app.returnReasons.length) {
        root.append(h('div', { class: 'notice notice-warn', role: 'note', id: 'return-reasons' },
            h('p', {}, h('strong', {}, t('application.returned'))),
            h('ul', {}, app.returnReasons.map((r) => h('li', {}, r)))));
    }
    if (app.state === 'APPROVED' || app.state === 'REFUSED') root.append(await decisionView(id));
    if (app.state !== 'DRAFT') root.append(await officialDocumentsView(id));
    if (!applicant) root.append(h('p', {}, h('a', { class: 'button button-primary', href: `#/review/${id}`, id: 'open-review' }, t('review.open'))));

    const aside = h('div', { class: 'workbench-aside', id: 'assessment-panel' });
    const showAssessment = (report) => {
        aside.replaceChildren(report instanceof Error
            ? h('section', { class: 'assessment' }, h('h2', {}, t('assessment.title')), problemView(report))
            : withFixLinks(assessmentView(report, { title: editable ? t('assessment.live') : t('assessment.title') }), editable));
        if (!(report instanceof Error)) markStaff(report);
    };
    const main = h('div', { class: 'workbench-form' });
    let current = { etag };
    let dossierForm = null;
    if (editable) {
        const { data: dossier } = await get(`/api/applications/${id}/dossier`);
        const organisation = await get(`/api/organisations/${app.organisationId}`).then((r) => r.data, () => null);
        dossierForm = await applicationForm({
            app, etag, dossier, documents, organisation,
            onSaved: async (newEtag) => {
                current.etag = newEtag;
                drafts.delete(app.id);
                const report = await get(`/api/applications/${id}/assessment`).then((r) => r.data, (e) => e);
                dossierForm.formApi.lastAssessment = report instanceof Error ? null : report;
                showAssessment(report);
            },
        });
        dossierForm.formApi.lastAssessment = assessment instanceof Error ? null : assessment;
        main.append(dossierForm, await editorSection(app, etag));
    } else {
        const dossier = await get(`/api/applications/${id}/dossier`).then((r) => r.data, () => null);
        if (dossier) {
            const form = await formFor(dossier, app).catch(() => null);
            if (form) main.append(dossierView(dossier, form, documents));
        }
        main.append(documentsSection(documents));
    }
    if (submissions.length) main.append(submissionsSection(submissions));
    // filed, and an absence accepted by the officer: the findings as the officer's acceptance makes them read
    const reviewed = !editable && submissions.length
        ? await get(`/api/applications/${id}/reviewed-assessment`).then((r) => r.data, () => null) : null;
    if (reviewed?.reviewed) {
        aside.replaceChildren(reviewedAssessmentView(reviewed));
        markStaff(reviewed);
    }
    else showAssessment(assessment);
    root.append(h('div', { class: 'workbench' }, main, aside));
    if (editable) root.append(submitPanel(app, () => current.etag, dossierForm?.formApi));
    if (applicant && ['DRAFT', 'RETURNED', 'SUBMITTED', 'RESUBMITTED'].includes(app.state)) {
        root.append(withdrawPanel(app, () => current.etag));
    }
}

/** Each finding that asks for something gets a link to the part of the form that fixes it. */
function withFixLinks(section, editable) {
    if (!editable) return section;
    section.querySelectorAll('li.finding').forEach((li) => {
        const status = li.dataset.status;
        if (status === 'MET' || status === 'NOT_APPLICABLE') return;
        const requirement = li.dataset.requirement;
        const link = h('a', { href: `#${sectionIdFor(requirement)}`, class: 'button button-small fix-link', dataset: { requirement } }, t('form.fix'));
        link.addEventListener('click', (e) => {
            e.preventDefault();
            const target = sectionElement(requirement);
            if (!target) return;
            target.scrollIntoView({ block: 'start' });
            // the first place that still lacks something: an unattached paper, an empty field, else the heading
            const missing = target.querySelector('.upload-missing')?.closest('.upload')?.querySelector('input[type=file]')
                || [...target.querySelectorAll('input[type=text], select')].find((c) => !c.value)
                || target.querySelector('h2');
            missing?.focus({ preventScroll: false });
        });
        li.querySelector('article')?.append(h('p', { class: 'fix' }, link));
    });
    return section;
}

const sectionIdFor = (requirement) => (String(requirement).endsWith('#legal-form') ? 'form-applicant' : `form-${String(requirement).replace(/[^A-Za-z0-9_-]/g, '_')}`);

function summaryCard(app) {
    return h('div', { class: 'card summary' }, definitionList([
        [t('application.state'), h('span', { id: 'application-state' }, badge('state', app.state))],
        [t('application.activity'), activityName(app.activity)],
        [t('application.subActivities'), app.subActivities.length
            ? h('ul', { class: 'plain' }, app.subActivities.map((s) => h('li', {}, subActivityName(app.activity, s)))) : t('common.none')],
        [t('application.createdBy'), app.createdBy],
        [t('application.created'), formatDateTime(app.createdAt)],
        [t('application.updated'), formatDateTime(app.updatedAt)],
    ]));
}

async function editorSection(app, etag) {
    const { data: dossier } = await get(`/api/applications/${app.id}/dossier`);
    const saved = JSON.stringify(dossier, null, 2);
    const editor = h('textarea', { id: 'dossier-editor', class: 'code', rows: '24', spellcheck: 'false', autocapitalize: 'none', autocomplete: 'off', wrap: 'off' });
    editor.value = drafts.get(app.id) ?? saved;
    const status = h('p', { class: 'muted', id: 'dossier-status', 'aria-live': 'polite' }, drafts.has(app.id) ? t('dossier.unsaved') : '');
    editor.addEventListener('input', () => {
        drafts.set(app.id, editor.value);
        status.textContent = t('dossier.unsaved');
    });
    const errors = h('div', { class: 'form-errors', id: 'dossier-errors' });
    const save = h('button', { type: 'submit', class: 'button button-primary', id: 'dossier-save' }, t('dossier.save'));
    const example = h('button', { type: 'button', class: 'button', id: 'dossier-example' }, t('dossier.loadExample'));
    const format = h('button', { type: 'button', class: 'button button-quiet', id: 'dossier-format' }, t('dossier.format'));
    example.addEventListener('click', () => busy(example, errors, async () => {
        editor.value = JSON.stringify(await exampleFor(app), null, 2);
        drafts.set(app.id, editor.value);
        status.textContent = t('dossier.exampleLoaded');
    }));
    format.addEventListener('click', () => {
        const parsed = parse(editor.value, errors);
        if (parsed !== undefined) editor.value = JSON.stringify(parsed, null, 2);
    });
    const form = h('form', {
        onsubmit: (e) => {
            e.preventDefault();
            if (parse(editor.value, errors) === undefined) return;
            busy(save, errors, async () => {
                try {
                    await put(`/api/applications/${app.id}/dossier`, editor.value, { headers: { 'If-Match': etag } });
                } catch (err) {
                    editor.setAttribute('aria-invalid', 'true');
                    throw err;
                }
                drafts.delete(app.id);
                flash = notice(t('dossier.saved'), 'success');
                refresh();
            });
        },
    },
    h('label', { for: 'dossier-editor', class: 'editor-label' }, t('dossier.label')),
    h('p', { class: 'hint', id: 'dossier-hint' }, t('dossier.hint')),
    editor, status, errors,
    h('div', { class: 'actions' }, save, example, format, exportButton(app)));
    editor.setAttribute('aria-describedby', 'dossier-hint dossier-errors');
    // for integrations and people who hold their dossier as a file: the form is the way for everyone else
    const details = h('details', { class: 'card advanced', id: 'dossier-advanced', open: drafts.has(app.id) || advancedOpen.has(app.id) });
    details.addEventListener('toggle', () => (details.open ? advancedOpen.add(app.id) : advancedOpen.delete(app.id)));
    details.append(
        h('summary', { id: 'dossier-advanced-summary' }, t('dossier.advanced')),
        h('section', { id: 'dossier', 'aria-labelledby': 'dossier-title' }, h('h2', { id: 'dossier-title' }, t('dossier.title')),
            h('p', {}, h('a', { href: '/api/dossier-schema', target: '_blank', rel: 'noopener', id: 'dossier-schema-link' }, t('dossier.schema'))),
            form));
    return details;
}

/** The saved dossier as a file to keep or to give to another system. */
function exportButton(app) {
    const button = h('button', { type: 'button', class: 'button button-quiet', id: 'dossier-export' }, t('dossier.export'));
    button.addEventListener('click', async () => {
        const { data } = await get(`/api/applications/${app.id}/dossier`);
        const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
        const a = h('a', { href: url, download: `dossier-${app.id}.json` });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
    return button;
}

/** JSON.parse with the syntax error shown (and nothing sent) when the text is not JSON. */
function parse(text, errors) {
    try {
        const value = JSON.parse(text);
        showProblem(errors, null);
        return value;
    } catch (e) {
        errors.replaceChildren(h('div', { class: 'problem', role: 'alert' },
            h('p', { class: 'problem-title' }, t('dossier.syntax')),
            h('p', { class: 'problem-detail' }, e.message)));
        return undefined;
    }
}

/** The bundled example for the application's activity, made to name this organisation. */
async function exampleFor(app) {
    const { data: example } = await get(`/examples/activity-${app.activity}.json`, { authorization: null });
    try {
        const { data: org } = await get(`/api/organisations/${app.organisationId}`);
        example.applicant = { ...example.applicant, legalForm: org.legalForm, bin: org.taxId, name: org.name };
    } catch {
        // keep the example's applicant: saving will say which field to change
    }
    example.activity = app.activity;
    if (app.subActivities.length) example.subActivities = [...app.subActivities];
    return example;
}

/** The files attached to a filed application (read-only: they are uploaded beside their needs in the form). */
function documentsSection(documents) {
    return h('section', { class: 'card', id: 'documents-section', 'aria-labelledby': 'documents-title' },
        h('h2', { id: 'documents-title' }, t('documents.title')),
        documentsTable(documents));
}

/** Filing: a first click says what will happen and asks; the second files. Feedback stays beside the buttons. */
function submitPanel(app, etag, formApi) {
    const errors = h('div', { class: 'form-errors', id: 'submit-errors' });
    const question = h('div', { class: 'confirm', id: 'submit-question', hidden: true, role: 'group', 'aria-labelledby': 'submit-question-text' });
    const button = h('button', { type: 'button', class: 'button button-primary button-large', id: 'submit-application' },
        app.state === 'RETURNED' ? t('submit.resubmit') : t('submit.submit'));
    const confirm = h('button', { type: 'button', class: 'button button-primary', id: 'submit-confirm' }, t('submit.confirm'));
    const cancel = h('button', { type: 'button', class: 'button button-quiet', id: 'submit-cancel' }, t('common.cancel'));
    const verdictLine = h('p', { id: 'submit-question-text' });
    question.append(verdictLine, h('div', { class: 'actions' }, confirm, cancel));
    button.addEventListener('click', async () => {
        errors.replaceChildren();
        if (formApi && !(await formApi.save(false))) {
            errors.replaceChildren(h('p', { class: 'problem', role: 'alert' }, t('submit.unsavedForm')));
            return;
        }
        if (!formApi && drafts.has(app.id)) {
            errors.replaceChildren(h('p', { class: 'problem', role: 'alert' }, t('submit.unsaved')));
            return;
        }
        const verdict = formApi?.lastAssessment?.verdict;
        verdictLine.textContent = verdict && verdict !== 'COMPLIANT' ? t('submit.warning', { verdict: term('verdict', verdict) }) : t('submit.lead');
        question.hidden = false;
        button.hidden = true;
        confirm.focus();
    });
    cancel.addEventListener('click', () => {
        question.hidden = true;
        button.hidden = false;
        button.focus();
    });
    question.addEventListener('keydown', (e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        cancel.click();
    });
    confirm.addEventListener('click', () => busy(confirm, errors, async () => {
        // a new key per click: a retry of the same click (network) would reuse it, a new click files anew
        const { data } = await post(`/api/applications/${app.id}/submit`, undefined, {
            headers: { 'Idempotency-Key': uuid(), 'If-Match': etag() },
        });
        flash = notice(t('submit.done', { number: data.submission, verdict: term('verdict', data.assessment?.verdict) }), 'success');
        refresh();
    }));
    return h('section', { class: 'card submit-panel', 'aria-labelledby': 'submit-title' },
        h('h2', { id: 'submit-title' }, t('submit.title')),
        h('p', {}, t('submit.explain')),
        h('div', { class: 'actions' }, button), question, errors);
}

/** Withdrawing asks first, beside the button, and says what it means. */
function withdrawPanel(app, etag) {
    const errors = h('div', { class: 'form-errors', id: 'withdraw-errors' });
    const question = h('div', { class: 'confirm', id: 'withdraw-question', hidden: true },
        h('p', {}, t('withdraw.question')));
    const confirm = h('button', { type: 'button', class: 'button button-danger', id: 'withdraw-confirm' }, t('withdraw.confirm'));
    const cancel = h('button', { type: 'button', class: 'button button-quiet', id: 'withdraw-cancel' }, t('common.cancel'));
    question.append(h('div', { class: 'actions' }, confirm, cancel));
    const start = h('button', { type: 'button', class: 'button button-quiet', id: 'withdraw' }, t('withdraw.start'));
    start.addEventListener('click', () => { question.hidden = false; start.hidden = true; confirm.focus(); });
    cancel.addEventListener('click', () => { question.hidden = true; start.hidden = false; start.focus(); });
    question.addEventListener('keydown', (e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        cancel.click();
    });
    confirm.addEventListener('click', () => busy(confirm, errors, async () => {
        await post(`/api/applications/${app.id}/withdraw`, undefined, { headers: { 'If-Match': etag() } });
        flash = notice(t('withdraw.done'), 'success');
        refresh();
    }));
    return h('section', { class: 'withdraw', 'aria-label': t('withdraw.start') }, h('div', { class: 'actions' }, start), question, errors);
}

function submissionsSection(submissions) {
    return h('section', { class: 'card', id: 'submissions', 'aria-labelledby': 'submissions-title' },
        h('h2', { id: 'submissions-title' }, t('submissions.title')),
        table(null, [t('submissions.number'), t('submissions.verdict'), t('submissions.legalDate'), t('submissions.at'), t('submissions.by')],
            submissions.map((s) => [`№ ${s.number}`, badge('verdict', s.verdict), formatDate(s.legalDate), formatDateTime(s.submittedAt), s.submittedBy]),
            { class: 'data-table compact' }));
}

