// The inbox: what happened to one's applications (applicants) or what waits for one (officers),
// newest first; opening the page marks everything shown as read.
import { get, post, session } from '../api.js';
import { h, notice } from '../dom.js';
import { formatDate, formatDateTime, formatNumber, t } from '../i18n.js';

/** A notice in words: its kind's sentence with the facts filled in. */
function sentence(n) {
    const f = n.facts || {};
    const facts = {
        application: f.application,
        applicant: f.applicant,
        reasons: f.reasons,
        days: f.days,
        lastDay: f.lastDay ? formatDate(f.lastDay) : '',
        outcome: f.outcome ? t(`inbox.outcome.${f.outcome}`) : '',
        term: f.term ? t(`inbox.term.${f.term}`) : '',
    };
    return t(`inbox.kind.${n.kind}`, facts);
}

export async function inboxView(root, params, query) {
    const page = Math.max(0, Number.parseInt(query.get('page') || '0', 10) || 0);
    const { data } = await get(`/api/notifications?size=25&page=${page}`);
    root.append(h('h1', {}, t('inbox.title')), h('p', { class: 'lead' }, t('inbox.lead')));
    if (!data.items.length) {
        root.append(notice(t('inbox.empty')));
        return;
    }
    const link = (n) => {
        if (!n.applicationId) return null;
        const href = session.is('APPLICANT') ? `#/applications/${n.applicationId}` : `#/review/${n.applicationId}`;
        return h('a', { href }, t('inbox.open', { id: n.applicationId }));
    };
    root.append(h('p', {}, t('inbox.count', { count: formatNumber(data.total) })),
        h('ol', { class: 'plain inbox', id: 'inbox' }, data.items.map((n) => h('li', {
            class: n.readAt ? 'notice-item' : 'notice-item unread', dataset: { kind: n.kind },
        },
        h('p', { class: 'muted' }, formatDateTime(n.createdAt), n.readAt ? null : h('span', { class: 'badge badge-review' }, t('inbox.new'))),
        h('p', {}, sentence(n)),
        link(n)))));
    const pages = Math.max(1, Math.ceil(data.total / data.size));
    if (pages > 1) {
        root.append(h('nav', { class: 'pager', 'aria-label': t('common.pages') },
            page > 0 ? h('a', { class: 'button button-quiet', href: `#/inbox?page=${page - 1}` }, t('common.previous')) : null,
            h('span', {}, t('common.pageOf', { page: page + 1, pages })),
            page + 1 < pages ? h('a', { class: 'button button-quiet', href: `#/inbox?page=${page + 1}` }, t('common.next')) : null));
    }
    const unread = data.items.filter((n) => !n.readAt).map((n) => n.id);
    if (unread.length) await post('/api/notifications/read', { ids: unread }).catch(() => null);
}
