// The applicant's form, generated from GET /api/form for the application's activity, sub-activities
// and kinds of work: the applicant, then each requirement in the law's order with its needs (the
// alternatives as choices in words, the paper's number and date, and the upload of that paper right
// there), the staff, item 4's equipment and item 7's working capital. Nothing here is written per
// activity: a new edition of the rules changes the form by itself. Every change is saved as the
// dossier (PUT …/dossier) and the assessment beside the form follows it.
import { get, put, request } from '../api.js';
import { dateInput, h, notice, problemView, select, uid } from '../dom.js';
import { citation, currentLanguage, formatDateTime, t } from '../i18n.js';
import { fileDocumentId, readDossier, slotKey, writeDossier } from '../form-model.js';
import { taxIdProblem } from '../taxid.js';
import { staffPart } from './form-staff.js';
import { formatSize } from './decision.js';

const SAVE_DELAY_MS = 700;

/** GET /api/form for an application, with what it declares. */
export async function loadForm(app, works) {
    const q = new URLSearchParams({ activity: String(app.activity), lang: currentLanguage() });
    app.subActivities.forEach((s) => q.append('subactivity', s));
    (works || []).forEach((w) => q.append('work', w));
    return (await get(`/api/form?${q}`, { authorization: null })).data;
}

/**
 * The form of an editable application. ctx: {app, etag, dossier, documents, organisation,
 * onSaved(etag)}: onSaved runs after every save, so the page can show the new assessment.
 */
export async function applicationForm(ctx) {
    const model = { value: null };
    let form = await loadForm(ctx.app, ctx.dossier?.works);
    model.value = readDossier(ctx.dossier, form, ctx.organisation);
    const state = { etag: ctx.etag, pending: null, timer: null, dirty: false, last: null, reports: {} };
    const root = h('div', { class: 'application-form', id: 'application-form' });
    const status = h('p', { class: 'save-status', id: 'form-status', role: 'status', 'aria-live': 'polite' });
    const errors = h('div', { class: 'form-errors', id: 'form-errors' });
    const saveButton = h('button', { type: 'button', class: 'button button-primary', id: 'form-save' }, t('form.save'));
    saveButton.addEventListener('click', () => save(true));

    /** Saves now (or after a pause in typing, when later is set); one save at a time, in order. */
    function changed(later = true) {
        state.dirty = true;
        status.textContent = t('form.unsaved');
        clearTimeout(state.timer);
        if (later) state.timer = setTimeout(() => save(false), SAVE_DELAY_MS);
        else save(false);
    }

    async function save(explicit) {
        clearTimeout(state.timer);
        const previous = state.pending || Promise.resolve();
        state.pending = previous.then(async () => {
            if (!state.dirty && !explicit) return true;
            const dossier = writeDossier(model.value, form, ctx.app);
            state.dirty = false;
            status.textContent = t('form.saving');
            try {
                const { etag } = await put(`/api/applications/${ctx.app.id}/dossier`, dossier, { headers: { 'If-Match': state.etag } });
                state.etag = etag;
                state.last = dossier;
                clearFieldErrors(root);
                errors.replaceChildren();
                status.textContent = t('form.saved');
                await ctx.onSaved?.(etag);
                return true;
            } catch (e) {
                state.dirty = true;
                status.textContent = t('form.notSaved');
                showErrors(e, dossier);
                return false;
            }
        });
        return state.pending;
    }

    function showErrors(e, dossier) {
        const fields = e.fieldErrors || [];
        const unplaced = [];
        clearFieldErrors(root);
        for (const f of fields) {
            const control = controlFor(root, dossier, f.field);
            if (control) fieldError(control, f.message);
            else unplaced.push(f.message);
        }
        if (!fields.length) {
            errors.replaceChildren(problemView(e));
            return;
        }
        errors.replaceChildren(h('div', { class: 'problem', role: 'alert' },
            h('p', { class: 'problem-title' }, t('form.fixFields', { count: fields.length })),
            unplaced.length ? h('ul', {}, unplaced.map((m) => h('li', { lang: currentLanguage() }, m))) : null));
        root.querySelector('[aria-invalid=true]')?.focus();
    }

    async function rebuild() {
        root.dataset.building = 'true'; // what applies is being asked again: the sections are about to change
        try {
            form = await loadForm(ctx.app, model.value.works);
            render();
        } finally {
            delete root.dataset.building;
        }
    }

    const api = {
        model: () => model.value,
        form: () => form,
        changed,
        save,
        etag: () => state.etag,
        setEtag: (etag) => { state.etag = etag; },
        app: ctx.app,
        documents: ctx.documents,
        rebuild,
        /** The dossier again from the service (after the staff import changed it there). */
        async reload() {
            const { data, etag } = await get(`/api/applications/${ctx.app.id}/dossier`);
            state.etag = etag;
            model.value.staff = readDossier(data, form, ctx.organisation).staff;
            render();
        },
        reports: state.reports,
    };

    function render() {
        const focused = document.activeElement?.id;
        root.replaceChildren(...[
            applicantPart(form, model.value, api),
            form.works.length ? worksPart(form, model.value, api) : null,
            ...form.sections.filter((s) => s.kind !== 'legal-form').map((s) => sectionPart(s, form, model.value, api)),
            h('div', { class: 'form-footer card', id: 'form-footer' }, errors, h('div', { class: 'actions' }, saveButton, status)),
        ].filter(Boolean));
        if (focused) document.getElementById(focused)?.focus();
    }
    render();
    root.formApi = api;
    return root;
}

