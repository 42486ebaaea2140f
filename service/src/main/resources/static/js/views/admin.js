// The administrator's console: accounts (create, disable or enable with a reason, a temporary password),
// organisations with the companies' self-registrations to approve, and the audit trail with its filters
// and the verification of the chain. And the public page where a company registers itself.
import { get, post, put } from '../api.js';
import { badge, busy, field, h, notice, refresh, select } from '../dom.js';
import { formatDateTime, formatNumber, t, term } from '../i18n.js';

const ROLES = ['OFFICER', 'ADMIN', 'APPLICANT'];
const LEGAL_FORMS = ['LEGAL_ENTITY', 'INDIVIDUAL_ENTREPRENEUR', 'BRANCH'];
const LANGUAGES = ['kk', 'ru', 'en'];
const PAGE_SIZE = 25;

let flash = null;

function takeFlash(root) {
    if (flash) {
        // the outcome of what the administrator just did: focusable, so the shell focuses it once the
        // page is shown (read out, and scrolled to) rather than leaving it at the top of a long list
        flash.setAttribute('tabindex', '-1');
        root.append(flash);
        flash = null;
    }
}

/** A table whose rows become labelled cards on a phone (class "stacking"). */
function stackingTable(id, caption, headers, rows) {
    return h('div', { class: 'table-wrap' }, h('table', { class: 'data-table stacking', id },
        h('caption', {}, caption),
        h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
        h('tbody', {}, rows.map(({ cells, attrs }) => h('tr', attrs || {}, cells.map((c, i) => h('td', { 'data-label': headers[i] }, c)))))));
}

function pager(page, total, size, toHash) {
    const pages = Math.max(1, Math.ceil(total / size));
    if (pages < 2) return null;
    return h('nav', { class: 'pager', 'aria-label': t('common.pages') },
        page > 0 ? h('a', { class: 'button button-quiet', href: toHash(page - 1) }, t('common.previous')) : null,
        h('span', {}, t('common.pageOf', { page: page + 1, pages })),
        page + 1 < pages ? h('a', { class: 'button button-quiet', href: toHash(page + 1) }, t('common.next')) : null);
}

/** Appends a part that may be absent (a pager on a single page): append(null) would write "null". */
function appendIf(root, part) {
    if (part) root.append(part);
}

const pageOf = (query) => Math.max(0, Number.parseInt(query.get('page') || '0', 10) || 0);

// ---------------------------------------------------------------- accounts

export async function accountsView(root, params, query) {
    const page = pageOf(query);
    const [{ data }, organisations] = await Promise.all([
        get(`/api/accounts?size=${PAGE_SIZE}&page=${page}`),
        get('/api/organisations?size=200').then((r) => r.data.items, () => []),
    ]);
    const orgName = new Map(organisations.map((o) => [o.id, o.name]));
    root.append(h('h1', {}, t('admin.accounts.title')), h('p', { class: 'lead' }, t('admin.accounts.lead')));
    takeFlash(root);
    root.append(newAccountForm(organisations));
    const headers = [t('admin.account.login'), t('admin.account.person'), t('admin.account.role'), t('admin.account.organisation'), t('admin.account.state'), t('common.action')];
    root.append(stackingTable('accounts-table', t('admin.accounts.count', { count: formatNumber(data.total) }), headers,
        data.items.map((a) => ({
            attrs: { dataset: { username: a.username } },
            cells: [
                h('span', { class: 'mono' }, a.username),
                a.profile?.fullName ? h('span', {}, a.profile.fullName, a.profile.position ? h('span', { class: 'muted' }, h('br'), a.profile.position) : null) : h('span', { class: 'muted' }, t('admin.account.unnamed')),
                term('role', a.role),
                a.organisationId ? (orgName.get(a.organisationId) || t('admin.account.organisationNumbered', { id: a.organisationId })) : '—',
                a.enabled
                    ? h('span', { class: 'badge badge-good' }, t('admin.account.enabled'))
                    : h('span', {}, h('span', { class: 'badge badge-bad' }, t('admin.account.disabled')),
                        a.disabled ? h('span', { class: 'muted account-reason' }, h('br'), t('admin.account.disabledBecause', { reason: a.disabled.reason })) : null),
                accountActions(a),
            ],
        }))));
    appendIf(root, pager(page, data.total, data.size, (p) => `#/accounts?page=${p}`));
}

