// The public licence registry: search by BIN, name, activity and status; one licence's details.
import { get, post, session } from '../api.js';
import { badge, busy, definitionList, field, h, loading, notice, problemView, refresh, select, table } from '../dom.js';
import { currentLanguage, editionName, formatDate, formatNumber, t, term } from '../i18n.js';
import { activity, activityName, activityOptions, named, subActivityName } from '../catalogue.js';
import { downloadPdf } from './decision.js';

const STATUSES = ['ACTIVE', 'SUSPENDED', 'REVOKED'];
const PAGE_SIZE = 20;

export async function registryView(root, params, query) {
    const criteria = {
        bin: query.get('bin') || '',
        name: query.get('name') || '',
        activity: query.get('activity') || '',
        status: query.get('status') || '',
        page: Number(query.get('page') || 0),
    };
    const bin = h('input', { id: 'registry-bin', name: 'bin', value: criteria.bin, inputmode: 'numeric', autocomplete: 'off', maxlength: '12', pattern: '\\d{0,12}' });
    const name = h('input', { id: 'registry-name', name: 'name', value: criteria.name, autocomplete: 'organization', maxlength: '300' });
    const activity = select([['', t('registry.anyActivity')], ...activityOptions()], criteria.activity, { id: 'registry-activity', name: 'activity' });
    const status = select([['', t('registry.anyStatus')], ...STATUSES.map((s) => [s, term('licenceStatus', s)])], criteria.status, { id: 'registry-status', name: 'status' });
    const results = h('div', { id: 'registry-results', 'aria-live': 'polite' }, loading());

    const toHash = (page = 0) => {
        const q = new URLSearchParams();
        if (bin.value.trim()) q.set('bin', bin.value.trim());
        if (name.value.trim()) q.set('name', name.value.trim());
        if (activity.value) q.set('activity', activity.value);
        if (status.value) q.set('status', status.value);
        if (page) q.set('page', String(page));
        const s = q.toString();
        return `#/registry${s ? `?${s}` : ''}`;
    };

    const form = h('form', {
        class: 'search-form', role: 'search', 'aria-labelledby': 'registry-title',
        onsubmit: (e) => { e.preventDefault(); location.hash = toHash(); },
    },
    h('div', { class: 'form-grid' },
        field(t('registry.bin'), bin, t('registry.binHint')),
        field(t('registry.name'), name),
        field(t('registry.activity'), activity),
        field(t('registry.status'), status)),
    h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'button button-primary', id: 'registry-search' }, t('registry.search')),
        h('a', { class: 'button button-quiet', href: '#/registry' }, t('registry.reset'))));

    root.append(
        h('h1', { id: 'registry-title' }, t('registry.title')),
        h('p', { class: 'lead' }, t('registry.lead')),
        form,
        results);

    const q = new URLSearchParams();
    if (criteria.bin) q.set('bin', criteria.bin);
    if (criteria.name) q.set('name', criteria.name);
    if (criteria.activity) q.set('activity', criteria.activity);
    if (criteria.status) q.set('status', criteria.status);
    q.set('page', String(criteria.page));
    q.set('size', String(PAGE_SIZE));
    try {
        const { data } = await get(`/api/registry/licences?${q}`, { authorization: null });
        results.replaceChildren(...resultsView(data, toHash));
    } catch (e) {
        results.replaceChildren(problemView(e));
    }
}

function resultsView(page, toHash) {
    if (!page.items.length) return [notice(t('registry.none'))];
    const rows = page.items.map((l) => [
        h('a', { href: `#/licences/${encodeURIComponent(l.number)}`, class: 'licence-link' }, l.number),
        l.holder,
        h('span', { class: 'mono' }, l.taxId),
        activityName(l.activity),
        formatDate(l.issuedOn),
        badge('licenceStatus', l.status),
    ]);
    const out = [table(t('registry.found', { count: formatNumber(page.total) }),
        [t('licence.number'), t('licence.holder'), t('licence.taxId'), t('licence.activity'), t('licence.issuedOn'), t('licence.status')],
        rows, { class: 'data-table', id: 'registry-table' })];
    const pages = Math.ceil(page.total / page.size);
    if (pages > 1) {
        out.push(h('nav', { class: 'pager', 'aria-label': t('common.pages') },
            page.page > 0 ? h('a', { class: 'button button-quiet', href: toHash(page.page - 1) }, t('common.previous')) : null,
            h('span', {}, t('common.pageOf', { page: page.page + 1, pages })),
            page.page + 1 < pages ? h('a', { class: 'button button-quiet', href: toHash(page.page + 1) }, t('common.next')) : null));
    }
    return out;
}

