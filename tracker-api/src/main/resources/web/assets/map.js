// The stakeholder map page: loads the map read model, draws the grid and the network, filters them, opens a
// stakeholder's card (click, or Enter on a focused mark) with influence paths in words, and lists the gaps.
(function () {
  'use strict';
  var t = app.translate({
    en: { 'filters': 'Filters', 'filter.search': 'Search', 'filter.search.hint': 'name, function, organisation',
      'filter.category': 'Category', 'filter.theme': 'Theme', 'filter.power': 'Minimum power', 'filter.all': 'All',
      'count': '{0} of {1} stakeholders shown', 'grid.title': 'Power × stance', 'grid.stance': 'Stance: against ← → in favour',
      'network.title': 'Relationships', 'network.hint': 'Lines are relationships; thicker is stronger, dashed has ended.',
      'gaps.title': 'Gaps', 'gaps.stale': 'Targets of power {0}+ not contacted for {1} days',
      'gaps.unreachable': 'Targets no ally can reach', 'gaps.unsupported': 'Demands no target supports',
      'gaps.none': 'None.', 'gaps.never': 'never contacted', 'gaps.days': '{0} days ago',
      'card.close': 'Close', 'card.function': 'Function', 'card.organisation': 'Organisation', 'card.category': 'Category',
      'card.power': 'Power', 'card.stance': 'Stance', 'card.engagement': 'Interactions', 'card.last': 'Last contact',
      'card.history': 'Stance and power over time', 'card.until': 'until', 'card.interactions': 'Last interactions',
      'card.commitments': 'Commitments', 'card.positions': 'Positions on the demands', 'card.no_position': 'not stated',
      'card.paths': 'Influence paths to them', 'card.no_path': 'No route from a coalition member or ally yet.',
      'card.none': 'None.', 'category.direct_target': 'direct target', 'category.intermediate_target': 'intermediate target',
      'category.ally': 'ally', 'category.coalition_member': 'coalition member', 'category.media': 'media',
      'category.opponent': 'opponent', 'category.neutral': 'neutral',
      'error.token': 'Open this page with a valid token (…/map#token=…).',
      'error.role': 'The stakeholder map is for advisers and coordinators: a partner token may not see it.' },
    fr: { 'filters': 'Filtres', 'filter.search': 'Recherche',
      'filter.search.hint': 'nom, fonction, organisation', 'filter.category': 'Catégorie', 'filter.theme': 'Thème',
      'filter.power': 'Pouvoir minimum', 'filter.all': 'Toutes', 'count': '{0} parties prenantes affichées sur {1}',
      'grid.title': 'Pouvoir × position', 'grid.stance': 'Position : contre ← → pour', 'network.title': 'Relations',
      'network.hint': 'Les traits sont les relations ; plus épais, plus forts ; en pointillés, terminées.',
      'gaps.title': 'Angles morts', 'gaps.stale': 'Cibles de pouvoir {0}+ sans contact depuis {1} jours',
      'gaps.unreachable': 'Cibles qu’aucun allié ne peut atteindre',
      'gaps.unsupported': 'Revendications qu’aucune cible ne soutient', 'gaps.none': 'Aucune.',
      'gaps.never': 'jamais contacté·e', 'gaps.days': 'il y a {0} jours', 'card.close': 'Fermer',
      'card.function': 'Fonction', 'card.organisation': 'Organisation', 'card.category': 'Catégorie',
      'card.power': 'Pouvoir', 'card.stance': 'Position', 'card.engagement': 'Interactions',
      'card.last': 'Dernier contact', 'card.history': 'Position et pouvoir dans le temps', 'card.until': 'jusqu’au',
      'card.interactions': 'Dernières interactions', 'card.commitments': 'Engagements',
      'card.positions': 'Positions sur les revendications', 'card.no_position': 'non exprimée',
      'card.paths': 'Chemins d’influence', 'card.no_path': 'Aucun chemin depuis un membre de la coalition ou un allié.',
      'card.none': 'Aucun.', 'category.direct_target': 'cible directe', 'category.intermediate_target': 'cible intermédiaire',
      'category.ally': 'allié', 'category.coalition_member': 'membre de la coalition', 'category.media': 'média',
      'category.opponent': 'opposant', 'category.neutral': 'neutre',
      'error.token': 'Ouvrez cette page avec un jeton valide (…/map#token=…).',
      'error.role': 'La cartographie est réservée aux conseillers et coordinateurs : un jeton partenaire ne peut pas la voir.' }
  });
  var CATEGORIES = ['direct_target', 'intermediate_target', 'ally', 'coalition_member', 'media', 'opponent', 'neutral'];
  var map, byId = {};

  function format(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    return t(key).replace(/\{(\d)\}/g, function (m, i) { return args[i]; });
  }

  // Folds accents and case so "defenseur" finds "Défenseur des droits", as the CLI does.
  function fold(s) { return (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }

  function visibleNodes() {
    var q = fold(document.getElementById('f-search').value.trim());
    var category = document.getElementById('f-category').value;
    var theme = Number(document.getElementById('f-theme').value);
    var power = Number(document.getElementById('f-power').value);
    return map.nodes.filter(function (n) {
      return n.power >= power && (!category || n.category === category)
        && (!theme || n.themeIds.indexOf(theme) >= 0)
        && (!q || fold([n.name, n.function, n.organisationName].join(' ')).indexOf(q) >= 0);
    });
  }

  function refresh() {
    var nodes = visibleNodes(), visible = {};
    nodes.forEach(function (n) { visible[n.id] = true; });
    mapGraph.grid(document.getElementById('grid'), nodes, t);
    mapGraph.show(document.getElementById('network'), visible);
    var count = document.getElementById('count');
    // Past the server's cap the map holds the most powerful stakeholders only: the count says how many exist.
    count.textContent = format('count', nodes.length, map.limits ? map.limits.nodeCount : map.nodes.length);
    count.dataset.shown = nodes.length;
  }

  function openFrom(event) {
    var g = event.target.closest && event.target.closest('.mark');
    if (g) { window.mapCard.open(Number(g.dataset.id)); }
  }

  function gaps() {
    var g = map.gaps;
    document.getElementById('gaps-stale-title').textContent = format('gaps.stale', g.minPower, map.staleDays);
    list('gaps-stale', g.notContacted, function (s) {
      return [person(s.stakeholderId), ' — ' + (s.lastContact ? format('gaps.days', s.days) : t('gaps.never'))];
    });
    list('gaps-unreachable', g.unreachable, function (id) { return [person(id)]; });
    list('gaps-unsupported', g.unsupportedDemands, function (d) { return [d.code + ' ' + d.title]; });
  }

  function person(id) {
    var b = app.el('button', { type: 'button', text: byId[id].label });
    b.addEventListener('click', function () { window.mapCard.open(id); });
    return b;
  }

  function list(id, items, parts) {
    var ul = document.getElementById(id);
    ul.textContent = '';
    if (!items.length) { ul.appendChild(app.el('li', { class: 'muted', text: t('gaps.none') })); }
    items.forEach(function (item) {
      ul.appendChild(app.el('li', {}, parts(item).map(function (p) {
        return typeof p === 'string' ? document.createTextNode(p) : p;
      })));
    });
  }

  function filters(themes) {
    var cat = document.getElementById('f-category'), theme = document.getElementById('f-theme');
    CATEGORIES.forEach(function (c) { cat.appendChild(app.el('option', { value: c, text: t('category.' + c) })); });
    themes.forEach(function (th) { theme.appendChild(app.el('option', { value: th.id, text: th.code + ' ' + th.title })); });
    document.getElementById('legend').replaceChildren.apply(document.getElementById('legend'),
      CATEGORIES.map(function (c) {
        return app.el('span', {}, [app.el('span', { class: 'swatch cat-' + c }), document.createTextNode(t('category.' + c))]);
      }));
    var form = document.getElementById('filters');
    form.addEventListener('input', refresh);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
  }

  Promise.all([app.api('map'), app.api('themes?limit=100'), app.api('/api/v1/campaigns/' + encodeURIComponent(app.slug))]).then(function (results) {
    map = results[0];
    map.nodes.forEach(function (n) { byId[n.id] = n; });
    document.getElementById('title').textContent = results[2].name || app.slug;
    window.mapCard.init(t, format, byId);
    filters(results[1].items || results[1]);
    ['grid', 'network'].forEach(function (id) {
      var svg = document.getElementById(id);
      svg.addEventListener('click', openFrom);
      svg.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); openFrom(e); }
      });
    });
    gaps();
    refresh();
    // Milliseconds from navigation to a usable grid: what bench/map/run.sh reports as page interactive time.
    document.body.dataset.readyAt = Math.round(performance.now());
    document.body.dataset.state = 'ready';
    // The network layout takes longest: it runs after the grid is usable, and filters already apply to it.
    setTimeout(function () {
      mapGraph.network(document.getElementById('network'), map.nodes, map.edges);
      refresh();
      document.body.dataset.networkAt = Math.round(performance.now());
      document.body.dataset.network = 'ready';
    }, 0);
  }).catch(app.fail);
}());