function newAccountForm(organisations) {
    const username = h('input', { id: 'account-username', required: true, maxlength: '100', autocomplete: 'off', pattern: '[A-Za-z0-9._@-]+' });
    const role = select(ROLES.map((r) => [r, term('role', r)]), 'OFFICER', { id: 'account-role' });
    const organisation = select([['', t('admin.account.chooseOrganisation')], ...organisations.map((o) => [String(o.id), o.name])], '', { id: 'account-organisation' });
    const orgField = field(t('admin.account.organisation'), organisation);
    orgField.hidden = true;
    role.addEventListener('change', () => { orgField.hidden = role.value !== 'APPLICANT'; });
    const fullName = h('input', { id: 'account-full-name', maxlength: '200', autocomplete: 'off' });
    const position = h('input', { id: 'account-position', maxlength: '200', autocomplete: 'off' });
    const email = h('input', { id: 'account-email', type: 'email', maxlength: '254', autocomplete: 'off' });
    const language = select(LANGUAGES.map((l) => [l, t(`lang.name.${l}`)]), 'ru', { id: 'account-language' });
    const password = h('input', { id: 'account-password', type: 'text', required: true, maxlength: '200', autocomplete: 'off' });
    const errors = h('div', { class: 'form-errors' });
    const submit = h('button', { type: 'submit', class: 'button button-primary', id: 'account-create' }, t('admin.account.create'));
    return h('details', { class: 'card create', id: 'new-account' },
        h('summary', {}, t('admin.account.new')),
        h('form', {
            novalidate: true,
            onsubmit: (e) => {
                e.preventDefault();
                busy(submit, errors, async () => {
                    const body = {
                        username: username.value.trim(),
                        password: password.value,
                        role: role.value,
                        organisationId: role.value === 'APPLICANT' && organisation.value ? Number(organisation.value) : null,
                        fullName: fullName.value.trim() || null,
                        position: position.value.trim() || null,
                        email: email.value.trim() || null,
                        preferredLanguage: language.value,
                    };
                    await post('/api/accounts', body);
                    flash = notice(t('admin.account.created', { username: body.username }), 'success');
                    refresh();
                });
            },
        },
        h('div', { class: 'form-grid' },
            field(t('admin.account.login'), username, t('admin.account.loginHint')),
            field(t('admin.account.role'), role),
            orgField,
            field(t('admin.account.fullName'), fullName, t('admin.account.fullNameHint')),
            field(t('admin.account.position'), position),
            field(t('admin.account.email'), email),
            field(t('admin.account.language'), language),
            field(t('admin.account.temporaryPassword'), password, t('admin.account.temporaryPasswordHint'))),
        errors,
        h('div', { class: 'actions' }, submit)));
}

function accountActions(a) {
    const errors = h('div', { class: 'form-errors' });
    const forms = [];
    if (a.enabled) {
        const reason = h('textarea', { id: `disable-reason-${a.id}`, rows: '2', maxlength: '2000', required: true });
        const button = h('button', { type: 'submit', class: 'button button-warn', id: `disable-${a.id}` }, t('admin.account.disable'));
        forms.push(h('form', {
            novalidate: true,
            onsubmit: (e) => {
                e.preventDefault();
                if (!reason.value.trim()) {
                    reason.setAttribute('aria-invalid', 'true');
                    errors.replaceChildren(h('p', { class: 'problem', role: 'alert' }, t('admin.account.reasonRequired')));
                    return;
                }
                busy(button, errors, async () => {
                    await post(`/api/accounts/${a.id}/disable`, { reason: reason.value.trim() });
                    flash = notice(t('admin.account.disabledDone', { username: a.username }), 'success');
                    refresh();
                });
            },
        }, field(t('admin.account.disableReason'), reason), h('div', { class: 'actions' }, button)));
    } else {
        const button = h('button', { type: 'button', class: 'button', id: `enable-${a.id}` }, t('admin.account.enable'));
        button.addEventListener('click', () => busy(button, errors, async () => {
            await post(`/api/accounts/${a.id}/enable`, { reason: null });
            flash = notice(t('admin.account.enabledDone', { username: a.username }), 'success');
            refresh();
        }));
        forms.push(h('div', { class: 'actions' }, button));
    }
    const newPassword = h('input', { id: `password-${a.id}`, type: 'text', maxlength: '200', autocomplete: 'off' });
    const setButton = h('button', { type: 'submit', class: 'button', id: `set-password-${a.id}` }, t('admin.account.setPassword'));
    forms.push(h('form', {
        novalidate: true,
        onsubmit: (e) => {
            e.preventDefault();
            busy(setButton, errors, async () => {
                await put(`/api/accounts/${a.id}/password`, { newPassword: newPassword.value });
                flash = notice(t('admin.account.passwordSet', { username: a.username }), 'success');
                refresh();
            });
        },
    }, field(t('admin.account.temporaryPassword'), newPassword, t('admin.account.temporaryPasswordHint')), h('div', { class: 'actions' }, setButton)));
    return h('details', { class: 'row-actions', id: `actions-${a.id}` },
        h('summary', {}, t('admin.account.actions')), forms, errors);
}

