// How the dashboard gets its bearer token. login.json (served by this service) names the task force's OpenID
// provider when there is one: then the page logs in on the provider's own login page with the authorization code
// flow and PKCE (RFC 7636; a public client holds no secret), renews the access token with the refresh token before
// it expires, and logs out at the provider. Without a provider it asks for a pasted token, as before.
// Tokens are kept in this tab's sessionStorage only and sent only in the Authorization header.
'use strict';

const PASTED_KEY = 'evac.viewer.token';
const OIDC_KEY = 'evac.oidc.tokens';
const PENDING_KEY = 'evac.oidc.pending';

function base64Url(bytes) {
    return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_')
        .replace(/=+$/, '');
}

function randomString() {
    return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** A token pasted into the form or handed over once in the URL fragment (#token=…, never sent to the server). */
class PastedToken {
    constructor() {
        const fragment = new URLSearchParams(location.hash.slice(1));
        if (fragment.has('token')) {
            sessionStorage.setItem(PASTED_KEY, fragment.get('token'));
            history.replaceState(null, '', location.pathname + location.search);
        }
    }

    get kind() {
        return 'pasted';
    }

    token() {
        return sessionStorage.getItem(PASTED_KEY);
    }

    use(token) {
        sessionStorage.setItem(PASTED_KEY, token);
    }

    /** The service refused the token: forget it; the page asks for another. */
    async rejected() {
        sessionStorage.removeItem(PASTED_KEY);
        return false;
    }

    user() {
        return null;
    }
}

/** Authorization code flow with PKCE against the provider's discovery document. */
class OidcLogin {
    constructor(provider, clientId) {
        this.provider = provider;
        this.clientId = clientId;
        this.refreshTimer = null;
        this.renewing = null;
    }

    static async discover(issuer, clientId) {
        const response = await fetch(issuer.replace(/\/$/, '') + '/.well-known/openid-configuration');
        if (!response.ok) {
            throw new Error('the login service does not answer (' + response.status + ')');
        }
        return new OidcLogin(await response.json(), clientId);
    }

    get kind() {
        return 'oidc';
    }

    redirectUri() {
        return location.origin + location.pathname;
    }

    stored() {
        return JSON.parse(sessionStorage.getItem(OIDC_KEY) || 'null');
    }

    token() {
        const tokens = this.stored();
        return tokens ? tokens.accessToken : null;
    }

    /** The logged-in user's name, from the ID token the provider signed (for display only). */
    user() {
        const tokens = this.stored();
        if (!tokens || !tokens.idToken) {
            return null;
        }
        const payload = tokens.idToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
        const claims = JSON.parse(decodeURIComponent(escape(atob(payload))));
        return claims.preferred_username || claims.sub;
    }

    /** Off to the provider's login page; it sends the browser back here with a one-time code. */
    async login() {
        const verifier = randomString();
        const state = randomString();
        sessionStorage.setItem(PENDING_KEY, JSON.stringify({verifier, state}));
        const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
        const query = new URLSearchParams({
            response_type: 'code', client_id: this.clientId, redirect_uri: this.redirectUri(), scope: 'openid',
            state, code_challenge: challenge, code_challenge_method: 'S256'
        });
        location.assign(this.provider.authorization_endpoint + '?' + query);
        return new Promise(() => {});
    }

    /**
     * Back from the login page: trades the code for tokens (only with the verifier this tab made) and takes the
     * code out of the address bar. Returns false when this page load is not such a return.
     */
    async completeLogin() {
        const query = new URLSearchParams(location.search);
        if (!query.has('state')) {
            return false;
        }
        const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) || 'null');
        sessionStorage.removeItem(PENDING_KEY);
        history.replaceState(null, '', location.pathname);
        if (query.has('error')) {
            throw new Error('login failed: ' + (query.get('error_description') || query.get('error')));
        }
        if (!pending || pending.state !== query.get('state')) {
            throw new Error('login failed: this login was not started in this tab');
        }
        await this.requestTokens({
            grant_type: 'authorization_code', code: query.get('code'), redirect_uri: this.redirectUri(),
            code_verifier: pending.verifier
        });
        return true;
    }

    async requestTokens(grant) {
        const response = await fetch(this.provider.token_endpoint, {
            method: 'POST',
            headers: {'Content-Type': 'application/x-www-form-urlencoded'},
            body: new URLSearchParams({...grant, client_id: this.clientId})
        });
        if (!response.ok) {
            sessionStorage.removeItem(OIDC_KEY);
            throw new Error('the login service refused (' + response.status + ')');
        }
        const answer = await response.json();
        const previous = this.stored() || {};
        sessionStorage.setItem(OIDC_KEY, JSON.stringify({
            accessToken: answer.access_token,
            refreshToken: answer.refresh_token,
            idToken: answer.id_token || previous.idToken,
            expiresAt: Date.now() + answer.expires_in * 1000
        }));
        this.scheduleRenewal();
    }

    /** Renews the access token when three quarters of its life have passed. */
    scheduleRenewal() {
        clearTimeout(this.refreshTimer);
        const tokens = this.stored();
        if (!tokens) {
            return;
        }
        const lifetime = tokens.expiresAt - Date.now();
        this.refreshTimer = setTimeout(() => this.renew().catch(() => this.login()), Math.max(1000, lifetime * 0.75));
    }

    /** One renewal at a time: the provider rotates the refresh token, so a second use of the old one fails. */
    renew() {
        if (!this.renewing) {
            const tokens = this.stored();
            this.renewing = (tokens && tokens.refreshToken
                ? this.requestTokens({grant_type: 'refresh_token', refresh_token: tokens.refreshToken})
                : Promise.reject(new Error('no session')))
                .finally(() => {
                    this.renewing = null;
                });
        }
        return this.renewing;
    }

    /** The service refused the access token (expired, or the key rotated away): renew once, else log in again. */
    async rejected(status) {
        if (status === 403) {
            return false;
        }
        try {
            await this.renew();
            return true;
        } catch (e) {
            await this.login();
            return false;
        }
    }

    /** Ends the session at the provider too, which then sends the browser back to this page. */
    logout() {
        const tokens = this.stored() || {};
        clearTimeout(this.refreshTimer);
        sessionStorage.removeItem(OIDC_KEY);
        const query = new URLSearchParams({client_id: this.clientId, post_logout_redirect_uri: this.redirectUri()});
        if (tokens.idToken) {
            query.set('id_token_hint', tokens.idToken);
        }
        location.assign(this.provider.end_session_endpoint + '?' + query);
    }
}

/** The page's way to a token: OpenID login if login.json names a provider, a pasted token otherwise. */
async function openSession() {
    const response = await fetch('login.json', {cache: 'no-store'});
    const settings = response.ok ? await response.json() : {};
    if (!settings.issuer) {
        return new PastedToken();
    }
    const login = await OidcLogin.discover(settings.issuer, settings.clientId);
    if (!await login.completeLogin()) {
        if (login.token()) {
            login.scheduleRenewal();
        } else {
            await login.login();
        }
    }
    return login;
}
