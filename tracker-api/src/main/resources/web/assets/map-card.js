// A stakeholder's card on the map page: who they are, who holds the relationship and how reachable they are, stance
// and power over time, last interactions,
// commitments, positions on each demand, and the influence paths to them explained in words (and lit on the network).
(function () {
  'use strict';
  var byId, onPaths, returnTo;
  var t = app.translate({
    en: { 'card.close': 'Close', 'card.function': 'Function', 'card.organisation': 'Organisation', 'card.category': 'Category',
      'card.power': 'Power', 'card.stance': 'Stance', 'card.engagement': 'Interactions', 'card.last': 'Last contact',
      'card.history': 'Stance and power over time', 'card.until': 'until {0}', 'card.interactions': 'Last interactions',
      'card.commitments': 'Commitments', 'card.positions': 'Positions on the demands', 'card.no_position': 'not stated',
      'card.paths': 'Influence paths to them', 'card.no_path': 'No route from a coalition member or ally yet.',
      'card.none': 'None.', 'card.was': 'power {0}, {1}, {2}', 'card.due': 'due {0}',
      'card.owner': 'Held by', 'card.nobody': 'nobody', 'card.cadence': 'Contact every', 'card.days': '{0} days',
      'card.access': 'Access', 'card.access_history': 'Access over time',
      'access.1': 'does not know us', 'access.2': 'knows of us', 'access.3': 'knows our team',
      'access.4': 'knows our issues', 'access.5': 'returns our calls' },
    fr: { 'card.close': 'Fermer', 'card.function': 'Fonction', 'card.organisation': 'Organisation', 'card.category': 'Catégorie',
      'card.power': 'Pouvoir', 'card.stance': 'Position', 'card.engagement': 'Interactions', 'card.last': 'Dernier contact',
      'card.history': 'Position et pouvoir dans le temps', 'card.until': 'jusqu’au {0}',
      'card.interactions': 'Dernières interactions', 'card.commitments': 'Engagements',
      'card.positions': 'Positions sur les revendications', 'card.no_position': 'non exprimée',
      'card.paths': 'Chemins d’influence', 'card.no_path': 'Aucun chemin depuis un membre de la coalition ou un allié.',
      'card.none': 'Aucun.', 'card.was': 'pouvoir {0}, {1}, {2}', 'card.due': 'échéance {0}',
      'card.owner': 'Relation suivie par', 'card.nobody': 'personne', 'card.cadence': 'Contact tous les',
      'card.days': '{0} jours', 'card.access': 'Accès', 'card.access_history': 'Accès dans le temps',
      'access.1': 'ne nous connaît pas', 'access.2': 'nous connaît de nom', 'access.3': 'connaît notre équipe',
      'access.4': 'connaît nos sujets', 'access.5': 'répond à nos appels' }
  });

  function section(title, rows) {
    return [app.el('h3', { text: title }), rows.length ? app.el('ul', {}, rows.map(function (r) {
      return app.el('li', { text: r });
    })) : app.el('p', { class: 'muted', text: t('card.none') })];
  }

  // "4 — knows our issues": the score with what it means.
  function access(score) { return score + ' — ' + t('access.' + score); }

  function facts(s, node, card) {
    var held = card.stewardship || {}, rating = (card.access || [])[0];
    var rows = [[t('card.function'), s.function], [t('card.organisation'), s.organisationName],
      [t('card.category'), app.word('category', s.category)], [t('card.power'), s.power],
      [t('card.stance'), app.word('stance', s.stance)],
      [t('card.access'), rating ? access(rating.score) + ' (' + app.date(rating.ratedOn) + ')' : null],
      [t('card.owner'), held.ownerName || (held.cadenceDays ? t('card.nobody') : null)],
      [t('card.cadence'), held.cadenceDays ? app.format('card.days', held.cadenceDays) : null],
      [t('card.engagement'), node ? node.engagement : null],
      [t('card.last'), node && node.lastContact ? app.date(node.lastContact) : '—']];
    return app.el('table', {}, rows.filter(function (r) { return r[1] !== null && r[1] !== undefined && r[1] !== ''; }).map(function (r) {
      return app.el('tr', {}, [app.el('th', { scope: 'row', text: r[0] }), app.el('td', { text: String(r[1]) })]);
    }));
  }

  function render(card, paths) {
    var s = card.stakeholder, box = document.getElementById('card'), node = byId[s.id];
    var close = app.el('button', { type: 'button', class: 'no-print button secondary', text: t('card.close') });
    close.addEventListener('click', hide);
    var parts = [app.el('h2', { text: node ? node.label : s.name }), close, facts(s, node, card)];
    if ((card.access || []).length) {
      parts = parts.concat(section(t('card.access_history'), card.access.map(function (a) {
        return app.date(a.ratedOn) + ' — ' + access(a.score) + (a.evidence ? ' — ' + a.evidence : '');
      })));
    }
    parts = parts.concat(section(t('card.history'), card.history.map(function (h) {
      return app.format('card.was', h.power, app.word('stance', h.stance), app.word('category', h.category))
        + (h.validUntil ? ' ' + app.format('card.until', app.date(h.validUntil.slice(0, 10))) : '');
    })));
    parts = parts.concat(section(t('card.interactions'), card.lastInteractions.map(function (i) {
      // Who made it when it was not the coalition, and a meeting not held (planned or cancelled) says so.
      return app.date(i.occurredOn) + ' — ' + (i.kind ? app.word('kind', i.kind) + ' — ' : '') + i.title
        + (i.organisationId ? ' — ' + (byId[i.organisationId] ? byId[i.organisationId].label : i.organisation || '') : '')
        + (i.status && i.status !== 'held' ? ' (' + app.word('meeting', i.status) + ')' : '');
    })));
    parts = parts.concat(section(t('card.commitments'), card.commitments.map(function (c) {
      return c.description + ' (' + app.word('status', c.status) + (c.dueOn ? ', ' + app.format('card.due', app.date(c.dueOn)) : '') + ')';
    })));
    parts = parts.concat(section(t('card.positions'), card.positions.map(function (p) {
      return p.demand.code + ' ' + p.demand.title + ' — ' + (p.current ? app.word('level', p.current.level) + ' ('
        + app.date(p.current.statedOn) + ')' : t('card.no_position'));
    })));
    parts.push(app.el('h3', { text: t('card.paths') }));
    parts.push(paths.length ? app.el('ol', { class: 'paths' }, paths.map(function (p) {
      return app.el('li', { text: p.explanation });
    })) : app.el('p', { class: 'muted', text: t('card.no_path') }));
    box.replaceChildren.apply(box, parts);
    box.hidden = false;
    box.dataset.stakeholder = s.id;
    box.focus();
    onPaths(paths);
  }

  function open(id) {
    returnTo = document.activeElement;
    document.querySelectorAll('.mark.selected').forEach(function (g) { g.classList.remove('selected'); });
    document.querySelectorAll('.mark[data-id="' + id + '"]').forEach(function (g) { g.classList.add('selected'); });
    Promise.all([app.api('map/stakeholders/' + id), app.api('map/paths?to=' + id + '&limit=5')])
      .then(function (r) { render(r[0], r[1]); }).catch(app.fail);
  }

  // Escape or Close hides the card, unlights the paths and gives the focus back to where the card was opened from.
  function hide() {
    var box = document.getElementById('card');
    box.hidden = true;
    delete box.dataset.stakeholder;
    onPaths(null);
    if (returnTo && returnTo.focus) { returnTo.focus(); }
  }

  window.mapCard = {
    init: function (nodes, pathsShown) {
      byId = nodes; onPaths = pathsShown;
      document.getElementById('card').addEventListener('keydown', function (e) { if (e.key === 'Escape') { hide(); } });
    },
    open: open
  };
}());
