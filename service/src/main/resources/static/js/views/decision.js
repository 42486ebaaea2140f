// The decision on an application: the licence issued, or the reasoned refusal.
import { get, request } from '../api.js';
import { badge, busy, definitionList, h, problemView, wordsIn } from '../dom.js';
import { citation, editionName, formatDate, formatDateTime, t, tn, withoutCodes } from '../i18n.js';

export async function decisionView(applicationId) {
    const section = h('section', { class: 'card decision', id: 'decision', 'aria-labelledby': 'decision-title' });
    try {
        const { data } = await get(`/api/applications/${applicationId}/decision`);
        section.append(...decisionContent(data).flat().filter(Boolean));
    } catch (e) {
        section.append(h('h2', { id: 'decision-title' }, t('decision.title')), problemView(e));
    }
    return section;
}

export function decisionContent(d) {
    if (d.licence) {
        const number = typeof d.licence === 'string' ? d.licence : d.licence.number;
        return [
            h('h2', { id: 'decision-title' }, t('decision.approved')),
            h('p', {}, badge('state', 'APPROVED'), ' ', t('decision.licenceIssued'), ' ',
                h('a', { href: `#/licences/${encodeURIComponent(number)}`, id: 'decision-licence' }, number)),
            signatureList(d),
            d.comment ? h('p', {}, h('span', { class: 'label' }, t('decision.comment')), ' ', h('span', { translate: 'no' }, d.comment)) : null,
            acceptedAbsences(d),
        ];
    }
    const grounds = d.unmetRequirements || [];
    const docs = d.rejectedDocuments || [];
    return [
        h('h2', { id: 'decision-title' }, t('decision.refused')),
        h('p', {}, badge('state', 'REFUSED'), ' ', t('decision.refusedLead')),
        signatureList(d),
        definitionList([
            [t('decision.submission'), `№ ${d.submission}`],
            [t('decision.legalDate'), formatDate(d.legalDate)],
            [t('decision.edition'), editionName(d.editionId)],
            d.comment ? [t('decision.comment'), h('span', { translate: 'no' }, d.comment)] : null,
        ]),
        grounds.length ? h('h3', {}, t('decision.grounds')) : null,
        grounds.length ? h('ol', { class: 'grounds', id: 'refusal-grounds' }, grounds.map((g) => h('li', { class: 'ground' },
            h('p', { class: 'ground-head' }, badge('status', g.status), ' ', h('strong', { class: 'citation' }, citation(g.citation)), ' ', wordsIn('span', g, 'title')),
            g.basis === 'OFFICER' ? h('p', { class: 'ground-basis' }, t('decision.byOfficer')) : null,
            g.summary ? wordsIn('p', g, 'summary') : null,
            // the figures and issues name the dossier's entries by their refs, which are data, not words
            g.figures?.length ? [h('span', { class: 'label' }, t('finding.figures')), h('ul', {}, g.figures.map((x) => h('li', {}, withoutCodes(x))))] : null,
            g.issues?.length ? [h('span', { class: 'label' }, t('finding.issues')), h('ul', { class: 'issues' }, g.issues.map((x) => h('li', {}, withoutCodes(x))))] : null,
            g.officerComment ? h('p', {}, h('span', { class: 'label' }, t('decision.officerComment')), ' ', h('span', { translate: 'no' }, g.officerComment)) : null,
            h('details', {}, h('summary', {}, t('finding.law', { citation: citation(g.citation) })), h('blockquote', { class: 'law', lang: 'ru' }, g.quote))))) : null,
        docs.length ? h('h3', {}, t('decision.rejectedDocuments')) : null,
        docs.length ? h('ul', {}, docs.map((x) => h('li', {}, h('span', { translate: 'no' }, x.filename), x.officerComment ? h('span', { translate: 'no' }, ` — ${x.officerComment}`) : ''))) : null,
        acceptedAbsences(d),
        d.appeal ? h('p', { class: 'notice notice-info appeal', id: 'decision-appeal' }, d.appeal) : null,
    ];
}

/** The needs the officer accepted without their document, each with its clause, the law's words and the officer's reason. */
function acceptedAbsences(d) {
    const list = d.acceptedAbsences || [];
    if (!list.length) return null;
    return h('div', { class: 'accepted-absences', id: 'decision-absences' },
        h('h3', {}, t('decision.acceptedAbsences')),
        h('p', { class: 'muted' }, t('decision.acceptedAbsencesLead')),
        h('ul', {}, list.map((a) => h('li', {},
            // the decision records the need in the law's words: a quote of the law
            h('span', { class: 'citation' }, citation(a.clause)), ' ', h('q', { lang: 'ru', class: 'law' }, a.need),
            h('br'), h('span', { class: 'label' }, t('decision.officerComment')), ' ', h('span', { translate: 'no' }, a.reason)))));
}

