// A stakeholder's card on the map page: who they are, stance and power over time, last interactions,
// commitments, positions on each demand, and the influence paths to them explained in words.
(function () {
  'use strict';
  var t, format, byId, returnTo;

  function section(title, rows) {
    return [app.el('h3', { text: title }), rows.length ? app.el('ul', {}, rows.map(function (r) {
      return app.el('li', { text: r });
    })) : app.el('p', { class: 'muted', text: t('card.none') })];
  }

  function facts(s, node) {
    var rows = [[t('card.function'), s.function], [t('card.organisation'), s.organisationName],
      [t('card.category'), t('category.' + s.category)], [t('card.power'), s.power], [t('card.stance'), s.stance],
      [t('card.engagement'), node ? node.engagement : ''], [t('card.last'), node && node.lastContact ? app.date(node.lastContact) : '—']];
    return app.el('table', {}, rows.filter(function (r) { return r[1] !== null && r[1] !== undefined; }).map(function (r) {
      return app.el('tr', {}, [app.el('th', { text: r[0] }), app.el('td', { text: String(r[1]) })]);
    }));
  }

  function render(card, paths) {
    var s = card.stakeholder, box = document.getElementById('card'), node = byId[s.id];
    var close = app.el('button', { type: 'button', class: 'no-print', text: t('card.close') });
    close.addEventListener('click', hide);
    var parts = [app.el('h2', { text: node ? node.label : s.name }), close, facts(s, node)];
    parts = parts.concat(section(t('card.history'), card.history.map(function (h) {
      return t('card.power') + ' ' + h.power + ', ' + t('card.stance') + ' ' + h.stance + ' (' + t('category.' + h.category)
        + ') ' + t('card.until') + ' ' + app.date((h.validUntil || '').slice(0, 10));
    })));
    parts = parts.concat(section(t('card.interactions'), card.lastInteractions.map(function (i) {
      return app.date(i.occurredOn) + ' — ' + i.title;
    })));
    parts = parts.concat(section(t('card.commitments'), card.commitments.map(function (c) {
      return c.description + ' (' + c.status + (c.dueOn ? ', ' + app.date(c.dueOn) : '') + ')';
    })));
    parts = parts.concat(section(t('card.positions'), card.positions.map(function (p) {
      return p.demand.code + ' ' + p.demand.title + ' — ' + (p.current ? p.current.level.replace(/_/g, ' ') + ' ('
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
  }

  function open(id) {
    returnTo = document.activeElement;
    document.querySelectorAll('.mark.selected').forEach(function (g) { g.classList.remove('selected'); });
    document.querySelectorAll('.mark[data-id="' + id + '"]').forEach(function (g) { g.classList.add('selected'); });
    Promise.all([app.api('map/stakeholders/' + id), app.api('map/paths?to=' + id + '&limit=5')])
      .then(function (r) { render(r[0], r[1]); }).catch(app.fail);
  }

  // Escape closes the card and gives the focus back to the mark it was opened from.
  function hide() {
    var box = document.getElementById('card');
    box.hidden = true;
    delete box.dataset.stakeholder;
    if (returnTo && returnTo.focus) { returnTo.focus(); }
  }

  window.mapCard = {
    init: function (translate, formatter, nodes) {
      t = translate; format = formatter; byId = nodes;
      document.getElementById('card').addEventListener('keydown', function (e) { if (e.key === 'Escape') { hide(); } });
    },
    open: open
  };
}());