// ---------------------------------------------------------------- organisations and registrations

export async function organisationsView(root, params, query) {
    const page = pageOf(query);
    const [{ data }, pending] = await Promise.all([
        get(`/api/organisations?size=${PAGE_SIZE}&page=${page}`),
        get('/api/registrations?status=PENDING&size=200').then((r) => r.data.items, () => []),
    ]);
    root.append(h('h1', {}, t('admin.organisations.title')));
    takeFlash(root);
    root.append(h('section', { class: 'card', id: 'registrations', 'aria-labelledby': 'registrations-title' },
        h('h2', { id: 'registrations-title' }, t('admin.registrations.title')),
        pending.length
            ? h('ul', { class: 'plain registration-list' }, pending.map(registrationItem))
            : h('p', { class: 'muted', id: 'registrations-none' }, t('admin.registrations.none'))));
    root.append(newOrganisationForm());
    const headers = [t('admin.organisation.name'), t('admin.organisation.taxId'), t('admin.organisation.legalForm'), t('admin.organisation.address')];
    root.append(stackingTable('organisations-table', t('admin.organisations.count', { count: formatNumber(data.total) }), headers,
        data.items.map((o) => ({
            attrs: { dataset: { taxId: o.taxId } },
            cells: [h('strong', {}, o.name), h('span', { class: 'mono' }, o.taxId), t(`legalForm.${o.legalForm}`), o.address],
        }))));
    appendIf(root, pager(page, data.total, data.size, (p) => `#/organisations?page=${p}`));
}

function registrationItem(r) {
    const errors = h('div', { class: 'form-errors' });
    const approve = h('button', { type: 'button', class: 'button button-primary', id: `approve-${r.id}` }, t('admin.registrations.approve'));
    approve.addEventListener('click', () => busy(approve, errors, async () => {
        await post(`/api/registrations/${r.id}/approve`);
        flash = notice(t('admin.registrations.approved', { name: r.name }), 'success');
        refresh();
    }));
    const reason = h('textarea', { id: `reject-reason-${r.id}`, rows: '2', maxlength: '2000' });
    const reject = h('button', { type: 'submit', class: 'button button-warn', id: `reject-${r.id}` }, t('admin.registrations.reject'));
    return h('li', { class: 'registration', dataset: { taxId: r.taxId } },
        h('p', {}, h('strong', {}, r.name), ' — ', t(`legalForm.${r.legalForm}`), ', ', t('queue.bin', { bin: r.taxId })),
        h('p', { class: 'muted' }, r.address),
        h('p', {}, t('admin.registrations.contact', { name: r.contactName, email: r.contactEmail }), r.contactPosition ? `, ${r.contactPosition}` : ''),
        h('p', { class: 'muted' }, t('admin.registrations.received', { at: formatDateTime(r.createdAt), login: r.username })),
        h('div', { class: 'actions' }, approve),
        h('details', {}, h('summary', {}, t('admin.registrations.rejectTitle')),
            h('form', {
                novalidate: true,
                onsubmit: (e) => {
                    e.preventDefault();
                    if (!reason.value.trim()) {
                        errors.replaceChildren(h('p', { class: 'problem', role: 'alert' }, t('admin.account.reasonRequired')));
                        return;
                    }
                    busy(reject, errors, async () => {
                        await post(`/api/registrations/${r.id}/reject`, { reason: reason.value.trim() });
                        flash = notice(t('admin.registrations.rejected', { name: r.name }), 'success');
                        refresh();
                    });
                },
            }, field(t('admin.registrations.reason'), reason), h('div', { class: 'actions' }, reject))),
        errors);
}