// ------------------------------------------------------------------------------------------- parts

function sectionId(requirement) {
    return `form-${String(requirement).replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Where a finding on this requirement is fixed: its section of the form. */
export function sectionElement(requirement) {
    return document.getElementById(sectionId(requirement))
        || (String(requirement).endsWith('#legal-form') ? document.getElementById('form-applicant') : null);
}

function sectionCard(id, requirement, titleParts, ...content) {
    const titleId = `${id}-title`;
    return h('section', { class: 'card form-section', id, 'aria-labelledby': titleId, dataset: requirement ? { requirement } : {} },
        h('h2', { id: titleId, tabindex: '-1' }, titleParts),
        content);
}

function input(value, attrs = {}) {
    return h('input', { type: 'text', value: value ?? '', ...attrs });
}

/** A labelled control bound to obj[key]; the model changes as the user types. */
function bound(api, obj, key, labelText, control, { hint, onChange } = {}) {
    control.id = control.id || uid('fld');
    control.dataset.field = key;
    const isBox = control.type === 'checkbox';
    if (isBox) control.checked = !!obj[key];
    else control.value = obj[key] ?? '';
    control.addEventListener(isBox || control.tagName === 'SELECT' ? 'change' : 'input', () => {
        obj[key] = isBox ? control.checked : control.value;
        control.removeAttribute('aria-invalid');
        control.parentElement.querySelector('.field-message')?.remove();
        onChange?.(control);
        api.changed(!isBox && control.tagName !== 'SELECT');
    });
    if (isBox) return h('div', { class: 'choice' }, control, h('label', { for: control.id }, labelText));
    const parts = [h('label', { for: control.id }, labelText), control];
    if (hint) {
        const hintId = `${control.id}-hint`;
        control.setAttribute('aria-describedby', hintId);
        parts.push(h('p', { class: 'hint', id: hintId }, hint));
    }
    return h('div', { class: 'field' }, parts);
}

function applicantPart(form, model, api) {
    const a = model.applicant;
    const legal = form.sections.find((s) => s.kind === 'legal-form');
    const forms = form.applicant.legalForms;
    const legalForm = select([['', t('form.choose')], ...forms.map((f) => [f.code, f.allowed ? f.name : t('form.legalForm.notAllowed', { name: f.name })])],
        a.legalForm, { id: 'form-legal-form', required: true });
    const taxMessage = h('p', { class: 'field-message', id: 'form-tax-id-message', 'aria-live': 'polite' });
    const taxId = input(a.taxId, { id: 'form-tax-id', inputmode: 'numeric', autocomplete: 'off', maxlength: '12', 'aria-describedby': 'form-tax-id-hint form-tax-id-message' });
    const checkTaxId = () => {
        const problem = taxIdProblem(taxId.value);
        taxMessage.textContent = taxId.value ? (problem || t('form.taxId.ok')) : '';
        taxMessage.className = `field-message ${problem ? 'field-message-bad' : 'field-message-good'}`;
        taxId.setAttribute('aria-invalid', String(!!problem && !!taxId.value));
    };
    taxId.addEventListener('input', checkTaxId);
    const taxField = bound(api, a, 'taxId', t('form.taxId'), taxId, { hint: t('form.taxId.hint') });
    taxField.append(taxMessage);
    checkTaxId();
    return sectionCard('form-applicant', legal?.requirement, [legal ? h('span', { class: 'citation' }, citation(legal.citation), ' ') : null, t('form.applicant')],
        h('p', { class: 'hint' }, t('form.applicant.lead')),
        bound(api, a, 'legalForm', t('form.legalForm'), legalForm),
        taxField,
        bound(api, a, 'name', t('form.name'), input(a.name, { id: 'form-name', autocomplete: 'organization' })),
        bound(api, a, 'address', t('form.address'), input(a.address, { id: 'form-address', autocomplete: 'street-address' }), { hint: t('form.address.hint') }),
        h('fieldset', { class: 'head' }, h('legend', {}, t('form.head')),
            bound(api, a, 'headName', t('form.head.name'), input(a.headName, { id: 'form-head-name', autocomplete: 'name' })),
            bound(api, a, 'headPosition', t('form.head.position'), input(a.headPosition, { id: 'form-head-position', autocomplete: 'organization-title' }))));
}

function worksPart(form, model, api) {
    return sectionCard('form-works', null, t('form.works'),
        h('p', { class: 'hint' }, t('form.works.lead')),
        h('fieldset', { class: 'choices' }, h('legend', { class: 'visually-hidden' }, t('form.works')),
            h('div', { class: 'choice-grid' }, form.works.map((w) => {
                const id = `form-work-${w.code}`;
                const box = h('input', { type: 'checkbox', id, value: w.code, checked: model.works.includes(w.code) });
                box.addEventListener('change', async () => {
                    model.works = form.works.map((x) => x.code).filter((c) => (c === w.code ? box.checked : model.works.includes(c)));
                    api.changed(false);
                    await api.rebuild();
                    document.getElementById(id)?.focus();
                });
                return h('div', { class: 'choice' }, box, h('label', { for: id }, w.name));
            }))));
}

function sectionPart(section, form, model, api) {
    const id = sectionId(section.requirement);
    const title = [h('span', { class: 'citation' }, citation(section.citation)), ' ', h('span', {}, section.title)];
    if (!section.applies) {
        return h('section', { class: 'card form-section not-applicable', id, dataset: { requirement: section.requirement } },
            h('h2', { tabindex: '-1' }, title),
            h('p', { class: 'muted' }, t('form.notApplicable'), ' ', section.appliesWhen ? appliesWhen(section.appliesWhen) : null));
    }
    const parts = [];
    if (section.appliesWhen) parts.push(h('p', { class: 'hint applies-when' }, appliesWhen(section.appliesWhen)));
    for (const need of section.needs) parts.push(needPart(section, need, model, api));
    if (section.staff) parts.push(staffPart(section, form, model, api));
    if (section.workingCapital) parts.push(capitalPart(section, model, api));
    if (section.equipment) parts.push(equipmentPart(section.equipment, model, api));
    for (const slot of section.documents) parts.push(listedPart(section, slot, model, api));
    return sectionCard(id, section.requirement, title, parts);
}

/** "only if you do: installation; repair", in the page's language. */
function appliesWhen(text) {
    return text;
}

function needPart(section, need, model, api) {
    const key = slotKey(section.requirement, need.key);
    const answer = model.needs[key] || (model.needs[key] = { alt: need.alternatives[0]?.code });
    const id = `${sectionId(section.requirement)}-${need.key}`;
    const details = h('div', { class: 'need-details' });
    const renderDetails = () => {
        const alt = need.alternatives.find((a) => a.code === answer.alt) || need.alternatives[0];
        details.replaceChildren(...alternativeFields(alt, answer, api, id), uploadPart(section.requirement, need.key, answer, api, alt.document.name, id));
    };
    const choices = need.alternatives.length > 1
        ? h('fieldset', { class: 'choices' }, h('legend', {}, t('form.how')),
            need.alternatives.map((alt) => {
                const rid = `${id}-${alt.code}`;
                const radio = h('input', { type: 'radio', id: rid, name: `${id}-alt`, value: alt.code, checked: answer.alt === alt.code });
                radio.addEventListener('change', () => {
                    answer.alt = alt.code;
                    renderDetails();
                    api.changed(false);
                });
                return h('div', { class: 'choice' }, radio, h('label', { for: rid },
                    h('span', {}, alt.name), h('span', { class: 'hint block' }, alt.how)));
            }))
        : h('p', { class: 'hint' }, need.alternatives[0]?.how);
    renderDetails();
    return h('fieldset', { class: 'need', id, dataset: { slot: need.key, ref: `${section.requirement}/${need.key}` } },
        h('legend', {}, need.name),
        need.conditional ? h('p', { class: 'hint' }, t('form.conditional')) : null,
        choices, details);
}

function alternativeFields(alt, answer, api, id) {
    const f = (key, label, control, opts) => bound(api, answer, key, label, control, opts);
    const date = (key) => dateInput({ id: `${id}-${key}` });
    const text = (key, attrs = {}) => input(answer[key], { id: `${id}-${key}`, ...attrs });
    switch (alt.kind) {
    case 'asset':
        return [
            f('description', t('form.asset.description'), text('description'), { hint: t('form.asset.descriptionHint') }),
            f('legalBasis', t('form.asset.legalBasis'), select([['', t('form.choose')], ...legalBases(api)], answer.legalBasis, { id: `${id}-legalBasis` })),
            h('div', { class: 'field-row' },
                f('number', t('form.document.number'), text('number')),
                f('date', t('form.document.date'), date('date'))),
        ];
    case 'service':
        return [
            f('name', t('form.service.name'), text('name'), { hint: t('form.service.nameHint') }),
            h('div', { class: 'field-row' },
                f('number', t('form.order.number'), text('number')),
                f('date', t('form.order.date'), date('date'))),
        ];
    case 'programme':
        return [
            f('title', t('form.programme.title'), text('title')),
            h('div', { class: 'field-row' },
                f('date', t('form.programme.approvedOn'), date('date')),
                f('approvedBy', t('form.programme.approvedBy'), text('approvedBy'))),
            // only where the law asks for programmes "реализуемых в соответствии с графиками" (items 1, 2)
            alt.onSchedule ? f('onSchedule', t('form.programme.onSchedule'), h('input', { type: 'checkbox', id: `${id}-onSchedule` })) : null,
        ].filter(Boolean);
    case 'contract':
        return [
            f('counterparty', t('form.contract.counterparty'), text('counterparty')),
            h('div', { class: 'field-row' },
                f('number', t('form.contract.number'), text('number')),
                f('date', t('form.contract.date'), date('date')),
                f('validUntil', t('form.contract.validUntil'), date('validUntil'))),
            alt.protocolOfIntent ? f('protocolOfIntent', t('form.contract.protocolOfIntent'), h('input', { type: 'checkbox', id: `${id}-protocolOfIntent` })) : null,
            alt.backupSupply ? f('backupSupply', t('form.contract.backupSupply'), h('input', { type: 'checkbox', id: `${id}-backupSupply` })) : null,
        ].filter(Boolean);
    case 'permit':
        return [
            h('div', { class: 'field-row' },
                f('number', t('form.permit.number'), text('number')),
                f('date', t('form.permit.issuedOn'), date('date')),
                f('validUntil', t('form.permit.validUntil'), date('validUntil'))),
        ];
    default:
        return [
            h('div', { class: 'field-row' },
                f('number', t('form.document.number'), text('number')),
                f('documentDate', t('form.document.date'), date('documentDate'))),
            f('certified', t('form.document.certified'), h('input', { type: 'checkbox', id: `${id}-certified` })),
        ];
    }
}

function legalBases(api) {
    return (api.form().choices.legalBases || []).map((b) => [b.code, b.name]);
}

/** A document the requirement lists (a staffing schedule, the staff summary table…): its date and file. */
function listedPart(section, slot, model, api) {
    const key = slotKey(section.requirement, slot.key);
    const answer = model.listed[key] || (model.listed[key] = {});
    const id = `${sectionId(section.requirement)}-${slot.key}`;
    return h('fieldset', { class: 'need listed', id, dataset: { slot: slot.key } },
        h('legend', {}, slot.name),
        h('div', { class: 'field-row' },
            bound(api, answer, 'documentDate', t('form.document.date'), dateInput({ id: `${id}-date` }))),
        bound(api, answer, 'certified', t('form.document.certified'), h('input', { type: 'checkbox', id: `${id}-certified` })),
        uploadPart(section.requirement, slot.key, answer, api, slot.name, id));
}

function capitalPart(section, model, api) {
    const c = model.capital || (model.capital = { amount: '', bank: '', date: '' });
    const wc = section.workingCapital;
    const id = `${sectionId(section.requirement)}-capital`;
    return h('fieldset', { class: 'need', id, dataset: { slot: wc.certificate.key } },
        h('legend', {}, t('form.capital')),
        h('p', { class: 'hint' }, wc.sentence),
        bound(api, c, 'amount', t('form.capital.amount'), input(c.amount, { id: `${id}-amount`, inputmode: 'decimal' }), { hint: t('form.capital.amountHint') }),
        bound(api, c, 'bank', t('form.capital.bank'), input(c.bank, { id: `${id}-bank` })),
        h('div', { class: 'field-row' }, bound(api, c, 'date', t('form.capital.date'), dateInput({ id: `${id}-date` }))),
        uploadPart(section.requirement, wc.certificate.key, c, api, wc.certificate.name, id));
}

function equipmentPart(equipment, model, api) {
    const list = h('ol', { class: 'equipment-list', id: 'equipment-list' });
    const renderList = () => {
        list.replaceChildren(...model.equipment.map((e, i) => equipmentRow(equipment, model, e, i, api, renderList)));
    };
    renderList();
    const add = h('button', { type: 'button', class: 'button', id: 'equipment-add' }, t('form.equipment.add'));
    add.addEventListener('click', () => {
        model.equipment.push({ kind: '', description: '', singleTechnologicalProcess: false });
        renderList();
        list.lastElementChild?.querySelector('select')?.focus();
    });
    return h('div', { class: 'equipment', id: 'equipment' },
        h('h3', {}, t('form.equipment')),
        h('p', { class: 'hint' }, t('form.equipment.lead', { pressure: equipment.pressureAboveKgfCm2, temperature: equipment.temperatureAboveC })),
        list, h('div', { class: 'actions' }, add));
}

function equipmentRow(equipment, model, e, i, api, renderList) {
    const id = `equipment-${i}`;
    const kinds = equipment.kinds;
    const extra = h('div', { class: 'field-row' });
    const renderExtra = () => {
        const k = kinds.find((x) => x.code === e.kind);
        extra.replaceChildren(...[
            k?.pressure ? bound(api, e, 'workingPressureKgfCm2', t('form.equipment.pressure'), input(e.workingPressureKgfCm2, { id: `${id}-pressure`, inputmode: 'decimal' })) : null,
            k?.temperature ? bound(api, e, 'coolantTemperatureC', t('form.equipment.temperature'), input(e.coolantTemperatureC, { id: `${id}-temperature`, inputmode: 'decimal' })) : null,
        ].filter(Boolean));
    };
    renderExtra();
    const remove = h('button', { type: 'button', class: 'button button-quiet', id: `${id}-remove` }, t('form.equipment.remove'));
    remove.addEventListener('click', () => {
        model.equipment.splice(i, 1);
        renderList();
        api.changed(false);
        document.getElementById('equipment-add')?.focus();
    });
    return h('li', { class: 'equipment-row', id, dataset: { index: String(i) } },
        bound(api, e, 'kind', t('form.equipment.kind'), select([['', t('form.choose')], ...kinds.map((k) => [k.code, k.name])], e.kind, { id: `${id}-kind` }), { onChange: renderExtra }),
        bound(api, e, 'description', t('form.equipment.description'), input(e.description, { id: `${id}-description` })),
        extra,
        bound(api, e, 'singleTechnologicalProcess', t('form.equipment.single'), h('input', { type: 'checkbox', id: `${id}-single` })),
        h('div', { class: 'actions' }, remove));
}

// ------------------------------------------------------------------------------------------ uploads

/**
 * A file input whose words are the page's: the browser's own button speaks the browser's language
 * ("Choose File", "No file chosen"), so it is hidden behind a label that looks like a button.
 */
export function filePicker(file, purpose, hint) {
    file.classList.add('file-input');
    const chosen = h('span', { class: 'file-chosen muted', id: `${file.id}-chosen` }, t('form.upload.noneChosen'));
    file.addEventListener('change', () => {
        chosen.textContent = file.files[0]?.name || t('form.upload.noneChosen');
    });
    file.setAttribute('aria-describedby', `${file.id}-chosen${hint ? ` ${file.id}-hint` : ''}`);
    return h('div', { class: 'field upload-field' },
        h('label', { for: file.id, class: 'file-picker' },
            h('span', { class: 'file-purpose' }, purpose),
            file,
            h('span', { class: 'button button-quiet file-button', 'aria-hidden': 'true' }, t('form.upload.chooseFile'))),
        chosen,
        hint ? h('p', { class: 'hint', id: `${file.id}-hint` }, hint) : null);
}

/** Whether the service binds files to slots and lets them be replaced and deleted (its list names the slot). */
const slotsKnown = (documents) => documents.some((d) => Object.hasOwn(d, 'slot'));

/**
 * The upload of one slot's paper, right beside what it proves: the file goes to the service bound to
 * the requirement and the slot, and the form names it in the dossier. Replacing and deleting are
 * offered where the service supports them.
 */
export function uploadPart(requirement, slot, answer, api, what, id) {
    const box = h('div', { class: 'upload', id: `${id}-upload`, dataset: { requirement, slot } });
    const mark = () => { box.dataset.documentId = answer.fileId ? fileDocumentId(answer.fileId) : ''; };
    const feedback = h('div', { class: 'upload-feedback', 'aria-live': 'polite' });
    const render = () => {
        const stored = api.documents.find((d) => d.id === answer.fileId);
        const file = h('input', { type: 'file', id: `${id}-file`, accept: '.pdf,.png,.jpg,.jpeg,.xlsx,.xls,.txt' });
        const parts = [];
        if (answer.fileId) {
            parts.push(h('p', { class: 'upload-current' },
                h('span', { class: 'badge badge-good' }, h('span', { class: 'badge-icon', 'aria-hidden': 'true' }, '✓'), h('span', { class: 'badge-text' }, t('form.upload.attached'))), ' ',
                h('span', { translate: 'no', class: 'file-name' }, stored?.filename || t('form.upload.file')),
                stored ? h('span', { class: 'muted' }, ` · ${formatSize(stored.size)} · ${formatDateTime(stored.uploadedAt)}`) : null));
        } else {
            parts.push(h('p', { class: 'upload-missing' },
                h('span', { class: 'badge badge-warn' }, h('span', { class: 'badge-icon', 'aria-hidden': 'true' }, '!'), h('span', { class: 'badge-text' }, t('form.upload.missing'))), ' ',
                h('span', {}, what)));
        }
        const attach = h('button', { type: 'button', class: 'button', id: `${id}-attach` }, answer.fileId ? t('form.upload.replace') : t('form.upload.attach'));
        attach.addEventListener('click', () => send(file, attach));
        parts.push(filePicker(file, answer.fileId ? t('form.upload.replaceLabel') : t('form.upload.label'), t('form.upload.hint')));
        const actions = h('div', { class: 'actions' }, attach);
        if (answer.fileId && stored && slotsKnown(api.documents)) {
            const remove = h('button', { type: 'button', class: 'button button-quiet', id: `${id}-delete` }, t('form.upload.delete'));
            remove.addEventListener('click', () => removeFile(remove));
            actions.append(remove);
        }
        parts.push(actions, feedback);
        box.replaceChildren(...parts);
        mark();
    };

    async function send(file, button) {
        if (!file.files.length) {
            feedback.replaceChildren(h('p', { class: 'field-message field-message-bad', role: 'alert' }, t('form.upload.choose')));
            file.focus();
            return;
        }
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        feedback.replaceChildren(h('p', { class: 'muted' }, t('form.upload.sending')));
        try {
            const body = new FormData();
            body.append('file', file.files[0]);
            const replacing = answer.fileId && slotsKnown(api.documents);
            let saved;
            if (replacing) {
                saved = (await request(`/api/applications/${api.app.id}/documents/${answer.fileId}/content`, { method: 'PUT', body })).data;
            } else {
                body.append('requirementId', requirement);
                body.append('slot', slot);
                saved = (await request(`/api/applications/${api.app.id}/documents`, { method: 'POST', body })).data;
            }
            api.documents.splice(0, api.documents.length, ...api.documents.filter((d) => d.id !== saved.id), saved);
            answer.fileId = saved.id;
            answer.documentId = null;
            render();
            feedback.replaceChildren(notice(t('form.upload.done', { name: saved.filename }), 'success'));
            // the controls were redrawn: keep the keyboard where it was, on this slot's button, the
            // message announced beside it
            refocus();
            await api.save(true);
        } catch (e) {
            feedback.replaceChildren(problemView(e));
        } finally {
            button.disabled = false;
            button.removeAttribute('aria-busy');
            if (button.isConnected && !box.contains(document.activeElement)) button.focus();
        }
    }

    /** Focus on this slot's attach (or replace) button after a redraw, with the feedback in view. */
    function refocus() {
        box.querySelector(`#${CSS.escape(id)}-attach`)?.focus({ preventScroll: true });
        feedback.scrollIntoView({ block: 'nearest' });
    }

    async function removeFile(button) {
        button.disabled = true;
        try {
            await request(`/api/applications/${api.app.id}/documents/${answer.fileId}`, { method: 'DELETE' });
            const gone = answer.fileId;
            api.documents.splice(0, api.documents.length, ...api.documents.filter((d) => d.id !== gone));
            answer.fileId = null;
            answer.documentId = null;
            render();
            feedback.replaceChildren(notice(t('form.upload.deleted'), 'success'));
            refocus();
            await api.save(true);
        } catch (e) {
            feedback.replaceChildren(problemView(e));
            button.disabled = false;
            button.focus();
        }
    }
    render();
    return box;
}

