// The form's staff: each person as an editable row (name, position, role, education, specialty,
// experience), the import of a staff table (.xlsx, .xls, .csv) with its row report — kept by the
// service and shown again on return — and, after each assessment, whether each person meets the
// standard that applies to them.
import { get, request } from '../api.js';
import { badge, h, notice, problemView, select } from '../dom.js';
import { t, words } from '../i18n.js';
import { filePicker } from './form.js';

export function staffPart(section, form, model, api) {
    const s = section.staff;
    const list = h('ol', { class: 'staff-list', id: 'staff-list' });
    const renderList = () => {
        list.replaceChildren(...model.staff.map((p, i) => personRow(form, model, p, i, api, renderList)));
        if (api.lastAssessment) markStaff(api.lastAssessment);
    };
    renderList();
    const add = h('button', { type: 'button', class: 'button', id: 'staff-add' }, t('form.staff.add'));
    add.addEventListener('click', () => {
        model.staff.push({ fullName: '', position: '', role: 'SPECIALIST', production: true, education: { level: 'HIGHER', field: 'UNKNOWN' } });
        renderList();
        list.lastElementChild?.querySelector('input')?.focus();
    });
    return h('div', { class: 'staff', id: 'staff' },
        h('h3', {}, t('form.staff')),
        h('ul', { class: 'standards' },
            s.minSharePercent ? h('li', {}, t('form.staff.share', { percent: s.minSharePercent })) : null,
            // the standards are worded in the page's language (the service's bundle)
            h('li', {}, s.managers.sentence),
            h('li', {}, s.specialists.sentence)),
        importPart(api),
        h('p', { class: 'hint' }, t('form.staff.lead')),
        list,
        h('div', { class: 'actions' }, add));
}

function personRow(form, model, p, i, api, renderList) {
    const id = `staff-row-${i}`;
    p.education = p.education || { level: 'UNKNOWN', field: 'UNKNOWN' };
    const field = (obj, key, label, control) => {
        control.id = `${id}-${key}`;
        control.dataset.field = key;
        const box = control.type === 'checkbox';
        if (box) control.checked = obj[key] !== false;
        else control.value = obj[key] ?? '';
        control.addEventListener(box || control.tagName === 'SELECT' ? 'change' : 'input', () => {
            obj[key] = box ? control.checked : control.value;
            control.removeAttribute('aria-invalid');
            api.changed(!box && control.tagName !== 'SELECT');
        });
        return box ? h('div', { class: 'choice' }, control, h('label', { for: control.id }, label))
            : h('div', { class: 'field' }, h('label', { for: control.id }, label), control);
    };
    const named = (list) => list.map((x) => [x.code, x.name]);
    const years = h('input', { type: 'number', min: '0', max: '60', step: '1', id: `${id}-years`, inputmode: 'numeric' });
    const months = h('input', { type: 'number', min: '0', max: '11', step: '1', id: `${id}-months`, inputmode: 'numeric' });
    const total = p.experienceMonths ?? (p.experienceYears !== undefined && p.experienceYears !== null ? Math.floor(Number(p.experienceYears) * 12) : null);
    years.value = total === null ? '' : String(Math.floor(total / 12));
    months.value = total === null ? '' : String(total % 12);
    const experienceChanged = () => {
        delete p.experienceYears;
        if (years.value === '' && months.value === '') p.experienceMonths = null;
        else p.experienceMonths = Math.max(0, Number(years.value || 0) * 12 + Number(months.value || 0));
        api.changed(true);
    };
    years.addEventListener('input', experienceChanged);
    months.addEventListener('input', experienceChanged);
    years.dataset.field = 'experienceMonths';
    const remove = h('button', { type: 'button', class: 'button button-quiet', id: `${id}-remove` }, t('form.staff.remove'));
    remove.addEventListener('click', () => {
        model.staff.splice(i, 1);
        renderList();
        api.changed(false);
        document.getElementById('staff-add')?.focus();
    });
    return h('li', { class: 'person', id, dataset: { ref: p.ref || '' } },
        h('div', { class: 'person-grid' },
            field(p, 'fullName', t('form.staff.fullName'), h('input', { type: 'text', autocomplete: 'off' })),
            field(p, 'position', t('form.staff.position'), h('input', { type: 'text' })),
            field(p, 'role', t('form.staff.role'), select(named(form.choices.roles), p.role)),
            field(p.education, 'level', t('form.staff.level'), select(named(form.choices.educationLevels), p.education.level)),
            field(p.education, 'field', t('form.staff.field'), select(named(form.choices.educationFields), p.education.field)),
            field(p.education, 'specialty', t('form.staff.specialty'), h('input', { type: 'text' })),
            h('fieldset', { class: 'experience' }, h('legend', {}, t('form.staff.experience')),
                h('div', { class: 'field-row' },
                    h('div', { class: 'field' }, h('label', { for: years.id }, t('form.staff.years')), years),
                    h('div', { class: 'field' }, h('label', { for: months.id }, t('form.staff.months')), months))),
            field(p, 'production', t('form.staff.production'), h('input', { type: 'checkbox' }))),
        h('p', { class: 'person-standing', 'aria-live': 'polite' }),
        h('div', { class: 'actions' }, remove));
}

