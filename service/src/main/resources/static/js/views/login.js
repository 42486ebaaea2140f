// Login: HTTP Basic credentials, checked with GET /api/me and kept in sessionStorage for this tab.
// A temporary password (set by an administrator) must be replaced first: the page asks for a new one.
import { session } from '../api.js';
import { busy, field, h } from '../dom.js';
import { t } from '../i18n.js';

const MIN_LENGTH = 12; // the service's password policy; it checks the rest (length in bytes, not the username)

async function goHome(me, query) {
    const next = query.get('next');
    const { home } = await import('../app.js');
    location.hash = next && next.startsWith('#/') ? next : home(me);
}

export async function loginView(root, params, query) {
    const username = h('input', { id: 'login-username', name: 'username', autocomplete: 'username', required: true, maxlength: '100', autocapitalize: 'none', spellcheck: 'false' });
    const password = h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
    const errors = h('div', { class: 'form-errors', id: 'login-errors' });
    const submit = h('button', { type: 'submit', class: 'button button-primary', id: 'login-submit' }, t('login.submit'));
    const form = h('form', {
        class: 'card narrow', 'aria-labelledby': 'login-title',
        onsubmit: (e) => {
            e.preventDefault();
            busy(submit, null, async () => {
                errors.replaceChildren();
                try {
                    const name = username.value.trim();
                    const me = await session.login(name, password.value);
                    if (me?.mustChangePassword) {
                        passwordChangeView(root, name, password.value, query);
                        return;
                    }
                    await goHome(me, query);
                } catch (err) {
                    const text = err.status === 401 ? t('login.failed')
                        : err.status === 429 ? t('login.throttled', { minutes: Math.max(1, Math.ceil((err.problem?.retryAfter || 60) / 60)) })
                        : err.status === 0 ? t('error.network') : t('error.unexpected');
                    errors.replaceChildren(h('p', { class: 'problem', role: 'alert' }, text));
                    password.value = '';
                    password.focus();
                }
            });
        },
    },
    field(t('login.username'), username),
    field(t('login.password'), password),
    errors,
    h('div', { class: 'actions' }, submit));
    root.append(h('h1', { id: 'login-title' }, t('login.title')), h('p', { class: 'lead' }, t('login.lead')), form);
    if (session.me) root.append(h('p', { class: 'muted' }, t('login.already', { username: session.me.username })));
    queueMicrotask(() => username.focus());
}

/** In place of the login form: a new password, twice, for an account whose password is temporary. */
function passwordChangeView(root, username, temporary, query) {
    const fresh = h('input', { id: 'password-new', name: 'new-password', type: 'password', autocomplete: 'new-password', required: true });
    const repeat = h('input', { id: 'password-repeat', name: 'new-password-repeat', type: 'password', autocomplete: 'new-password', required: true });
    const errors = h('div', { class: 'form-errors', id: 'password-errors' });
    const submit = h('button', { type: 'submit', class: 'button button-primary', id: 'password-submit' }, t('password.submit'));
    const refuse = (key) => {
        errors.replaceChildren(h('p', { class: 'problem', role: 'alert' }, t(key)));
        fresh.focus();
    };
    const form = h('form', {
        class: 'card narrow', 'aria-labelledby': 'password-title',
        onsubmit: (e) => {
            e.preventDefault();
            errors.replaceChildren();
            if ([...fresh.value].length < MIN_LENGTH) return refuse('password.tooShort');
            if (fresh.value !== repeat.value) return refuse('password.mismatch');
            if (fresh.value === temporary) return refuse('password.same');
            return busy(submit, errors, async () => {
                const me = await session.changePassword(username, temporary, fresh.value);
                await goHome(me, query);
            });
        },
    },
    field(t('password.new'), fresh, t('password.hint')),
    field(t('password.repeat'), repeat),
    errors,
    h('div', { class: 'actions' }, submit));
    const heading = h('h1', { id: 'password-title', tabindex: '-1' }, t('password.title'));
    root.replaceChildren(heading, h('p', { class: 'lead', id: 'password-lead' }, t('password.lead', { username })), form);
    document.title = `${t('password.title')} — ${t('app.name')}`;
    queueMicrotask(() => fresh.focus());
}
