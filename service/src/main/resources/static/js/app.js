// The shell: language, account, navigation and the hash router.
import { isPasswordChangeRequired, session } from './api.js';
import { h, problemView } from './dom.js';
import { currentLanguage, t, useLanguage } from './i18n.js';
import { loadActivities } from './catalogue.js';
import { registryView, licenceView } from './views/registry.js';
import { checklistView } from './views/checklist.js';
import { loginView } from './views/login.js';
import { applicationsView, applicationView } from './views/applications.js';
import { queueView, reviewView } from './views/review.js';
import { accountsView, auditView, organisationsView, registerView } from './views/admin.js';
import { inboxView } from './views/inbox.js';

const routes = [
    [/^\/?$/, registryView],
    [/^\/registry$/, registryView],
    [/^\/licences\/([^/]+)$/, licenceView],
    [/^\/checklist$/, checklistView],
    [/^\/login$/, loginView],
    [/^\/applications$/, applicationsView, ['APPLICANT', 'OFFICER', 'ADMIN']],
    [/^\/applications\/(\d+)$/, applicationView, ['APPLICANT', 'OFFICER', 'ADMIN']],
    [/^\/review$/, queueView, ['OFFICER', 'ADMIN']],
    [/^\/review\/(\d+)$/, reviewView, ['OFFICER', 'ADMIN']],
    [/^\/accounts$/, accountsView, ['ADMIN']],
    [/^\/organisations$/, organisationsView, ['ADMIN', 'OFFICER']],
    [/^\/audit$/, auditView, ['ADMIN', 'OFFICER']],
    [/^\/register$/, registerView],
    [/^\/inbox$/, inboxView, ['APPLICANT', 'OFFICER', 'ADMIN']],
];

const main = document.getElementById('main');

const isRoute = (hash) => hash === '' || hash === '#' || hash.startsWith('#/');
let lastRoute = '#/registry';