/** After an assessment: beside each person, whether they meet the standard (the staff finding's issues name them). */
export function markStaff(assessment) {
    const rows = document.querySelectorAll('#staff-list > li.person');
    if (!rows.length || !assessment?.findings) return;
    const issuesByRef = new Map();
    for (const f of assessment.findings) {
        const [issues] = words(f, 'issues');
        for (const issue of issues || []) {
            if (!issue?.ref) continue;
            if (!issuesByRef.has(issue.ref)) issuesByRef.set(issue.ref, []);
            issuesByRef.get(issue.ref).push(issue.problem);
        }
    }
    rows.forEach((row, i) => {
        const standing = row.querySelector('.person-standing');
        const role = row.querySelector('[data-field=role]')?.value;
        const ref = row.dataset.ref || `staff[${i}]`;
        const problems = issuesByRef.get(ref) || issuesByRef.get(`staff[${i}]`) || [];
        if (problems.length) {
            standing.replaceChildren(badge('status', 'NEEDS_REVIEW'), ' ', h('span', {}, problems.join('; ')));
            standing.querySelector('.badge-text').textContent = t('form.staff.check');
        } else if (role === 'MANAGER' || role === 'SPECIALIST') {
            standing.replaceChildren(badge('status', 'MET'), ' ', t('form.staff.meets'));
            standing.querySelector('.badge-text').textContent = t('form.staff.meetsShort');
        } else {
            standing.replaceChildren();
        }
    });
}

/** The table import; its report is shown here, and again on return (GET …/staff/report). */
function importPart(api) {
    const file = h('input', { type: 'file', id: 'staff-file', name: 'file', accept: '.xlsx,.xls,.csv' });
    const upload = h('button', { type: 'button', class: 'button', id: 'staff-upload' }, t('staff.upload'));
    const out = h('div', { class: 'staff-import-result', id: 'staff-import-result', 'aria-live': 'polite' });
    if (api.reports.staff) out.replaceChildren(staffReport(api.reports.staff));
    else {
        get(`/api/applications/${api.app.id}/staff/report`).then(({ data }) => {
            if (data && !api.reports.staff) {
                api.reports.staff = data;
                out.replaceChildren(staffReport(data));
            }
        }, () => { /* no table imported yet (or no report kept): nothing to show */ });
    }
    upload.addEventListener('click', async () => {
        if (!file.files.length) {
            out.replaceChildren(h('p', { class: 'field-message field-message-bad', role: 'alert' }, t('form.upload.choose')));
            file.focus();
            return;
        }
        upload.disabled = true;
        upload.setAttribute('aria-busy', 'true');
        try {
            await api.save(true); // the table replaces the staff of the dossier as saved: save the rest first
            const body = new FormData();
            body.append('file', file.files[0]);
            const { data, etag } = await request(`/api/applications/${api.app.id}/staff`, { method: 'POST', body, headers: { 'If-Match': api.etag() } });
            api.setEtag(etag);
            api.reports.staff = data.report;
            await api.reload();
            document.getElementById('staff-upload')?.focus();
            await api.save(true);
        } catch (e) {
            out.replaceChildren(problemView(e));
        } finally {
            upload.disabled = false;
            upload.removeAttribute('aria-busy');
        }
    });
    return h('div', { class: 'staff-import' },
        filePicker(file, t('form.staff.import'), t('staff.lead')),
        h('div', { class: 'actions' }, upload), out);
}

/**
 * A row of the report as a button to the person it was read into (an imported row's person has the
 * ref "row N"), to correct the misread field there; a row no person was read from (skipped, an error)
 * leads to adding the person by hand.
 */
function rowLabel(row) {
    const button = h('button', { type: 'button', class: 'link-button staff-row-link', 'aria-label': t('form.staff.goToRow', { row }) }, t('staff.row', { row }));
    button.addEventListener('click', () => {
        const li = document.querySelector(`#staff-list li.person[data-ref="row ${row}"]`);
        if (!li) {
            document.getElementById('staff-add')?.focus();
            return;
        }
        li.scrollIntoView({ block: 'center' });
        li.querySelector('input, select')?.focus();
    });
    return button;
}

export function staffReport(report) {
    const s = report.summary || {};
    const attention = (report.rows || []).filter((r) => r.status !== 'IMPORTED');
    return h('div', { class: 'notice notice-success', role: 'status', id: 'staff-report' },
        h('p', {}, t('staff.report', { read: s.rowsRead ?? 0, imported: s.imported ?? 0, review: s.needingReview ?? 0, skipped: s.skipped ?? 0, errors: s.errors ?? 0 })),
        attention.length ? h('ul', {}, attention.map((r) => {
            const [reasons, lang] = words(r, 'reasons');
            return h('li', {}, rowLabel(r.row), ' ', badge('rowStatus', r.status), ' ', h('span', { lang }, (reasons || []).join('; ')));
        })) : null,
        attention.length ? h('p', { class: 'hint' }, t('form.staff.correct')) : null);
}
