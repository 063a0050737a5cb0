// The text alternative to the grid and the network: the stakeholders shown, with their place on the grid and their
// relationships in words. Built only while it is open, for the stakeholders the filters show.
(function () {
  'use strict';
  var t = app.translate({
    en: { 'table.summary': 'Stakeholders and their relationships as a table', 'table.name': 'Stakeholder',
      'table.category': 'Category', 'table.power': 'Power', 'table.stance': 'Stance', 'table.last': 'Last contact',
      'table.links': 'Relationships', 'table.more': 'and {0} more', 'table.capped': 'The first {0} are listed: narrow the filters to see the others.' },
    fr: { 'table.summary': 'Les parties prenantes et leurs relations sous forme de tableau', 'table.name': 'Partie prenante',
      'table.category': 'Catégorie', 'table.power': 'Pouvoir', 'table.stance': 'Position', 'table.last': 'Dernier contact',
      'table.links': 'Relations', 'table.more': 'et {0} de plus', 'table.capped': 'Les {0} premières sont listées : affinez les filtres pour voir les autres.' }
  });
  var CAP = 500;
  var details, box, links = {}, byId = {}, shown = [];

  function relations(id) {
    var all = links[id] || [];
    var words = all.slice(0, 6).map(function (l) {
      var other = byId[l.other];
      return (l.out ? '' : '← ') + app.word('rel', l.type) + ' ' + (other ? other.label : '');
    });
    if (all.length > 6) { words.push(app.format('table.more', all.length - 6)); }
    return words.join('; ');
  }

  function draw() {
    if (!details.open) { return; }
    var rows = shown.slice(0, CAP).map(function (n) {
      return app.el('tr', {}, [app.el('th', { scope: 'row', text: n.label }), app.el('td', { text: app.word('category', n.category) }),
        app.el('td', { text: String(n.power) }), app.el('td', { text: app.word('stance', n.stance) }),
        app.el('td', { text: n.lastContact ? app.date(n.lastContact) : '—' }), app.el('td', { text: relations(n.id) })]);
    });
    var head = app.el('tr', {}, ['table.name', 'table.category', 'table.power', 'table.stance', 'table.last', 'table.links']
      .map(function (k) { return app.el('th', { scope: 'col', text: t(k) }); }));
    box.replaceChildren(app.el('table', {}, [app.el('thead', {}, [head]), app.el('tbody', {}, rows)]));
    if (shown.length > CAP) { box.appendChild(app.el('p', { class: 'muted', text: app.format('table.capped', CAP) })); }
  }

  window.mapTable = {
    init: function (detailsElement, container, map) {
      details = detailsElement; box = container;
      map.nodes.forEach(function (n) { byId[n.id] = n; });
      map.edges.forEach(function (e) {
        if (!e.active) { return; }
        (links[e.from] = links[e.from] || []).push({ type: e.type, other: e.to, out: true });
        (links[e.to] = links[e.to] || []).push({ type: e.type, other: e.from, out: false });
      });
      details.addEventListener('toggle', draw);
    },
    update: function (nodes) { shown = nodes; draw(); }
  };
}());
