// Applications: the list (an applicant's own, or all for officers), a new application, and one
// application's workbench — dossier editor, staff table, documents, live assessment, submission.
import { get, post, put, request, session, uuid } from '../api.js';
import { badge, busy, definitionList, field, h, loading, notice, problemView, refresh, select, showProblem, table, uid } from '../dom.js';
import { formatDate, formatDateTime, formatNumber, t, term, tn, words } from '../i18n.js';
import { activity as activityOf, activityName, activityOptions, loadActivities, namedIn, subActivityName, subActivityNames } from '../catalogue.js';
import { assessmentView } from './assessment.js';
import { decisionView, documentsTable, officialDocumentsView } from './decision.js';

const STATES = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'RETURNED', 'RESUBMITTED', 'APPROVED', 'REFUSED', 'WITHDRAWN'];
/** Unsaved dossier text per application, kept while the page is re-rendered (e.g. on a language switch). */
const drafts = new Map();
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
        root.append(flash);
        flash = null;
    }
    if (app.state === 'RETURNED' && app.returnReasons.length) {
        root.append(h('div', { class: 'notice notice-warn', role: 'note', id: 'return-reasons' },
            h('p', {}, h('strong', {}, t('application.returned'))),
            h('ul', {}, app.returnReasons.map((r) => h('li', {}, r)))));
    }
    if (app.state === 'APPROVED' || app.state === 'REFUSED') root.append(await decisionView(id));
    if (app.state !== 'DRAFT') root.append(await officialDocumentsView(id));
    if (!applicant) root.append(h('p', {}, h('a', { class: 'button button-primary', href: `#/review/${id}`, id: 'open-review' }, t('review.open'))));
    if (editable) root.append(submitPanel(app, etag, assessment));

    const left = h('div', { class: 'workbench-side' });
    if (editable) {
        left.append(await editorSection(app, etag), staffSection(app, etag), documentsSection(app, documents, assessment, true));
    } else {
        left.append(documentsSection(app, documents, assessment, false));
    }
    if (submissions.length) left.append(submissionsSection(submissions));
    const right = h('div', { class: 'workbench-main' },
        assessment instanceof Error ? h('section', { class: 'assessment' }, h('h2', {}, t('assessment.title')), problemView(assessment))
            : assessmentView(assessment, { title: t('assessment.live') }));
    root.append(h('div', { class: 'workbench' }, right, left));
    if (app.state === 'DRAFT' || app.state === 'RETURNED' || app.state === 'SUBMITTED' || app.state === 'RESUBMITTED') {
        if (applicant) root.append(withdrawPanel(app, etag));
    }
}

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
    h('div', { class: 'actions' }, save, example, format));
    editor.setAttribute('aria-describedby', 'dossier-hint dossier-errors');
    return h('section', { class: 'card', id: 'dossier', 'aria-labelledby': 'dossier-title' }, h('h2', { id: 'dossier-title' }, t('dossier.title')), form);
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

function staffSection(app, etag) {
    const file = h('input', { type: 'file', id: 'staff-file', name: 'file', accept: '.xlsx,.xls,.csv', required: true });
    const errors = h('div', { class: 'form-errors', id: 'staff-errors' });
    const upload = h('button', { type: 'submit', class: 'button', id: 'staff-upload' }, t('staff.upload'));
    return h('section', { class: 'card', id: 'staff', 'aria-labelledby': 'staff-title' },
        h('h2', { id: 'staff-title' }, t('staff.title')),
        h('p', { class: 'hint' }, t('staff.lead')),
        h('form', {
            onsubmit: (e) => {
                e.preventDefault();
                if (!file.files.length) return;
                busy(upload, errors, async () => {
                    const body = new FormData();
                    body.append('file', file.files[0]);
                    const { data } = await request(`/api/applications/${app.id}/staff`, { method: 'POST', body, headers: { 'If-Match': etag } });
                    drafts.delete(app.id);
                    flash = staffReport(data.report);
                    refresh();
                });
            },
        }, field(t('staff.file'), file), errors, h('div', { class: 'actions' }, upload)));
}

function staffReport(report) {
    const s = report.summary || {};
    const attention = (report.rows || []).filter((r) => r.status !== 'IMPORTED');
    return h('div', { class: 'notice notice-success', role: 'status', id: 'staff-report' },
        h('p', {}, t('staff.report', { read: s.rowsRead ?? 0, imported: s.imported ?? 0, review: s.needingReview ?? 0, skipped: s.skipped ?? 0, errors: s.errors ?? 0 })),
        attention.length ? h('ul', {}, attention.map((r) => h('li', {},
            t('staff.row', { row: r.row }), ' ', badge('rowStatus', r.status), ' ', reasonsOf(r)))) : null);
}