function parseHash() {
    if (isRoute(location.hash)) lastRoute = location.hash || '#/registry';
    const raw = decodeURIComponent(lastRoute.replace(/^#/, '')) || '/registry';
    const [path, query = ''] = raw.split('?');
    return { path, query: new URLSearchParams(query) };
}

export function navigate(hash) {
    if (location.hash === hash) render();
    else location.hash = hash;
}

/** Where a role starts after login. */
export function home() {
    const me = session.me;
    if (!me) return '#/registry';
    if (me.role === 'ADMIN') return '#/accounts';
    return me.role === 'APPLICANT' ? '#/applications' : '#/review';
}

function renderNav(path) {
    const me = session.me;
    const items = [['#/registry', 'nav.registry'], ['#/checklist', 'nav.checklist']];
    if (me?.role === 'APPLICANT') items.push(['#/applications', 'nav.myApplications']);
    if (me?.role === 'OFFICER' || me?.role === 'ADMIN') items.push(['#/review', 'nav.queue'], ['#/applications', 'nav.applications'], ['#/organisations', 'nav.organisations']);
    if (me?.role === 'ADMIN') items.push(['#/accounts', 'nav.accounts'], ['#/audit', 'nav.audit']);
    if (me?.role === 'APPLICANT' || me?.role === 'OFFICER') items.push(['#/inbox', 'nav.inbox']);
    if (!me) items.push(['#/register', 'nav.register']);
    const current = `#${path}`;
    document.getElementById('nav').replaceChildren(...items.map(([href, key]) => {
        const active = current === href || (href !== '#/registry' && current.startsWith(`${href}/`))
            || (href === '#/registry' && (current.startsWith('#/licences') || current === '#/'));
        return h('li', {}, h('a', { href, class: active ? 'active' : '', 'aria-current': active ? 'page' : null }, t(key)));
    }));
    const account = document.getElementById('account');
    if (me) {
        account.replaceChildren(
            h('span', { class: 'whoami' },
                h('span', { class: 'whoami-name', id: 'whoami-name' }, me.username),
                h('span', { class: 'whoami-role' }, t(`role.${me.role}`))),
            h('button', { type: 'button', class: 'button button-quiet', id: 'logout', onclick: logout }, t('nav.logout')));
    } else {
        account.replaceChildren(h('a', { class: 'button button-quiet', href: '#/login', id: 'login-link' }, t('nav.login')));
    }
    document.querySelectorAll('.lang-button').forEach((b) => {
        b.setAttribute('aria-pressed', String(b.dataset.lang === currentLanguage()));
    });
}

function logout() {
    session.logout();
    navigate('#/registry');
}

let rendering = 0;
let lastPath = null;

export async function render() {
    const token = ++rendering;
    const { path, query } = parseHash();
    renderNav(path);
    const route = routes.find(([pattern]) => pattern.test(path));
    if (!route) {
        main.replaceChildren(h('h1', { tabindex: '-1' }, t('page.notFound')), h('p', {}, h('a', { href: '#/registry' }, t('nav.registry'))));
        document.title = `${t('page.notFound')} — ${t('app.name')}`;
        return;
    }
    const [pattern, view, roles] = route;
    if (roles && !session.is(...roles)) {
        navigate(`#/login?next=${encodeURIComponent(`#${path}`)}`);
        return;
    }
    const params = path.match(pattern).slice(1);
    const container = h('div', { class: 'view' });
    try {
        await view(container, params, query);
    } catch (e) {
        if ((e.status === 401 && roles) || isPasswordChangeRequired(e)) {
            // the credentials no longer work (changed, or the account was removed), or the password
            // is temporary: log in again — the login page then asks for a new password
            session.logout();
            navigate(`#/login?next=${encodeURIComponent(`#${path}`)}`);
            return;
        }
        container.replaceChildren(problemView(e));
    }
    if (token !== rendering) return; // a newer navigation won
    noteOfficialRussian(container);
    main.replaceChildren(container);
    const heading = container.querySelector('h1');
    // the outcome of what the user just did (a view puts it where the page starts, focusable): focused
    // once the page is in the document, so it is read out and scrolled to wherever the user was
    const message = container.querySelector('.notice[role="status"][tabindex="-1"]');
    if (heading) {
        heading.setAttribute('tabindex', '-1');
        document.title = `${heading.textContent} — ${t('app.name')}`;
        if (!message && lastPath !== null && lastPath !== path) heading.focus({ preventScroll: false });
    }
    if (message) message.focus({ preventScroll: false });
    lastPath = path;
}

/**
 * On a Kazakh page that quotes the law (marked lang="ru" class="law": the decree's words, which the
 * project has only in their official Russian), say once, in Kazakh, why they are in Russian.
 */
function noteOfficialRussian(container) {
    if (currentLanguage() !== 'kk' || !container.querySelector('.law[lang="ru"]')) return;
    const note = h('p', { class: 'source-note', id: 'official-russian-note', role: 'note' }, t('law.officialRussian'));
    const heading = container.querySelector('h1');
    if (heading) heading.after(note);
    else container.prepend(note);
}

async function start() {
    await useLanguage();
    try {
        await loadActivities();
    } catch {
        // the pages that need the activities say so themselves
    }
    document.querySelectorAll('.lang-button').forEach((b) => b.addEventListener('click', async () => {
        await useLanguage(b.dataset.lang);
        try {
            await loadActivities(); // named in the new language
        } catch {
            // the pages that need the activities say so themselves
        }
        await render();
    }));
    // only "#/…" is a route; any other fragment is an anchor inside the page
    window.addEventListener('hashchange', () => { if (isRoute(location.hash)) render(); });
    document.querySelector('.skip-link').addEventListener('click', (e) => {
        e.preventDefault();
        main.focus();
    });
    window.addEventListener('qualify:refresh', render);
    await render();
    document.body.dataset.ready = 'true';
}

start();
