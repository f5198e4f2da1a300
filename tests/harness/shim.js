/*
 * Browser mode (tests and `npm run dev:web` only): provides `window.regio` like the Electron
 * preload, over HTTP to the loopback server in tests/harness/server.ts.
 *
 *   window.regio.invoke(method, input) -> Promise<{ ok: true, value } | { ok: false, error }>
 *   window.regio.on(event, callback)   -> unsubscribe()
 *   window.__regioEmit(event, payload) -> fires `on` callbacks (tests simulate main-process events)
 *
 * The per-run token arrives once in `?token=…`; it is kept in sessionStorage and removed from
 * the visible URL (the hash route stays).
 */
(function () {
  'use strict';

  var TOKEN_KEY = 'regiodossier.browserModeToken';
  var NO_CONNECTION = 'Geen verbinding met de browsermodus-server.';

  function takeTokenFromUrl() {
    var params = new URLSearchParams(window.location.search);
    var fromUrl = params.get('token');
    if (fromUrl === null) return;
    try {
      window.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    } catch {
      // Storage unavailable: the token then lives only in this page's memory.
    }
    memoryToken = fromUrl;
    params.delete('token');
    var query = params.toString();
    var clean = window.location.pathname + (query ? '?' + query : '') + window.location.hash;
    window.history.replaceState(window.history.state, '', clean);
  }

  function currentToken() {
    try {
      return window.sessionStorage.getItem(TOKEN_KEY) || memoryToken;
    } catch {
      return memoryToken;
    }
  }

  function failure(code, message) {
    return { ok: false, error: { code: code, message: message } };
  }

  function isEnvelope(body) {
    return (
      body !== null &&
      typeof body === 'object' &&
      (body.ok === true ||
        (body.ok === false && body.error !== null && typeof body.error === 'object'))
    );
  }

  var memoryToken = '';
  takeTokenFromUrl();

  /** @type {Map<string, Set<(payload: unknown) => void>>} */
  var listeners = new Map();

  function invoke(method, input) {
    var body;
    try {
      body = JSON.stringify({ method: method, input: input === undefined ? null : input });
    } catch {
      return Promise.resolve(failure('invalid_input', 'Deze invoer kan niet worden verstuurd.'));
    }
    return window
      .fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + currentToken() },
        body: body,
        credentials: 'omit',
        cache: 'no-store',
      })
      .then(function (response) {
        return response.json();
      })
      .then(function (answer) {
        return isEnvelope(answer) ? answer : failure('internal', NO_CONNECTION);
      })
      .catch(function () {
        return failure('internal', NO_CONNECTION);
      });
  }

  function on(event, callback) {
    // Like the preload: invalid arguments register nothing and get a no-op unsubscribe.
    if (typeof event !== 'string' || typeof callback !== 'function') return function () {};
    var set = listeners.get(event);
    if (!set) {
      set = new Set();
      listeners.set(event, set);
    }
    var entry = function (payload) {
      callback(payload);
    };
    set.add(entry);
    return function unsubscribe() {
      set.delete(entry);
    };
  }

  function emit(event, payload) {
    var set = listeners.get(event);
    if (!set) return 0;
    Array.from(set).forEach(function (callback) {
      callback(payload);
    });
    return set.size;
  }

  Object.defineProperty(window, 'regio', {
    value: Object.freeze({ invoke: invoke, on: on }),
    writable: false,
    configurable: false,
    enumerable: true,
  });
  Object.defineProperty(window, '__regioEmit', {
    value: emit,
    writable: false,
    configurable: false,
    enumerable: false,
  });
})();
