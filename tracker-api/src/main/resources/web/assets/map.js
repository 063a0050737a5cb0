// The stakeholder map page: loads the map read model, draws the grid and the network, filters them, opens a
// stakeholder's card (click, or Enter on a focused mark) with influence paths lit on the network, and lists the gaps.
// Staleness counts from an "as of" day: today while the campaign is active, else its last recorded contact (a
// campaign whose last meeting was two years ago would otherwise show nothing alive); the reader may pick another.
(function () {
  'use strict';
  var t = app.translate({
    en: { 'map.title': 'Stakeholder map', 'filters': 'Filters', 'filter.search': 'Search', 'filter.search.hint': 'name, function, organisation',
      'filter.category': 'Category', 'filter.theme': 'Theme', 'filter.power': 'Minimum power', 'filter.all': 'All',
      'filter.access': 'Minimum access', 'filter.any_access': 'Any',
      'filter.as_of': 'As of', 'count': '{0} of {1} stakeholders shown.',
      'stale.today': 'Faded: not contacted in the {0} days before today.',
      'stale.last': 'Faded: not contacted in the {0} days before {1}, the campaign’s last recorded contact.',
      'stale.picked': 'Faded: not contacted in the {0} days before {1}.',
      'grid.title': 'Power × stance', 'grid.stance': 'Stance: against ← → in favour',
      'grid.hint': 'Tab to the grid, arrows move between people, Enter opens a card; + and − zoom (or Ctrl + wheel, or pinch), drag to move.',
      'zoom.in': 'Zoom in', 'zoom.out': 'Zoom out', 'zoom.reset': 'Reset',
      'network.title': 'Relationships', 'network.label': 'Network of relationships between stakeholders; the table above lists them in words.',
      'network.hint': 'Lines are relationships; thicker is stronger, dashed has ended. Open a target’s card to light the influence paths to them.',
      'gaps.title': 'Gaps', 'gaps.stale': 'Targets of power {0}+ not contacted in the {1} days before {2}',
      'gaps.unreachable': 'Targets no ally can reach', 'gaps.unsupported': 'Demands no target supports',
      'gaps.none': 'None.', 'gaps.never': 'never contacted', 'gaps.days': 'last contact {0} days earlier',
      'error.role': 'The stakeholder map is for advisers and coordinators: a partner token may not see it.' },
    fr: { 'map.title': 'Cartographie des parties prenantes', 'filters': 'Filtres', 'filter.search': 'Recherche',
      'filter.search.hint': 'nom, fonction, organisation', 'filter.category': 'Catégorie', 'filter.theme': 'Thème',
      'filter.power': 'Pouvoir minimum', 'filter.all': 'Toutes', 'filter.as_of': 'À la date du',
      'filter.access': 'Accès minimum', 'filter.any_access': 'Tous',
      'count': '{0} parties prenantes affichées sur {1}.',
      'stale.today': 'En pâle : sans contact dans les {0} jours avant aujourd’hui.',
      'stale.last': 'En pâle : sans contact dans les {0} jours avant le {1}, dernier contact enregistré de la campagne.',
      'stale.picked': 'En pâle : sans contact dans les {0} jours avant le {1}.',
      'grid.title': 'Pouvoir × position', 'grid.stance': 'Position : contre ← → pour',
      'grid.hint': 'Tabulation pour entrer dans la grille, flèches pour passer d’une personne à l’autre, Entrée pour ouvrir sa fiche ; + et − pour zoomer (ou Ctrl + molette, ou pincer), glisser pour se déplacer.',
      'zoom.in': 'Zoomer', 'zoom.out': 'Dézoomer', 'zoom.reset': 'Réinitialiser',
      'network.title': 'Relations', 'network.label': 'Réseau des relations entre parties prenantes ; le tableau ci-dessus les décrit en mots.',
      'network.hint': 'Les traits sont les relations ; plus épais, plus forts ; en pointillés, terminées. Ouvrez la fiche d’une cible pour éclairer les chemins d’influence vers elle.',
      'gaps.title': 'Angles morts', 'gaps.stale': 'Cibles de pouvoir {0}+ sans contact dans les {1} jours avant le {2}',
      'gaps.unreachable': 'Cibles qu’aucun allié ne peut atteindre',
      'gaps.unsupported': 'Revendications qu’aucune cible ne soutient', 'gaps.none': 'Aucune.',
      'gaps.never': 'jamais contacté·e', 'gaps.days': 'dernier contact {0} jours plus tôt',
      'error.role': 'La cartographie est réservée au conseil et à la coordination : un jeton partenaire ne peut pas la voir.' }
  });
  var CATEGORIES = ['direct_target', 'intermediate_target', 'ally', 'coalition_member', 'media', 'opponent', 'neutral'];
  var TARGETS = ['direct_target', 'intermediate_target'];
  var map, byId = {}, asOf, staleWhy, faded = {}, networkDrawn = false;
  var $ = function (id) { return document.getElementById(id); };

  // Folds accents and case so "defenseur" finds "Défenseur des droits", as the CLI does.
  function fold(s) { return (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }

  function visibleNodes() {
    var q = fold($('f-search').value.trim()), category = $('f-category').value;
    var theme = Number($('f-theme').value), power = Number($('f-power').value), access = Number($('f-access').value);
    // A minimum access leaves out those never rated: "who can we reach" is a question about what we know.
    return map.nodes.filter(function (n) {
      return n.power >= power && (!access || (n.access || 0) >= access) && (!category || n.category === category)
        && (!theme || n.themeIds.indexOf(theme) >= 0)
        && (!q || fold([n.name, n.function, n.organisationName].join(' ')).indexOf(q) >= 0);
    });
  }

  function refresh() {
    var nodes = visibleNodes(), visible = {};
    nodes.forEach(function (n) { visible[n.id] = true; });
    mapGraph.grid($('grid'), nodes);
    mapGraph.fade($('grid'), faded);
    mapGraph.show($('network'), visible);
    var count = $('count');
    // Past the server's cap the map holds the most powerful stakeholders only: the count says how many exist.
    count.textContent = app.format('count', nodes.length, map.limits ? map.limits.nodeCount : map.nodes.length);
    count.dataset.shown = nodes.length;
    window.mapTable.update(nodes);
  }

  // Faded marks and the "not contacted" gap, counted from asOf.
  function staleness() {
    var days = map.staleDays, minPower = map.gaps.minPower;
    faded = {};
    map.nodes.forEach(function (n) { if (!n.lastContact || app.days(n.lastContact, asOf) > days) { faded[n.id] = true; } });
    $('stale-note').textContent = app.format('stale.' + staleWhy, days, app.date(asOf, true));
    $('gaps-stale-title').textContent = app.format('gaps.stale', minPower, days, app.date(asOf, true));
    var stale = map.nodes.filter(function (n) {
      return TARGETS.indexOf(n.category) >= 0 && n.power >= minPower && faded[n.id];
    }).sort(function (a, b) {
      return b.power - a.power || (a.lastContact || '').localeCompare(b.lastContact || '') || a.id - b.id;
    });
    list('gaps-stale', stale, function (n) {
      return [person(n.id), ' — ' + (n.lastContact ? app.format('gaps.days', app.days(n.lastContact, asOf)) : t('gaps.never'))];
    });
    mapGraph.fade($('grid'), faded);
    mapGraph.fade($('network'), faded);
  }

  function gaps() {
    list('gaps-unreachable', map.gaps.unreachable, function (id) { return [person(id)]; });
    list('gaps-unsupported', map.gaps.unsupportedDemands, function (d) { return [d.code + ' ' + d.title]; });
  }

  function person(id) {
    var b = app.el('button', { type: 'button', text: byId[id].label });
    b.addEventListener('click', function () { window.mapCard.open(id); });
    return b;
  }

  function list(id, items, parts) {
    var ul = $(id);
    ul.textContent = '';
    if (!items.length) { ul.appendChild(app.el('li', { class: 'muted', text: t('gaps.none') })); }
    items.forEach(function (item) { ul.appendChild(app.el('li', {}, parts(item))); });
  }

  function filters(themes) {
    var cat = $('f-category'), theme = $('f-theme');
    CATEGORIES.forEach(function (c) { cat.appendChild(app.el('option', { value: c, text: app.word('category', c) })); });
    themes.forEach(function (th) { theme.appendChild(app.el('option', { value: th.id, text: th.code + ' ' + th.title })); });
    $('legend').replaceChildren.apply($('legend'), CATEGORIES.map(function (c) {
      return app.el('span', {}, [app.el('span', { class: 'swatch cat-' + c }), app.word('category', c)]);
    }));
    var form = $('filters');
    form.addEventListener('input', function (e) { if (e.target.id !== 'f-as-of') { refresh(); } });
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    $('f-as-of').addEventListener('change', function (e) { if (e.target.value) { reload(e.target.value); } });
  }

  // Another day: the map again as of that day (contacts and relationships after it do not count).
  function reload(day) {
    app.api('map?as_of=' + day).then(function (m) {
      map = m;
      map.nodes.forEach(function (n) { byId[n.id] = n; });
      asOf = day; staleWhy = 'picked';
      staleness();
      gaps();
    }).catch(app.fail);
  }

  function first(m) {
    var last = m.nodes.reduce(function (a, n) { return n.lastContact && n.lastContact > a ? n.lastContact : a; }, '');
    // Every lastContact is on or before asOf either way, so counting from it here is what the server would count.
    if (last && app.days(last, m.asOf) > m.staleDays) { asOf = last; staleWhy = 'last'; } else { asOf = m.asOf; staleWhy = 'today'; }
    $('f-as-of').value = asOf;
  }

  // Arrow keys move the focus between the grid's marks (one tab stop for the whole grid), Enter or Space opens.
  function keys(e) {
    var marks = Array.prototype.slice.call($('grid').querySelectorAll('.mark'));
    var at = marks.indexOf(document.activeElement), next = -1;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') { next = Math.min(marks.length - 1, at + 1); }
    if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') { next = Math.max(0, at - 1); }
    if (e.key === 'Home') { next = 0; }
    if (e.key === 'End') { next = marks.length - 1; }
    if (next >= 0 && marks[next]) {
      e.preventDefault();
      marks.forEach(function (m) { m.setAttribute('tabindex', '-1'); });
      marks[next].setAttribute('tabindex', '0');
      marks[next].focus();
    }
  }

  function openFrom(event) {
    var g = event.target.closest && event.target.closest('.mark');
    if (g) { window.mapCard.open(Number(g.dataset.id)); }
  }

  Promise.all([app.api('map'), app.api('themes?limit=100')]).then(function (results) {
    map = results[0];
    map.nodes.forEach(function (n) { byId[n.id] = n; });
    first(map);
    window.mapCard.init(byId, function (paths) { if (networkDrawn) { mapGraph.highlight($('network'), paths); } });
    window.mapTable.init($('table-view'), $('table'), map);
    filters(results[1].items || results[1]);
    ['grid', 'network'].forEach(function (id) {
      var svg = $(id);
      svg.addEventListener('click', openFrom);
      svg.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); openFrom(e); }
      });
    });
    $('grid').addEventListener('keydown', keys);
    refresh();
    mapGraph.view($('grid')).wire($('grid-zoom'));
    staleness();
    gaps();
    app.ready();
    // The network layout takes longest: it runs after the grid is usable, and filters already apply to it.
    setTimeout(function () {
      mapGraph.network($('network'), map.nodes, map.edges);
      networkDrawn = true;
      mapGraph.view($('network')).wire($('network-zoom'));
      refresh();
      mapGraph.fade($('network'), faded);
      document.body.dataset.networkAt = Math.round(performance.now());
      document.body.dataset.network = 'ready';
    }, 0);
  }).catch(app.fail);
}());
