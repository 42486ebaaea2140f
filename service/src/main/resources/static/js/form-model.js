// The applicant's form as data: read from a dossier, written back into one. The form (GET /api/form)
// says which needs each requirement has; each need's answer is kept under its slot ("1.1|need-2")
// and goes into the dossier as one asset, service, programme, contract, permit or document whose
// ref is the slot, so the same entry is found again when the dossier is read back.

/** The key of a slot in the model. */
export const slotKey = (requirement, key) => `${requirement}|${key}`;

/** The ref an entry made for a slot carries in the dossier (data for the service, never shown). */
const refOf = (requirement, key) => `${requirement}/${key}`;

/**
 * The dossier id of an uploaded file: the form names the document by the stored file it is, so the
 * service can tell which bound file stands behind which document.
 */
export const fileDocumentId = (storedId) => `file-${storedId}`;
const storedIdOf = (documentId) => {
    const m = /^file-(\d+)$/.exec(String(documentId ?? ''));
    return m ? Number(m[1]) : null;
};

const ARRAYS = { asset: 'assets', service: 'services', programme: 'programmes', contract: 'contracts', permit: 'permits' };
const codeOf = (kind, entry) => (kind === 'asset' ? entry.category : kind === 'service' ? entry.function : entry.kind);
const documentOf = (kind, entry) => (kind === 'service' ? entry.order?.document : kind === 'asset' ? entry.titleDocument : entry.document);

/** The model of a dossier for a form: what the page edits. Entries the form does not show are kept aside. */
export function readDossier(dossier, form, organisation) {
    const d = structuredClone(dossier || {});
    const claimed = { assets: new Set(), services: new Set(), programmes: new Set(), contracts: new Set(), permits: new Set(), documents: new Set() };
    const docById = new Map((d.documents || []).map((x) => [x.id, x]));
    const applicant = d.applicant || {};
    const model = {
        applicant: {
            legalForm: applicant.legalForm || organisation?.legalForm || '',
            taxId: applicant.bin || applicant.iin || organisation?.taxId || '',
            name: applicant.name || organisation?.name || '',
            // the address as registered with the service, until the applicant states another
            address: applicant.address || organisation?.address || '',
            headName: applicant.head?.fullName || '',
            headPosition: applicant.head?.position || '',
        },
        works: [...(d.works || [])],
        equipment: (d.equipment || []).map((e) => ({ ...e })),
        staff: (d.staff || []).map((s) => structuredClone(s)),
        needs: {},
        listed: {},
        capital: null,
        rest: null,
    };
    const takeDocument = (id) => {
        const doc = id ? docById.get(id) : null;
        if (doc) claimed.documents.add(doc.id);
        return doc;
    };
    for (const section of form.sections) {
        for (const need of section.needs) {
            const ref = refOf(section.requirement, need.key);
            let found = null;
            // the form's own entry first; then one an imported dossier gives for one of the alternatives
            for (const pass of ['ref', 'code']) {
                for (const alt of need.alternatives) {
                    if (found) break;
                    if (alt.kind === 'document') {
                        const doc = (d.documents || []).find((x) => !claimed.documents.has(x.id) && x.kind === alt.code
                            && (pass === 'code' || x.id === ref || storedIdOf(x.id) !== null));
                        if (doc) found = { alt, entry: null, doc };
                        continue;
                    }
                    const list = ARRAYS[alt.kind];
                    const entry = (d[list] || []).find((x) => !claimed[list].has(x.ref) && codeOf(alt.kind, x) === alt.code
                        && (pass === 'code' || x.ref === ref));
                    if (entry) found = { alt, entry, doc: null, list };
                }
            }
            const answer = { alt: need.alternatives[0]?.code || '' };
            if (found) {
                answer.alt = found.alt.code;
                if (found.entry) {
                    claimed[found.list].add(found.entry.ref);
                    Object.assign(answer, fromEntry(found.alt.kind, found.entry));
                    found.doc = takeDocument(documentOf(found.alt.kind, found.entry));
                } else {
                    claimed.documents.add(found.doc.id);
                }
                if (found.doc) {
                    Object.assign(answer, fromDocument(found.doc));
                    // the paper's number and date, as the form asked them, where no entry field holds them
                    if (answer.number === undefined) answer.number = numberIn(found.doc.title);
                    if (found.alt.kind === 'asset' && !answer.date) answer.date = found.doc.date ?? '';
                }
            }
            model.needs[slotKey(section.requirement, need.key)] = answer;
        }
        for (const slot of section.documents) {
            const doc = (d.documents || []).find((x) => !claimed.documents.has(x.id) && x.kind === slot.code);
            const answer = {};
            if (doc) {
                claimed.documents.add(doc.id);
                Object.assign(answer, fromDocument(doc));
            }
            model.listed[slotKey(section.requirement, slot.key)] = answer;
        }
        if (section.workingCapital) {
            const wc = d.workingCapital || {};
            const doc = takeDocument(wc.certificateDocument);
            model.capital = { amount: wc.amount ?? '', bank: wc.bank ?? '', ...(doc ? fromDocument(doc) : {}), date: wc.certificateDate ?? doc?.date ?? '' };
        }
    }
    // what an imported dossier holds beyond the form's entries stays in it, untouched
    model.rest = {};
    for (const [list, refs] of Object.entries(claimed)) {
        const key = list === 'documents' ? 'id' : 'ref';
        model.rest[list] = (d[list] || []).filter((x) => !refs.has(x[key]));
    }
    return model;
}