/** Who decided, when and in whose name: the decision's date, the officer's name and position, the licensing authority. */
function signatureList(d) {
    if (!d.decidedOn && !d.officerName) return d.officer ? definitionList([[t('decision.officer'), d.officer]]) : null;
    return h('div', { id: 'decision-signature' }, definitionList([
        [t('decision.decidedOn'), h('span', { id: 'decision-date' }, formatDate(d.decidedOn))],
        d.authorityName ? [t('decision.authority'), h('span', { id: 'decision-authority' }, d.authorityName)] : null,
        // the officer's name and position are as the account holds them: data, not words of the page
        [t('decision.officer'), h('span', { id: 'decision-officer' }, d.officerPosition ? tn('decision.officerSigned', { name: h('span', { translate: 'no' }, d.officerName), position: h('span', { translate: 'no' }, d.officerPosition) }) : h('span', { translate: 'no' }, d.officerName || d.officer))],
    ]));
}

/** Documents attached to an application, each downloadable with the session's credentials. */
export function documentsTable(documents) {
    if (!documents.length) return h('p', { class: 'muted', id: 'documents-none' }, t('documents.none'));
    return h('ul', { class: 'document-list', id: 'documents' }, documents.map((d) => {
        // the applicant's file name: data, not words of the page (translate="no")
        const link = h('button', { type: 'button', class: 'link-button', translate: 'no' }, d.filename);
        link.addEventListener('click', () => download(d));
        return h('li', { class: 'document' },
            link, ' ',
            h('span', { class: 'muted' }, [
                d.requirementId ? t('documents.forRequirement', { requirement: citation(d.requirementId) }) : t('documents.general'),
                ` · ${formatSize(d.size)} · ${formatDateTime(d.uploadedAt)}`,
            ]));
    }));
}

async function download(d) {
    const { response } = await request(`/api/documents/${d.id}/content`, { raw: true });
    const url = URL.createObjectURL(await response.blob());
    const a = h('a', { href: url, download: d.filename });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function formatSize(bytes) {
    if (bytes < 1024) return t('documents.bytes', { n: bytes });
    if (bytes < 1024 * 1024) return t('documents.kb', { n: (bytes / 1024).toFixed(1) });
    return t('documents.mb', { n: (bytes / 1024 / 1024).toFixed(1) });
}

/** What each official document's button says (the API names the kind by the last part of its address). */
const OFFICIAL_DOCUMENTS = {
    receipt: 'official.receipt',
    'return-notice': 'official.returnNotice',
    refusal: 'official.refusal',
    licence: 'official.licence',
};

/** The official documents of an application, each a button that downloads its PDF in the page's language. */
export async function officialDocumentsView(applicationId) {
    const section = h('section', { class: 'card official-documents', id: 'official-documents', 'aria-labelledby': 'official-documents-title' },
        h('h2', { id: 'official-documents-title' }, t('official.title')));
    try {
        const { data } = await get(`/api/applications/${applicationId}/official-documents`);
        const known = data.filter((d) => OFFICIAL_DOCUMENTS[d.kind]);
        if (!known.length) {
            section.append(h('p', { class: 'muted' }, t('official.none')));
            return section;
        }
        const errors = h('div', { class: 'form-errors' });
        section.append(h('p', { class: 'muted' }, t('official.lead')), h('div', { class: 'actions official-actions' }, known.map((d) => {
            const button = h('button', { type: 'button', class: 'button', id: `official-${d.kind}` }, t(OFFICIAL_DOCUMENTS[d.kind]));
            button.addEventListener('click', () => busy(button, errors, () => downloadPdf(d.download)));
            return button;
        })), errors);
    } catch (e) {
        section.append(problemView(e));
    }
    return section;
}

/**
 * Downloads a PDF the API serves (with the session's credentials, or none for the public registry)
 * under the file name the service gives it.
 */
export async function downloadPdf(path, { anonymous = false } = {}) {
    const options = { raw: true, headers: { Accept: 'application/pdf, application/problem+json' } };
    if (anonymous) options.authorization = null;
    const { response } = await request(path, options);
    const disposition = response.headers.get('Content-Disposition') || '';
    const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] || 'document.pdf';
    const url = URL.createObjectURL(await response.blob());
    const a = h('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