/** Why a BIN/IIN is not valid, in words, or null: 12 digits whose last is the check digit. */
export function taxIdProblem(value) {
    if (!/^\d{12}$/.test(value)) return t('taxId.digits');
    const weighted = (weights) => weights.reduce((sum, w, i) => sum + Number(value[i]) * w, 0) % 11;
    let check = weighted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if (check === 10) check = weighted([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
    if (check === 10) return t('taxId.undefined');
    if (check !== Number(value[11])) return t('taxId.checkDigit', { digit: check });
    return null;
}

/** A BIN/IIN field that says what is wrong as it is typed. */
function taxIdField(id) {
    const input = h('input', { id, required: true, inputmode: 'numeric', maxlength: '12', autocomplete: 'off' });
    const message = h('p', { class: 'field-message', id: `${id}-message`, 'aria-live': 'polite' });
    input.addEventListener('input', () => {
        const v = input.value.trim();
        const problem = v.length === 12 || v.length > 0 && /\D/.test(v) ? taxIdProblem(v) : null;
        message.textContent = problem || '';
        if (problem) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
    });
    return { input, wrap: h('div', {}, field(t('admin.organisation.taxId'), input, t('taxId.hint')), message) };
}

function newOrganisationForm() {
    const legalForm = select(LEGAL_FORMS.map((f) => [f, t(`legalForm.${f}`)]), 'LEGAL_ENTITY', { id: 'organisation-legal-form' });
    const taxId = taxIdField('organisation-tax-id');
    const name = h('input', { id: 'organisation-name', required: true, maxlength: '500' });
    const address = h('input', { id: 'organisation-address', required: true, maxlength: '1000' });
    const errors = h('div', { class: 'form-errors' });
    const submit = h('button', { type: 'submit', class: 'button button-primary', id: 'organisation-create' }, t('admin.organisation.create'));
    return h('details', { class: 'card create', id: 'new-organisation' },
        h('summary', {}, t('admin.organisation.new')),
        h('form', {
            novalidate: true,
            onsubmit: (e) => {
                e.preventDefault();
                const problem = taxIdProblem(taxId.input.value.trim());
                if (problem) {
                    errors.replaceChildren(h('p', { class: 'problem', role: 'alert' }, problem));
                    taxId.input.focus();
                    return;
                }
                busy(submit, errors, async () => {
                    await post('/api/organisations', { legalForm: legalForm.value, taxId: taxId.input.value.trim(), name: name.value.trim(), address: address.value.trim() });
                    flash = notice(t('admin.organisation.created', { name: name.value.trim() }), 'success');
                    refresh();
                });
            },
        },
        h('div', { class: 'form-grid' }, field(t('admin.organisation.legalForm'), legalForm), taxId.wrap,
            field(t('admin.organisation.name'), name), field(t('admin.organisation.address'), address)),
        errors,
        h('div', { class: 'actions' }, submit)));
}

// ---------------------------------------------------------------- the audit trail

const ACTION_GROUPS = ['application.', 'review.', 'licence.', 'account.', 'organisation.', 'registration.', 'deadline.', 'document.'];
const ENTITIES = ['application', 'licence', 'account', 'organisation', 'registration'];

/** An action of the trail in words; the recorded code where no words are known for it. */
function actionWords(action) {
    const key = `audit.action.${action}`;
    const words = t(key);
    return words === key ? action : words;
}

export async function auditView(root, params, query) {
    const page = pageOf(query);
    const filters = { actor: query.get('actor') || '', action: query.get('action') || '', entity: query.get('entity') || '', entityId: query.get('entityId') || '' };
    root.append(h('h1', {}, t('admin.audit.title')), h('p', { class: 'lead' }, t('admin.audit.lead')));

    const result = h('div', { id: 'audit-verification', 'aria-live': 'polite' });
    const verify = h('button', { type: 'button', class: 'button button-primary', id: 'audit-verify' }, t('admin.audit.verify'));
    const verifyErrors = h('div', { class: 'form-errors' });
    verify.addEventListener('click', () => busy(verify, verifyErrors, async () => {
        const { data } = await get('/api/audit/verify');
        result.replaceChildren(verificationView(data));
    }));
    root.append(h('section', { class: 'card', 'aria-labelledby': 'verify-title' },
        h('h2', { id: 'verify-title' }, t('admin.audit.verifyTitle')), h('p', {}, t('admin.audit.verifyLead')),
        h('div', { class: 'actions' }, verify), verifyErrors, result));

    const actor = h('input', { id: 'audit-actor', value: filters.actor, maxlength: '100', autocomplete: 'off' });
    const action = select([['', t('admin.audit.anyAction')], ...ACTION_GROUPS.map((a) => [a, t(`audit.group.${a}`)])], filters.action, { id: 'audit-action' });
    const entity = select([['', t('admin.audit.anyEntity')], ...ENTITIES.map((e) => [e, t(`audit.entity.${e}`)])], filters.entity, { id: 'audit-entity' });
    const entityId = h('input', { id: 'audit-entity-id', value: filters.entityId, maxlength: '100', autocomplete: 'off' });
    root.append(h('form', {
        class: 'search-form queue-tools', role: 'search',
        onsubmit: (e) => {
            e.preventDefault();
            const next = new URLSearchParams();
            if (actor.value.trim()) next.set('actor', actor.value.trim());
            if (action.value) next.set('action', action.value);
            if (entity.value) next.set('entity', entity.value);
            if (entityId.value.trim()) next.set('entityId', entityId.value.trim());
            location.hash = next.toString() ? `#/audit?${next}` : '#/audit';
        },
    }, field(t('admin.audit.actor'), actor), field(t('admin.audit.action'), action), field(t('admin.audit.entity'), entity),
    field(t('admin.audit.entityId'), entityId), h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', id: 'audit-search' }, t('queue.apply')))));

    const ask = new URLSearchParams({ size: String(PAGE_SIZE), page: String(page) });
    for (const [k, v] of Object.entries(filters)) if (v) ask.set(k, v);
    const { data } = await get(`/api/audit?${ask}`);
    if (!data.items.length) {
        root.append(notice(t('admin.audit.none')));
        return;
    }
    const headers = [t('admin.audit.when'), t('admin.audit.actor'), t('admin.audit.action'), t('admin.audit.subject'), t('admin.audit.record')];
    root.append(stackingTable('audit-table', t('admin.audit.count', { count: formatNumber(data.total) }), headers,
        data.items.map((e) => ({
            attrs: { dataset: { action: e.action, seq: String(e.seq) } },
            cells: [
                formatDateTime(e.at),
                h('span', { class: 'mono' }, e.actor),
                actionWords(e.action),
                t('admin.audit.subjectOf', { what: t(`audit.entity.${e.entity}`), id: e.entityId }),
                h('details', {}, h('summary', {}, t('admin.audit.show', { seq: e.seq })),
                    e.before ? [h('p', { class: 'label' }, t('admin.audit.before')), h('pre', { class: 'audit-json' }, e.before)] : null,
                    e.after ? [h('p', { class: 'label' }, t('admin.audit.after')), h('pre', { class: 'audit-json' }, e.after)] : null),
            ],
        }))));
    const toHash = (p) => {
        const next = new URLSearchParams(ask);
        next.delete('size');
        next.set('page', String(p));
        return `#/audit?${next}`;
    };
    appendIf(root, pager(page, data.total, data.size, toHash));
}

function verificationView(r) {
    if (!r.intact) {
        return h('div', { class: 'problem', role: 'alert', id: 'audit-broken' },
            h('p', { class: 'problem-title' }, t('admin.audit.broken')),
            h('p', {}, r.firstBroken ? t('admin.audit.brokenAt', { seq: r.firstBroken, checked: formatNumber(r.checked) }) : t('admin.audit.brokenSomewhere')),
            r.reason ? h('p', { class: 'muted' }, r.reason) : null);
    }
    return h('div', { class: 'notice notice-success', role: 'status', id: 'audit-intact' },
        h('p', {}, badge('verdict', 'COMPLIANT'), ' ', t('admin.audit.intact', { checked: formatNumber(r.checked) })),
        h('p', {}, r.keyed ? t('admin.audit.authenticated', { authenticated: formatNumber(r.authenticated), checkpoints: formatNumber(r.checkpoints) }) : t('admin.audit.notKeyed')));
}

// ---------------------------------------------------------------- a company registers itself

export async function registerView(root) {
    root.append(h('h1', {}, t('register.title')), h('p', { class: 'lead' }, t('register.lead')));
    const legalForm = select(LEGAL_FORMS.map((f) => [f, t(`legalForm.${f}`)]), 'LEGAL_ENTITY', { id: 'register-legal-form' });
    const taxId = taxIdField('register-tax-id');
    const inputs = {
        name: h('input', { id: 'register-name', required: true, maxlength: '500' }),
        address: h('input', { id: 'register-address', required: true, maxlength: '1000' }),
        contactName: h('input', { id: 'register-contact-name', required: true, maxlength: '200', autocomplete: 'name' }),
        contactPosition: h('input', { id: 'register-contact-position', maxlength: '200', autocomplete: 'organization-title' }),
        contactEmail: h('input', { id: 'register-contact-email', type: 'email', required: true, maxlength: '254', autocomplete: 'email' }),
        username: h('input', { id: 'register-username', required: true, maxlength: '100', autocomplete: 'username' }),
        password: h('input', { id: 'register-password', type: 'password', required: true, maxlength: '200', autocomplete: 'new-password' }),
    };
    const language = select(LANGUAGES.map((l) => [l, t(`lang.name.${l}`)]), 'ru', { id: 'register-language' });
    const errors = h('div', { class: 'form-errors' });
    const submit = h('button', { type: 'submit', class: 'button button-primary', id: 'register-submit' }, t('register.submit'));
    const form = h('form', {
        class: 'card', novalidate: true,
        onsubmit: (e) => {
            e.preventDefault();
            const problem = taxIdProblem(taxId.input.value.trim());
            if (problem) {
                errors.replaceChildren(h('p', { class: 'problem', role: 'alert' }, problem));
                taxId.input.focus();
                return;
            }
            busy(submit, errors, async () => {
                const body = Object.fromEntries(Object.entries(inputs).map(([k, el]) => [k, k === 'password' ? el.value : el.value.trim() || null]));
                await post('/api/registrations', { ...body, legalForm: legalForm.value, taxId: taxId.input.value.trim(), contactLanguage: language.value });
                form.replaceWith(h('div', { class: 'notice notice-success', role: 'status', id: 'register-done' },
                    h('p', {}, t('register.done', { name: body.name })), h('p', {}, t('register.next'))));
            });
        },
    },
    h('h2', {}, t('register.company')),
    h('div', { class: 'form-grid' }, field(t('admin.organisation.legalForm'), legalForm), taxId.wrap,
        field(t('admin.organisation.name'), inputs.name), field(t('admin.organisation.address'), inputs.address)),
    h('h2', {}, t('register.contact')),
    h('div', { class: 'form-grid' }, field(t('admin.account.fullName'), inputs.contactName), field(t('admin.account.position'), inputs.contactPosition),
        field(t('admin.account.email'), inputs.contactEmail), field(t('admin.account.language'), language)),
    h('h2', {}, t('register.login')),
    h('div', { class: 'form-grid' }, field(t('admin.account.login'), inputs.username, t('admin.account.loginHint')),
        field(t('login.password'), inputs.password, t('register.passwordHint'))),
    errors,
    h('div', { class: 'actions' }, submit));
    root.append(form);
    root.append(h('p', {}, h('a', { href: '#/login' }, t('register.haveAccount'))));
}