export async function licenceView(root, [number]) {
    const { data: licence, etag } = await get(`/api/registry/licences/${encodeURIComponent(number)}`, { authorization: null });
    const history = await get(`/api/registry/licences/${encodeURIComponent(number)}/history`, { authorization: null }).then((r) => r.data, () => []);
    const authority = licence.authority?.[currentLanguage()] || licence.authority?.en;
    const scope = licence.scope || { works: [], equipment: [] };
    root.append(
        h('p', { class: 'breadcrumb' }, h('a', { href: '#/registry' }, t('licence.back'))),
        h('h1', {}, t('licence.title', { number: licence.number })),
        h('div', { class: 'card' },
            definitionList([
                [t('licence.status'), h('span', { id: 'licence-status' }, badge('licenceStatus', licence.status))],
                licence.statusReason ? [t('licence.statusReason'), licence.statusReason] : null,
                [t('licence.holder'), licence.holder],
                [t('licence.taxId'), h('span', { class: 'mono' }, licence.taxId)],
                [t('licence.activity'), activityName(licence.activity)],
                [t('licence.subActivities'), licence.subActivities.length
                    ? h('ul', { class: 'plain' }, licence.subActivities.map((s) => h('li', {}, subActivityName(licence.activity, s))))
                    : t('common.none')],
                scope.works.length ? [t('licence.works'), h('ul', { class: 'plain', id: 'licence-works' }, scope.works.map((w) => h('li', {}, workName(licence.activity, w))))] : null,
                scope.equipment.length ? [t('licence.equipment'), h('ul', { class: 'plain', id: 'licence-equipment' }, scope.equipment.map((e) => h('li', {}, equipmentText(e))))] : null,
                [t('licence.issuedOn'), h('span', { id: 'licence-issued-on' }, formatDate(licence.issuedOn))],
                authority ? [t('licence.authority'), h('span', { id: 'licence-authority' }, authority)] : null,
                [t('licence.edition'), editionName(licence.editionId)],
                [t('licence.application'), session.me ? h('a', { href: `#/applications/${licence.applicationId}` }, `№ ${licence.applicationId}`) : `№ ${licence.applicationId}`],
            ])),
        downloadCard(licence));
    if (history.length) {
        root.append(h('section', { class: 'card', 'aria-labelledby': 'licence-history-title' },
            h('h2', { id: 'licence-history-title' }, t('licence.history')),
            h('ol', { class: 'plain licence-history', id: 'licence-history' }, history.map((e) => h('li', { dataset: { kind: e.kind } },
                h('strong', {}, formatDate(e.on)), ' — ', t(`licence.event.${e.kind}`), e.reason ? h('span', {}, ': ', h('q', {}, e.reason)) : null)))));
    }
    if (session.is('OFFICER')) root.append(statusForm(licence, etag));
}

/** The licence as the signed PDF anyone may download, without logging in. */
function downloadCard(licence) {
    const errors = h('div', { class: 'form-errors' });
    const button = h('button', { type: 'button', class: 'button button-primary', id: 'licence-download' }, t('licence.download'));
    button.addEventListener('click', () => busy(button, errors, () =>
        downloadPdf(`/api/registry/licences/${encodeURIComponent(licence.number)}/document`, { anonymous: true })));
    return h('div', { class: 'card' }, h('p', { class: 'muted' }, t('licence.downloadHint')), h('div', { class: 'actions' }, button), errors);
}

function workName(item, code) {
    const w = activity(item)?.works?.find((x) => x.code === code);
    return w ? named(w) : t('licence.workUnnamed');
}

/** A unit of equipment in words: its description and, where given, its working pressure and coolant temperature. */
function equipmentText(e) {
    const limits = [];
    if (e.workingPressureKgfCm2 !== null && e.workingPressureKgfCm2 !== undefined) limits.push(t('licence.pressure', { value: formatNumber(e.workingPressureKgfCm2) }));
    if (e.coolantTemperatureC !== null && e.coolantTemperatureC !== undefined) limits.push(t('licence.temperature', { value: formatNumber(e.coolantTemperatureC) }));
    return limits.length ? `${e.description} (${limits.join(', ')})` : e.description;
}

/** Suspend, revoke or reinstate, always with a reason. */
function statusForm(licence, etag) {
    const reason = h('textarea', { id: 'licence-reason', rows: '3', required: true, maxlength: '2000' });
    const errors = h('div', { class: 'form-errors' });
    const actions = [];
    if (licence.status === 'ACTIVE') actions.push(['suspend', 'licence.suspend', 'button-warn']);
    if (licence.status === 'ACTIVE' || licence.status === 'SUSPENDED') actions.push(['revoke', 'licence.revoke', 'button-danger']);
    if (licence.status === 'SUSPENDED') actions.push(['reinstate', 'licence.reinstate', 'button-primary']);
    if (!actions.length) return notice(t('licence.final'));
    const form = h('form', { class: 'card', 'aria-labelledby': 'licence-change-title', onsubmit: (e) => e.preventDefault() },
        h('h2', { id: 'licence-change-title' }, t('licence.changeTitle')),
        field(t('licence.reason'), reason, t('licence.reasonHint')),
        errors,
        h('div', { class: 'actions' }, actions.map(([action, key, style]) => {
            const button = h('button', { type: 'button', class: `button ${style}`, id: `licence-${action}` }, t(key));
            button.addEventListener('click', () => busy(button, errors, async () => {
                if (!reason.value.trim()) {
                    reason.setAttribute('aria-invalid', 'true');
                    errors.replaceChildren(h('p', { class: 'problem', role: 'alert' }, t('licence.reasonRequired')));
                    reason.focus();
                    return;
                }
                await post(`/api/licences/${encodeURIComponent(licence.number)}/${action}`, { reason: reason.value.trim() }, { headers: etag ? { 'If-Match': etag } : {} });
                refresh();
            }));
            return button;
        })));
    return form;
}
