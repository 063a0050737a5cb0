// Shared by every page: the caller's token, the campaign slug, API calls, the header and navigation, the words for
// codes (positions, categories, kinds…) in both languages, and small DOM helpers.
// The token arrives once in the URL fragment (#token=…), which browsers never send to a server; it is moved to
// session storage (gone when the tab closes) and wiped from the address bar so it does not end up in history.
(function () {
  'use strict';
  var KEY = 'campaign-tracker-token';
  var hash = new URLSearchParams(location.hash.slice(1));
  if (hash.get('token')) {
    sessionStorage.setItem(KEY, hash.get('token'));
    sessionStorage.removeItem(KEY + '-pages');
    hash.delete('token');
    history.replaceState(null, '', location.pathname + location.search + (hash.toString() ? '#' + hash : ''));
  }
  var parts = location.pathname.split('/');
  var params = new URLSearchParams(location.search);
  var lang = (params.get('lang') || navigator.language || 'en').slice(0, 2) === 'fr' ? 'fr' : 'en';
  document.documentElement.lang = lang;
  var PAGES = ['home', 'map', 'ledger', 'coverage', 'log', 'publish'];

  // Words every page shares: navigation, roles, and the codes the API sends, in words.
  var SHARED = {
    en: { 'nav': 'Pages', 'nav.index': 'All pages', 'nav.home': 'Overview', 'nav.map': 'Map', 'nav.ledger': 'Ledger',
      'nav.coverage': 'Coverage', 'nav.log': 'Log a meeting', 'nav.publish': 'Public page', 'skip': 'Skip to content', 'loading': 'Loading…',
      'role.partner': 'partner', 'role.adviser': 'adviser', 'role.coordinator': 'coordinator',
      'error.token': 'Open this page from the address you were given, with its #token=… at the end.',
      'error.role': 'Your token’s role may not open this page.', 'error.network': 'The server cannot be reached.',
      'level.unknown': 'unknown', 'counted.level.unknown': 'unknown', 'level.opposed': 'opposed', 'level.hesitant': 'hesitant', 'level.supportive': 'supportive',
      'level.committed_verbally': 'committed verbally', 'level.committed_in_writing': 'committed in writing',
      'level.implemented': 'implemented', 'level.backtracked': 'backtracked',
      'category.direct_target': 'direct target', 'category.intermediate_target': 'intermediate target',
      'category.ally': 'ally', 'category.coalition_member': 'coalition member', 'category.media': 'media',
      'category.opponent': 'opponent', 'category.neutral': 'neutral',
      'kind.meeting': 'meeting', 'kind.call': 'call', 'kind.letter_sent': 'letter sent', 'kind.email_sent': 'e-mail sent',
      'kind.written_response': 'written response', 'kind.public_event': 'public event', 'kind.hearing': 'hearing',
      'status.planned': 'planned', 'status.done': 'done', 'status.cancelled': 'cancelled', 'status.open': 'open',
      'status.kept': 'kept', 'status.broken': 'broken', 'status.withdrawn': 'withdrawn',
      'meeting.planned': 'planned', 'meeting.held': 'held', 'meeting.cancelled': 'cancelled',
      'stance.-2': 'strongly against', 'stance.-1': 'against', 'stance.0': 'neutral', 'stance.1': 'in favour',
      'stance.2': 'strongly in favour',
      'rel.works_for': 'works for', 'rel.member_of': 'member of', 'rel.reports_to': 'reports to',
      'rel.influences': 'influences', 'rel.knows': 'knows', 'rel.funds': 'funds', 'rel.advises': 'advises',
      'rel.allied_with': 'allied with', 'rel.opposes': 'opposes',
      'tone.favourable': 'favourable', 'tone.neutral': 'neutral', 'tone.unfavourable': 'unfavourable', 'tone.mixed': 'mixed',
      'mobilisation.petition': 'petition', 'mobilisation.joint_appeal': 'joint appeal',
      'mobilisation.letter_campaign': 'letter campaign',
      'outreach.press_kit': 'press kit', 'outreach.press_release': 'press release', 'outreach.pitch': 'pitch',
      'outreach.op_ed_offer': 'op-ed offer' },
    fr: { 'nav': 'Pages', 'nav.index': 'Toutes les pages', 'nav.home': 'Vue d’ensemble', 'nav.map': 'Cartographie',
      'nav.ledger': 'Registre', 'nav.coverage': 'Couverture presse', 'nav.log': 'Noter une rencontre',
      'nav.publish': 'Page publique',
      'skip': 'Aller au contenu', 'loading': 'Chargement…',
      'role.partner': 'partenaire', 'role.adviser': 'conseil', 'role.coordinator': 'coordination',
      'error.token': 'Ouvrez cette page depuis l’adresse qui vous a été donnée, avec son #token=… à la fin.',
      'error.role': 'Le rôle de votre jeton ne permet pas d’ouvrir cette page.',
      'error.network': 'Le serveur est injoignable.',
      'level.unknown': 'inconnue', 'counted.level.unknown': 'sans position connue', 'level.opposed': 'opposé', 'level.hesitant': 'hésitant', 'level.supportive': 'favorable',
      'level.committed_verbally': 'engagement oral', 'level.committed_in_writing': 'engagement écrit',
      'level.implemented': 'mis en œuvre', 'level.backtracked': 'retour en arrière',
      'category.direct_target': 'cible directe', 'category.intermediate_target': 'cible intermédiaire',
      'category.ally': 'allié', 'category.coalition_member': 'membre de la coalition', 'category.media': 'média',
      'category.opponent': 'opposant', 'category.neutral': 'neutre',
      'kind.meeting': 'rencontre', 'kind.call': 'appel', 'kind.letter_sent': 'courrier envoyé',
      'kind.email_sent': 'courriel envoyé', 'kind.written_response': 'réponse écrite',
      'kind.public_event': 'événement public', 'kind.hearing': 'audition',
      'status.planned': 'prévu', 'status.done': 'fait', 'status.cancelled': 'annulé', 'status.open': 'en cours',
      'status.kept': 'tenu', 'status.broken': 'rompu', 'status.withdrawn': 'retiré',
      'meeting.planned': 'prévue', 'meeting.held': 'tenue', 'meeting.cancelled': 'annulée',
      'stance.-2': 'très opposé', 'stance.-1': 'plutôt contre', 'stance.0': 'neutre', 'stance.1': 'plutôt pour',
      'stance.2': 'très favorable',
      'rel.works_for': 'travaille pour', 'rel.member_of': 'membre de', 'rel.reports_to': 'rend compte à',
      'rel.influences': 'influence', 'rel.knows': 'connaît', 'rel.funds': 'finance', 'rel.advises': 'conseille',
      'rel.allied_with': 'allié à', 'rel.opposes': 's’oppose à',
      'tone.favourable': 'favorable', 'tone.neutral': 'neutre', 'tone.unfavourable': 'défavorable', 'tone.mixed': 'mitigé',
      'mobilisation.petition': 'pétition', 'mobilisation.joint_appeal': 'appel commun',
      'mobilisation.letter_campaign': 'campagne de lettres',
      'outreach.press_kit': 'dossier de presse', 'outreach.press_release': 'communiqué de presse',
      'outreach.pitch': 'proposition de sujet', 'outreach.op_ed_offer': 'proposition de tribune' }
  };

  function ApiError(status, problem) {
    this.status = status;
    this.problem = problem || {};
    this.message = (problem && (problem.detail || problem.title)) || ('HTTP ' + status);
  }

  var words = Object.assign({}, SHARED[lang]);
  var english = Object.assign({}, SHARED.en);
  var locale = lang === 'fr' ? 'fr-FR' : 'en-GB';

  var app = {
    slug: decodeURIComponent(parts[2] || ''),
    page: document.body.dataset.page,
    lang: lang,
    number: new Intl.NumberFormat(locale),
    token: function () { return sessionStorage.getItem(KEY); },
    // GET or send JSON under /api/v1/campaigns/{slug}; rejects with ApiError carrying the problem+json body.
    api: function (path, options) {
      options = options || {};
      var headers = Object.assign({ 'Accept': 'application/json', 'Accept-Language': lang }, options.headers || {});
      var token = app.token();
      if (token) { headers['Authorization'] = 'Bearer ' + token; }
      if (options.body !== undefined) { headers['Content-Type'] = 'application/json'; }
      // A file sent as it is (an invitation, an e-mail), with its own media type.
      if (options.raw !== undefined) { headers['Content-Type'] = options.type; }
      var url = path.charAt(0) === '/' ? path : '/api/v1/campaigns/' + encodeURIComponent(app.slug) + '/' + path;
      return fetch(url, {
        method: options.method || 'GET', headers: headers, credentials: 'omit', signal: options.signal,
        body: options.raw !== undefined ? options.raw : options.body === undefined ? undefined : JSON.stringify(options.body)
      }).then(function (r) {
        if (r.status === 204) { return null; }
        return r.json().catch(function () { return null; }).then(function (body) {
          if (!r.ok) { throw new ApiError(r.status, body); }
          return body;
        });
      });
    },
    // Adds a page's words over the shared ones and fills every [data-i18n] element.
    translate: function (dictionary) {
      Object.assign(words, dictionary[lang]);
      Object.assign(english, dictionary.en);
      document.querySelectorAll('[data-i18n]').forEach(function (e) { e.textContent = app.t(e.dataset.i18n); });
      document.querySelectorAll('[data-i18n-placeholder]').forEach(function (e) {
        e.placeholder = app.t(e.dataset.i18nPlaceholder);
      });
      document.querySelectorAll('[data-i18n-label]').forEach(function (e) {
        e.setAttribute('aria-label', app.t(e.dataset.i18nLabel));
      });
      return app.t;
    },
    t: function (key) { return words[key] || english[key] || key; },
    // t() with {0}, {1}… replaced by the arguments.
    format: function (key) {
      var args = Array.prototype.slice.call(arguments, 1);
      return app.t(key).replace(/\{(\d)\}/g, function (m, i) { return args[i]; });
    },
    // A code from the API in words: app.word('level', 'committed_verbally') → "committed verbally". An unknown code
    // still reads as words rather than as an identifier.
    word: function (group, code) {
      var key = group + '.' + code;
      return words[key] || english[key] || String(code).replace(/_/g, ' ');
    },
    // A count of a code in words that agree with any number: "3 sans position connue", not "3 inconnue".
    counted: function (n, group, code) {
      var key = 'counted.' + group + '.' + code;
      return n + ' ' + (words[key] || english[key] || app.word(group, code));
    },
    el: function (tag, attrs, children) {
      var e = document.createElement(tag);
      Object.keys(attrs || {}).forEach(function (k) {
        if (attrs[k] === undefined || attrs[k] === null) { return; }
        if (k === 'text') { e.textContent = attrs[k]; } else if (k === 'class') { e.className = attrs[k]; }
        else { e.setAttribute(k, attrs[k]); }
      });
      (children || []).forEach(function (c) {
        if (c !== null && c !== undefined && c !== false) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); }
      });
      return e;
    },
    svg: function (tag, attrs) {
      var e = document.createElementNS('http://www.w3.org/2000/svg', tag);
      Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      return e;
    },
    // "17/01/2023" or "17 janv. 2023" style dates in the page's language; '' for no date.
    date: function (iso, long) {
      if (!iso) { return ''; }
      var d = new Date(iso.length === 10 ? iso + 'T00:00:00' : iso);
      return d.toLocaleDateString(locale, long ? { day: 'numeric', month: 'long', year: 'numeric' } : undefined);
    },
    month: function (yearMonth) {
      return new Date(yearMonth + '-01T00:00:00').toLocaleDateString(locale, { month: 'short', year: 'numeric' });
    },
    // Days between two ISO dates (b - a).
    days: function (a, b) {
      return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86400000);
    },
    addDays: function (iso, n) {
      var d = new Date(Date.parse(iso + 'T00:00:00Z') + n * 86400000);
      return d.toISOString().slice(0, 10);
    },
    today: function () {
      var d = new Date();
      return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
    },
    // Shows a one-line message in the page's [role=alert] element: no token, wrong role, server problem.
    fail: function (error) {
      var box = document.querySelector('[role=alert]');
      var text = error.status === 401 ? app.t('error.token') : error.status === 403 ? app.t('error.role')
          : error instanceof TypeError ? app.t('error.network') : (error.message || String(error));
      if (box) { box.textContent = text; box.hidden = false; }
      document.body.dataset.state = 'error';
    },
    // The page is usable: bench/pages/run.sh and the tests read the time from navigation start.
    ready: function () {
      document.body.dataset.readyAt = Math.round(performance.now());
      document.body.dataset.state = 'ready';
    }
  };

  // The header: the campaign's name and the pages this token may open. The answer is kept for the tab's life, so
  // moving between pages costs no extra request.
  function header(info) {
    var name = document.getElementById('campaign');
    if (name) { name.textContent = info.name; }
    document.title = app.t('nav.' + app.page) + ' — ' + info.name;
    var nav = document.getElementById('pages');
    if (!nav) { return; }
    var base = '/campaigns/' + encodeURIComponent(app.slug) + '/';
    var query = params.get('lang') ? '?lang=' + params.get('lang') : '';
    var links = [app.el('a', { href: base + query, text: app.t('nav.index'), 'aria-current': app.page === 'index' ? 'page' : null })];
    info.pages.forEach(function (p) {
      if (p.allowed) {
        links.push(app.el('a', { href: base + p.name + query, text: app.t('nav.' + p.name),
          'aria-current': p.name === app.page ? 'page' : null }));
      }
    });
    nav.replaceChildren.apply(nav, links);
  }

  // Resolves with {campaign, name, deadline, role, pages}; rejects (and shows why) without a valid token.
  app.caller = (function () {
    var cached = sessionStorage.getItem(KEY + '-pages');
    var known = cached ? Promise.resolve(JSON.parse(cached)) : app.api('pages').then(function (info) {
      sessionStorage.setItem(KEY + '-pages', JSON.stringify(info));
      return info;
    });
    return known.then(function (info) {
      app.role = info.role;
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () { header(info); });
      } else {
        header(info);
      }
      return info;
    });
  }());
  app.caller.catch(function () { /* each page reports the failure of its own requests */ });
  app.pages = PAGES;
  window.app = app;
}());