function fromEntry(kind, e) {
    switch (kind) {
    case 'asset': return { description: e.description ?? '', legalBasis: e.legalBasis ?? '' };
    case 'service': return { name: e.name ?? '', number: e.order?.number ?? '', date: e.order?.date ?? '' };
    case 'programme': return { title: e.title ?? '', date: e.approvedOn ?? '', approvedBy: e.approvedBy ?? '', onSchedule: e.onSchedule === true };
    case 'contract': return {
        counterparty: e.counterparty ?? '', number: e.number ?? '', date: e.date ?? '', validUntil: e.validUntil ?? '',
        protocolOfIntent: e.protocolOfIntent === true, backupSupply: e.backupSupply === true,
    };
    case 'permit': return { number: e.number ?? '', date: e.issuedOn ?? '', validUntil: e.validUntil ?? '' };
    default: return {};
    }
}

/** The number the form wrote into a paper's title ("copy of a title document № 17"). */
function numberIn(title) {
    const m = / № (.+)$/.exec(String(title ?? ''));
    return m ? m[1] : '';
}

function fromDocument(doc) {
    // a paper described without a file of the form's (an imported dossier's) keeps its id: the service decides what it proves
    const out = { documentTitle: doc.title ?? '', certified: doc.signedBy === 'FIRST_HEAD' && doc.sealed === true, fileId: storedIdOf(doc.id), documentId: doc.id, signedBy: doc.signedBy ?? null, sealed: doc.sealed === true };
    if (doc.date) out.documentDate = doc.date;
    return out;
}

const blank = (v) => v === undefined || v === null || String(v).trim() === '';
const orNull = (v) => (blank(v) ? null : String(v).trim());

/**
 * The dossier the model stands for. A need the applicant left empty gives nothing (the assessment then
 * says what is missing); a need's paper is referred to only when its file is uploaded.
 */
