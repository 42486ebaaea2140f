// The REST API over fetch: HTTP Basic credentials kept in sessionStorage, problem details as errors.
// Every request asks for the page's language (Accept-Language): the service answers in it.
import { currentLanguage } from './i18n.js';

const AUTH_KEY = 'qualify.auth';
const ME_KEY = 'qualify.me';

/** A refused request: the HTTP status and the RFC 9457 problem (title, detail, errors[]) when there is one. */
export class ApiError extends Error {
    constructor(status, problem) {
        super(problem?.detail || problem?.title || `HTTP ${status}`);
        this.status = status;
        this.problem = problem;
    }

    get fieldErrors() {
        return Array.isArray(this.problem?.errors) ? this.problem.errors : [];
    }
}

function base64(text) {
    const bytes = new TextEncoder().encode(text);
    let binary = '';
    bytes.forEach((b) => { binary += String.fromCharCode(b); });
    return btoa(binary);
}

const basic = (username, password) => `Basic ${base64(`${username}:${password}`)}`;

/** The problem a request with a temporary password gets: it must be changed first. */
export const isPasswordChangeRequired = (error) => error?.status === 403
    && typeof error.problem?.type === 'string' && error.problem.type.endsWith('/password-change-required');

export const session = {
    get me() {
        try {
            return JSON.parse(sessionStorage.getItem(ME_KEY) || 'null');
        } catch {
            return null;
        }
    },
    get authorization() {
        return sessionStorage.getItem(AUTH_KEY);
    },
    /**
     * Checks the credentials with GET /api/me and keeps them for this tab — unless the password is
     * temporary (me.mustChangePassword): then they are not kept, since they may do nothing but change it.
     */
    async login(username, password) {
        const authorization = basic(username, password);
        const { data } = await request('/api/me', { authorization });
        if (data?.mustChangePassword) return data;
        sessionStorage.setItem(AUTH_KEY, authorization);
        sessionStorage.setItem(ME_KEY, JSON.stringify(data));
        return data;
    },
    /** Replaces a temporary password with the user's own (PUT /api/me/password), then logs in with it. */
    async changePassword(username, currentPassword, newPassword) {
        await request('/api/me/password', {
            method: 'PUT',
            body: { currentPassword, newPassword },
            authorization: basic(username, currentPassword),
        });
        return this.login(username, newPassword);
    },
    logout() {
        sessionStorage.removeItem(AUTH_KEY);
        sessionStorage.removeItem(ME_KEY);
    },
    is(...roles) {
        const me = this.me;
        return !!me && roles.includes(me.role);
    },
};

/** A random UUID (v4) even where crypto.randomUUID is unavailable (plain HTTP). */
export function uuid() {
    if (globalThis.crypto?.randomUUID && globalThis.isSecureContext) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
  * One request. body: an object (sent as JSON), a string (sent as JSON text) or FormData.
  * Resolves to {status, etag, data, response}; rejects with ApiError (status 0 when the network failed).
  */
export async function request(path, { method = 'GET', body, headers = {}, authorization = session.authorization, raw = false } = {}) {
    const h = { Accept: 'application/json, application/problem+json', 'Accept-Language': currentLanguage(), ...headers };
    if (authorization) h.Authorization = authorization;
    let payload;
    if (body instanceof FormData) {
        payload = body;
    } else if (typeof body === 'string') {
        payload = body;
        h['Content-Type'] = 'application/json';
    } else if (body !== undefined) {
        payload = JSON.stringify(body);
        h['Content-Type'] = 'application/json';
    }
    let response;
    try {
        // credentials 'omit': no cookies, and no browser login prompt on a 401
        response = await fetch(path, { method, headers: h, body: payload, credentials: 'omit', cache: 'no-store' });
    } catch {
        throw new ApiError(0, null);
    }
    const etag = response.headers.get('ETag');
    if (raw && response.ok) return { status: response.status, etag, data: null, response };
    const type = response.headers.get('Content-Type') || '';
    let data = null;
    if (type.includes('json')) {
        try {
            data = await response.json();
        } catch {
            data = null;
        }
    }
    if (!response.ok) {
        if (response.status === 401 && authorization && authorization === session.authorization) session.logout();
        throw new ApiError(response.status, data && typeof data === 'object' ? data : null);
    }
    return { status: response.status, etag, data, response };
}

export const get = (path, options) => request(path, { ...options, method: 'GET' });
export const post = (path, body, options) => request(path, { ...options, method: 'POST', body });
export const put = (path, body, options) => request(path, { ...options, method: 'PUT', body });
