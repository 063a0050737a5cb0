// Shared by every page: the caller's token, the campaign slug, API calls, translations and small DOM helpers.
// The token arrives once in the URL fragment (#token=…), which browsers never send to a server; it is moved to
// session storage (gone when the tab closes) and wiped from the address bar so it does not end up in history.
(function () {
  'use strict';
  var KEY = 'campaign-tracker-token';
  var hash = new URLSearchParams(location.hash.slice(1));
  if (hash.get('token')) {
    sessionStorage.setItem(KEY, hash.get('token'));
    hash.delete('token');
    history.replaceState(null, '', location.pathname + location.search + (hash.toString() ? '#' + hash : ''));
  }
  var parts = location.pathname.split('/');
  var params = new URLSearchParams(location.search);
  var lang = (params.get('lang') || navigator.language || 'en').slice(0, 2) === 'fr' ? 'fr' : 'en';
  document.documentElement.lang = lang;

  // The navigation between pages, the same on each.
  var SHARED = {
    en: { 'nav': 'Pages', 'nav.home': 'Overview', 'nav.map': 'Map', 'nav.ledger': 'Ledger', 'nav.coverage': 'Coverage' },
    fr: { 'nav': 'Pages', 'nav.home': 'Vue d’ensemble', 'nav.map': 'Cartographie', 'nav.ledger': 'Registre',
      'nav.coverage': 'Couverture presse' }
  };

  function ApiError(status, problem) {
    this.status = status;
    this.problem = problem || {};
    this.message = (problem && (problem.detail || problem.title)) || ('HTTP ' + status);
  }

  var app = {
    slug: decodeURIComponent(parts[2] || ''),
    lang: lang,
    token: function () { return sessionStorage.getItem(KEY); },
    // GET or send JSON under /api/v1/campaigns/{slug}; rejects with ApiError carrying the problem+json body.
    api: function (path, options) {
      options = options || {};
      var headers = { 'Accept': 'application/json', 'Accept-Language': lang };
      var token = app.token();
      if (token) { headers['Authorization'] = 'Bearer ' + token; }
      if (options.body !== undefined) { headers['Content-Type'] = 'application/json'; }
      var url = path.charAt(0) === '/' ? path : '/api/v1/campaigns/' + encodeURIComponent(app.slug) + '/' + path;
      return fetch(url, {
        method: options.method || 'GET', headers: headers, credentials: 'omit',
        body: options.body === undefined ? undefined : JSON.stringify(options.body)
      }).then(function (r) {
        if (r.status === 204) { return null; }
        return r.json().catch(function () { return null; }).then(function (body) {
          if (!r.ok) { throw new ApiError(r.status, body); }
          return body;
        });
      });
    },
    // Picks the text for the page's language from {en: {...}, fr: {...}}, over the words every page shares, and fills
    // every [data-i18n] element.
    translate: function (dictionary) {
      var words = Object.assign({}, SHARED[lang], dictionary[lang]);
      var english = Object.assign({}, SHARED.en, dictionary.en);
      app.t = function (key) { return words[key] || english[key] || key; };
      document.querySelectorAll('[data-i18n]').forEach(function (e) { e.textContent = app.t(e.dataset.i18n); });
      document.querySelectorAll('[data-i18n-placeholder]').forEach(function (e) {
        e.placeholder = app.t(e.dataset.i18nPlaceholder);
      });
      document.querySelectorAll('[data-i18n-label]').forEach(function (e) {
        e.setAttribute('aria-label', app.t(e.dataset.i18nLabel));
      });
      return app.t;
    },
    el: function (tag, attrs, children) {
      var e = document.createElement(tag);
      Object.keys(attrs || {}).forEach(function (k) {
        if (k === 'text') { e.textContent = attrs[k]; } else if (k === 'class') { e.className = attrs[k]; }
        else { e.setAttribute(k, attrs[k]); }
      });
      (children || []).forEach(function (c) { if (c) { e.appendChild(c); } });
      return e;
    },
    svg: function (tag, attrs) {
      var e = document.createElementNS('http://www.w3.org/2000/svg', tag);
      Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      return e;
    },
    date: function (iso) {
      return iso ? new Date(iso + (iso.length === 10 ? 'T00:00:00' : '')).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB') : '';
    },
    // Shows a one-line message in the page's [role=alert] element: no token, wrong role, server problem.
    fail: function (error) {
      var box = document.querySelector('[role=alert]');
      var text = error.status === 401 ? app.t('error.token') : error.status === 403 ? app.t('error.role')
          : (error.message || String(error));
      if (box) { box.textContent = text; box.hidden = false; }
      document.body.dataset.state = 'error';
    }
  };
  window.app = app;
}());