export function writeDossier(model, form, app, documentNames) {
    const out = {
        applicant: applicantOf(model.applicant),
        activity: app.activity,
        subActivities: [...app.subActivities],
        works: app.activity === 4 || model.works.length ? [...model.works] : [],
        equipment: [],
        staff: model.staff.map((s) => structuredClone(s)),
        assets: [], services: [], programmes: [], contracts: [], permits: [], documents: [],
    };
    const idOf = (answer) => (answer.fileId ? fileDocumentId(answer.fileId) : answer.documentId || null);
    const paper = (id, kind, answer, fallbackTitle) => {
        out.documents.push({
            id, kind,
            title: orNull(answer.documentTitle) || fallbackTitle,
            date: orNull(answer.documentDate) || orNull(answer.date),
            // "signed by the head and sealed" is the form's one question; another signatory an imported paper names stays
            signedBy: answer.certified ? 'FIRST_HEAD' : (answer.signedBy && answer.signedBy !== 'FIRST_HEAD' ? answer.signedBy : null),
            sealed: !!answer.certified || (!!answer.sealed && answer.signedBy !== 'FIRST_HEAD'),
        });
        return id;
    };
    for (const section of form.sections) {
        if (!section.applies) continue;
        for (const need of section.needs) {
            const answer = model.needs[slotKey(section.requirement, need.key)] || {};
            const alt = need.alternatives.find((a) => a.code === answer.alt) || need.alternatives[0];
            if (!alt || !answered(alt.kind, answer)) continue;
            const ref = refOf(section.requirement, need.key);
            const docId = idOf(answer) ? paper(idOf(answer), alt.document.code, answer, documentTitle(alt, answer, documentNames)) : null;
            switch (alt.kind) {
            case 'asset':
                out.assets.push({ ref, category: alt.code, description: answer.description ?? '', legalBasis: orNull(answer.legalBasis), titleDocument: docId });
                break;
            case 'service':
                out.services.push({ ref, function: alt.code, name: answer.name ?? '',
                    order: blank(answer.number) && blank(answer.date) && !docId ? null : { number: orNull(answer.number), date: orNull(answer.date), document: docId } });
                break;
            case 'programme':
                out.programmes.push({ ref, kind: alt.code, title: answer.title ?? '', approvedOn: orNull(answer.date), approvedBy: orNull(answer.approvedBy), onSchedule: alt.onSchedule ? !!answer.onSchedule : null, document: docId });
                break;
            case 'contract':
                out.contracts.push({ ref, kind: alt.code, counterparty: answer.counterparty ?? '', number: orNull(answer.number), date: orNull(answer.date),
                    validUntil: orNull(answer.validUntil), protocolOfIntent: !!answer.protocolOfIntent, backupSupply: alt.backupSupply ? !!answer.backupSupply : null, document: docId });
                break;
            case 'permit':
                out.permits.push({ ref, kind: alt.code, number: answer.number ?? '', issuedOn: orNull(answer.date), validUntil: orNull(answer.validUntil), document: docId });
                break;
            default:
                break; // a document alternative is its paper alone, written above
            }
        }
        for (const slot of section.documents) {
            const answer = model.listed[slotKey(section.requirement, slot.key)] || {};
            if (idOf(answer)) paper(idOf(answer), slot.code, answer, slot.name);
        }
        if (section.workingCapital && model.capital && !blank(model.capital.amount)) {
            const c = model.capital;
            const certificate = idOf(c) ? paper(idOf(c), section.workingCapital.certificate.code, { ...c, documentDate: c.date }, section.workingCapital.certificate.name) : null;
            out.workingCapital = { amount: String(c.amount).replace(/\s/g, '').replace(',', '.'), bank: orNull(c.bank), certificateDate: orNull(c.date), certificateDocument: certificate };
        }
    }
    out.equipment = model.equipment.filter((e) => !blank(e.kind) || !blank(e.description)).map((e, i) => ({
        ref: e.ref || `eq-${i + 1}`,
        kind: e.kind,
        description: e.description ?? '',
        workingPressureKgfCm2: orNull(e.workingPressureKgfCm2),
        coolantTemperatureC: orNull(e.coolantTemperatureC),
        singleTechnologicalProcess: !!e.singleTechnologicalProcess,
    }));
    for (const [list, entries] of Object.entries(model.rest || {})) out[list].push(...entries);
    return out;
}

function applicantOf(a) {
    const id = String(a.taxId || '').trim();
    const out = { legalForm: a.legalForm || null, name: a.name || '' };
    if (a.legalForm === 'INDIVIDUAL_ENTREPRENEUR') out.iin = id;
    else out.bin = id;
    if (!blank(a.address)) out.address = a.address.trim();
    // a head half typed is written as typed, so the service names the part that is missing
    if (!blank(a.headName) || !blank(a.headPosition)) out.head = { fullName: (a.headName || '').trim(), position: (a.headPosition || '').trim() };
    return out;
}

function answered(kind, a) {
    const fields = { asset: ['description'], service: ['name', 'number'], programme: ['title'], contract: ['counterparty', 'number'], permit: ['number'], document: [] }[kind] || [];
    return !!a.fileId || !!a.documentId || fields.some((f) => !blank(a[f]));
}

/** A paper's title in the applicant's words: what it is, its number if typed. */
function documentTitle(alt, answer, names) {
    const what = alt.document?.name || names?.[alt.document?.code] || alt.name;
    return blank(answer.number) ? what : `${what} № ${answer.number}`;
}