// ------------------------------------------------------------------------------------------- errors

function clearFieldErrors(root) {
    root.querySelectorAll('[aria-invalid=true]').forEach((c) => {
        if (c.id !== 'form-tax-id') c.removeAttribute('aria-invalid');
    });
    root.querySelectorAll('.field-message.from-service').forEach((m) => m.remove());
}

function fieldError(control, message) {
    control.setAttribute('aria-invalid', 'true');
    const m = h('p', { class: 'field-message field-message-bad from-service', lang: currentLanguage(), id: uid('err') }, message);
    control.after(m);
    control.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby') || ''} ${m.id}`.trim());
}

const FIELD_OF = {
    description: 'description', legalBasis: 'legalBasis', titleDocument: 'number', name: 'name', number: 'number', date: 'date',
    title: 'title', approvedOn: 'date', approvedBy: 'approvedBy', counterparty: 'counterparty', validUntil: 'validUntil', issuedOn: 'date',
};

/** The control a problem of the dossier reader ("$.assets[2].description") is about, where the form has one. */
function controlFor(root, dossier, path) {
    const m = /^\$?\.?(\w+)(?:\[(\d+)\])?(?:\.(\w+))?(?:\.(\w+))?/.exec(String(path || ''));
    if (!m) return null;
    const [, list, index, field, sub] = m;
    if (list === 'applicant') {
        const id = field === 'head'
            ? (sub === 'position' ? 'form-head-position' : 'form-head-name')
            : { legalForm: 'form-legal-form', bin: 'form-tax-id', iin: 'form-tax-id', name: 'form-name', address: 'form-address' }[field];
        return id ? document.getElementById(id) : null;
    }
    const entry = index !== undefined ? dossier[list]?.[Number(index)] : dossier[list];
    if (list === 'staff') return root.querySelector(`#staff-row-${index} [data-field=${sub || field}], #staff-row-${index} input`);
    if (list === 'equipment') return root.querySelector(`#equipment-${index} [data-field=${field}]`) || root.querySelector(`#equipment-${index} select`);
    if (list === 'workingCapital') return root.querySelector(`[data-slot^="doc-bank"] [data-field=${field === 'certificateDate' ? 'date' : field}]`) || root.querySelector('[data-field=amount]');
    if (!entry) return null;
    if (list === 'documents') {
        return root.querySelector(`.upload[data-document-id="${CSS.escape(entry.id)}"] input`);
    }
    const fieldset = root.querySelector(`fieldset[data-ref="${CSS.escape(entry.ref)}"]`);
    if (!fieldset) return null;
    const name = field === 'order' ? (sub === 'date' ? 'date' : 'number') : FIELD_OF[field] || field;
    return fieldset.querySelector(`[data-field=${name}]`) || fieldset.querySelector('input, select');
}