/** A row's reasons, in the page's language where the report gives it. */
function reasonsOf(row) {
    const [reasons, lang] = words(row, 'reasons');
    return h('span', { lang }, (reasons || []).join('; '));
}

function documentsSection(app, documents, assessment, canUpload) {
    const section = h('section', { class: 'card', id: 'documents-section', 'aria-labelledby': 'documents-title' },
        h('h2', { id: 'documents-title' }, t('documents.title')),
        documentsTable(documents));
    if (!canUpload) return section;
    const file = h('input', { type: 'file', id: 'document-file', name: 'file', accept: '.pdf,.png,.jpg,.jpeg,.xlsx,.xls,.txt', required: true });
    const findings = assessment instanceof Error ? [] : assessment.findings;
    const requirement = select([['', t('documents.general')], ...findings.map((f) => [f.requirement, `${f.citation} — ${words(f, 'title')[0]}`, words(f, 'title')[1]])], '', { id: 'document-requirement' });
    const errors = h('div', { class: 'form-errors', id: 'document-errors' });
    const upload = h('button', { type: 'submit', class: 'button', id: 'document-upload' }, t('documents.upload'));
    section.append(h('form', {
        onsubmit: (e) => {
            e.preventDefault();
            if (!file.files.length) return;
            busy(upload, errors, async () => {
                const body = new FormData();
                body.append('file', file.files[0]);
                if (requirement.value) body.append('requirementId', requirement.value);
                await request(`/api/applications/${app.id}/documents`, { method: 'POST', body });
                flash = notice(t('documents.uploaded', { name: file.files[0].name }), 'success');
                refresh();
            });
        },
    },
    h('h3', {}, t('documents.add')),
    field(t('documents.file'), file, t('documents.hint')),
    field(t('documents.requirement'), requirement),
    errors,
    h('div', { class: 'actions' }, upload)));
    return section;
}

function submitPanel(app, etag, assessment) {
    const errors = h('div', { class: 'form-errors', id: 'submit-errors' });
    const button = h('button', { type: 'button', class: 'button button-primary button-large', id: 'submit-application' },
        app.state === 'RETURNED' ? t('submit.resubmit') : t('submit.submit'));
    button.addEventListener('click', () => busy(button, errors, async () => {
        if (drafts.has(app.id)) {
            errors.replaceChildren(h('p', { class: 'problem', role: 'alert' }, t('submit.unsaved')));
            return;
        }
        // a new key per click: a retry of the same click (network) would reuse it, a new click files anew
        const { data } = await post(`/api/applications/${app.id}/submit`, undefined, {
            headers: { 'Idempotency-Key': uuid(), 'If-Match': etag },
        });
        flash = notice(t('submit.done', { number: data.submission, verdict: term('verdict', data.assessment?.verdict) }), 'success');
        refresh();
    }));
    const verdict = assessment instanceof Error ? null : assessment.verdict;
    return h('section', { class: 'card submit-panel', 'aria-labelledby': 'submit-title' },
        h('h2', { id: 'submit-title' }, t('submit.title')),
        h('p', {}, verdict && verdict !== 'COMPLIANT' ? t('submit.warning', { verdict: term('verdict', verdict) }) : t('submit.lead')),
        errors,
        h('div', { class: 'actions' }, button));
}

function withdrawPanel(app, etag) {
    const errors = h('div', { class: 'form-errors' });
    const confirm = h('button', { type: 'button', class: 'button button-danger', hidden: true, id: 'withdraw-confirm' }, t('withdraw.confirm'));
    const start = h('button', { type: 'button', class: 'button button-quiet', id: 'withdraw' }, t('withdraw.start'));
    start.addEventListener('click', () => { confirm.hidden = false; confirm.focus(); });
    confirm.addEventListener('click', () => busy(confirm, errors, async () => {
        await post(`/api/applications/${app.id}/withdraw`, undefined, { headers: { 'If-Match': etag } });
        flash = notice(t('withdraw.done'), 'success');
        refresh();
    }));
    return h('section', { class: 'withdraw', 'aria-label': t('withdraw.start') }, h('div', { class: 'actions' }, start, confirm), errors);
}

function submissionsSection(submissions) {
    return h('section', { class: 'card', id: 'submissions', 'aria-labelledby': 'submissions-title' },
        h('h2', { id: 'submissions-title' }, t('submissions.title')),
        table(null, [t('submissions.number'), t('submissions.verdict'), t('submissions.legalDate'), t('submissions.at'), t('submissions.by')],
            submissions.map((s) => [`№ ${s.number}`, badge('verdict', s.verdict), formatDate(s.legalDate), formatDateTime(s.submittedAt), s.submittedBy]),
            { class: 'data-table compact' }));
}

