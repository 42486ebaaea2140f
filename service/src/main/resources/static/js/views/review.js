// The officer's side: the review queue, and one application's review — the submission's findings,
// a judgment (with a comment) on each point that needs one, return for completion, the decision.
import { get, post, put, session } from '../api.js';
import { badge, busy, definitionList, field, h, notice, problemView, refresh, listIn, table, uid, wordsIn } from '../dom.js';
import { citation, formatDate, formatDateTime, formatNumber, t, term } from '../i18n.js';
import { activityName, loadActivities, subActivityNames } from '../catalogue.js';
import { assessmentView } from './assessment.js';
import { decisionView, documentsTable } from './decision.js';

let flash = null;

export async function queueView(root) {
    await loadActivities();
    root.append(h('h1', {}, t('queue.title')), h('p', { class: 'lead' }, t('queue.lead')));
    const { data } = await get('/api/review/queue?size=200');
    if (!data.items.length) {
        root.append(notice(t('queue.empty')));
        return;
    }
    root.append(table(t('queue.count', { count: formatNumber(data.total) }),
        [t('application.number'), t('application.activity'), t('application.state'), t('application.updated'), t('common.action')],
        data.items.map((a) => [
            t('application.numbered', { id: a.id }),
            activityName(a.activity),
            badge('state', a.state),
            formatDateTime(a.updatedAt),
            h('a', { href: `#/review/${a.id}`, class: 'button button-small', 'aria-label': t('queue.openNumbered', { id: a.id }) }, t('queue.open')),
        ]), { class: 'data-table', id: 'queue-table' }));
}

export async function reviewView(root, [idText]) {
    await loadActivities();
    const id = Number(idText);
    const { data: app, etag } = await get(`/api/applications/${id}`);
    const officer = session.is('OFFICER');
    const [organisation, submissions, documents] = await Promise.all([
        get(`/api/organisations/${app.organisationId}`).then((r) => r.data, () => null),
        get(`/api/applications/${id}/submissions`).then((r) => r.data, () => []),
        get(`/api/applications/${id}/documents`).then((r) => r.data, () => []),
    ]);
    root.append(
        h('p', { class: 'breadcrumb' }, h('a', { href: '#/review' }, t('queue.title'))),
        h('h1', {}, t('review.title', { id: app.id })),
        h('div', { class: 'card summary' }, definitionList([
            [t('application.state'), h('span', { id: 'application-state' }, badge('state', app.state))],
            organisation ? [t('review.applicant'), `${organisation.name} (${organisation.taxId})`] : null,
            [t('application.activity'), activityName(app.activity)],
            [t('application.subActivities'), app.subActivities.length ? subActivityNames(app.activity, app.subActivities) : t('common.none')],
            [t('application.updated'), formatDateTime(app.updatedAt)],
        ])));
    if (flash) {
        root.append(flash);
        flash = null;
    }
    if (app.state === 'APPROVED' || app.state === 'REFUSED') root.append(await decisionView(id));
    if (officer && (app.state === 'SUBMITTED' || app.state === 'RESUBMITTED')) root.append(startPanel(app, etag));
    if (app.state === 'UNDER_REVIEW') {
        try {
            const { data: checklist } = await get(`/api/applications/${id}/review`);
            root.append(pointsSection(app, checklist, officer));
            if (officer) root.append(h('div', { class: 'two-columns' }, returnForm(app, etag), decisionForm(app, etag, checklist)));
        } catch (e) {
            root.append(problemView(e));
        }
    }
    root.append(h('section', { class: 'card', 'aria-labelledby': 'documents-title' }, h('h2', { id: 'documents-title' }, t('documents.title')), documentsTable(documents)));
    if (submissions.length) {
        const last = submissions[submissions.length - 1];
        try {
            const { data } = await get(`/api/applications/${id}/submissions/${last.number}`);
            root.append(assessmentView(data.assessment, { title: t('review.assessmentOf', { number: last.number, date: formatDate(last.legalDate) }) }));
        } catch (e) {
            root.append(problemView(e));
        }
    } else {
        root.append(notice(t('review.notSubmitted')));
    }
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

function pointsSection(app, checklist, officer) {
    const section = h('section', { class: 'card', id: 'points', 'aria-labelledby': 'points-title' },
        h('h2', { id: 'points-title' }, t('review.points')),
        h('p', {}, checklist.points.length
            ? t('review.pointsLead', { total: checklist.points.length, missing: checklist.missing.length })
            : t('review.noPoints')));
    section.append(h('ol', { class: 'points' }, checklist.points.map((p) => pointView(app, p, officer))));
    return section;
}

function pointView(app, point, officer) {
    const key = point.subject.replace(/[^A-Za-z0-9_-]/g, '_');
    const item = h('li', { class: 'point', id: `point-${key}`, dataset: { subject: point.subject } },
        h('h3', {}, badge('status', point.status), ' ',
            point.kind === 'document' ? t('review.documentPoint', { name: point.title }) : h('span', {}, h('span', { class: 'citation' }, citation(point.clause)), ' ', wordsIn('span', point, 'title'))),
        point.figures.length ? listIn('ul', point, 'figures', { class: 'figures' }) : null,
        point.judgment ? h('p', { class: 'judgment', id: `judgment-${key}` },
            badge('outcome', point.judgment.outcome), ' ',
            t('review.judgedBy', { officer: point.judgment.officer, at: formatDateTime(point.judgment.judgedAt) }), ' — ',
            h('q', {}, point.judgment.comment)) : h('p', { class: 'muted' }, t('review.noJudgment')));
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
    return h('form', {
        class: 'card', 'aria-labelledby': 'decide-title',
        novalidate: true,
        onsubmit: (e) => {
            e.preventDefault();
            const outcome = radios.map((r) => r.querySelector('input')).find((x) => x.checked)?.value;
            if (!outcome) {
                errors.replaceChildren(h('p', { class: 'problem', role: 'alert' }, t('review.outcomeRequired')));
                return;
            }
            busy(button, errors, async () => {
                await post(`/api/applications/${app.id}/decision`, { outcome, comment: comment.value.trim() || null }, { headers: { 'If-Match': etag } });
                flash = notice(t('review.decided'), 'success');
                refresh();
            });
        },
    },
    h('h2', { id: 'decide-title' }, t('review.decisionTitle')),
    checklist.missing.length ? h('p', { class: 'notice notice-warn' }, t('review.missingJudgments', { count: checklist.missing.length })) : null,
    h('fieldset', { class: 'choices inline' }, h('legend', {}, t('review.outcome')), radios),
    field(t('review.decisionComment'), comment),
    errors,
    h('div', { class: 'actions' }, button));
}
