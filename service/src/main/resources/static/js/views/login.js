// Login: HTTP Basic credentials, checked with GET /api/me and kept in sessionStorage for this tab.
import { session } from '../api.js';
import { busy, field, h } from '../dom.js';
import { t } from '../i18n.js';

export async function loginView(root, params, query) {
    const username = h('input', { id: 'login-username', name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none', spellcheck: 'false' });
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
                    const me = await session.login(username.value.trim(), password.value);
                    const next = query.get('next');
                    const { home } = await import('../app.js');
                    location.hash = next && next.startsWith('#/') ? next : home(me);
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
