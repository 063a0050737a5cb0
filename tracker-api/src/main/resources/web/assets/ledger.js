// The demand × direct-target ledger: the matrix, per-theme rollups and the timeline, from GET …/ledger.
(function () {
  'use strict';
  var t = app.translate({
    en: { 'ledger.title': 'Demand × target ledger', 'ledger.intro': 'Each direct target’s current position on each demand; ↩ marks a backtrack.',
      'ledger.demand': 'Demand', 'ledger.best': 'Best position', 'ledger.themes': 'Per theme',
      'ledger.timeline': 'Timeline of changes', 'ledger.demands.1': '1 demand', 'ledger.demands': '{0} demands',
      'ledger.backtracks': '↩ {0} with a backtrack', 'ledger.first': 'first position', 'ledger.none': 'No position recorded yet.',
      'ledger.silent': 'No position recorded yet for: {0}.', 'ledger.list': '{0}: {1}', 'ledger.change': '{0} — {1} — {2}: {3} → {4}' },
    fr: { 'ledger.title': 'Registre revendications × cibles',
      'ledger.intro': 'Position actuelle de chaque cible directe sur chaque revendication ; ↩ marque un retour en arrière.',
      'ledger.demand': 'Revendication', 'ledger.best': 'Meilleure position', 'ledger.themes': 'Par thème',
      'ledger.timeline': 'Chronologie des changements', 'ledger.demands.1': '1 revendication',
      'ledger.demands': '{0} revendications', 'ledger.backtracks': '↩ {0} avec un retour en arrière',
      'ledger.first': 'première position', 'ledger.none': 'Aucune position enregistrée.',
      'ledger.silent': 'Aucune position enregistrée pour : {0}.', 'ledger.list': '{0} : {1}',
      'ledger.change': '{0} — {1} — {2} : {3} → {4}' }
  });
  var ORDER = ['implemented', 'committed_in_writing', 'committed_verbally', 'supportive', 'hesitant', 'opposed',
    'backtracked', 'unknown'];

  // Targets with no position at all would be empty columns: they are named under the table instead.
  function matrix(ledger) {
    var speaking = {};
    ledger.rows.forEach(function (row) { row.cells.forEach(function (c) { speaking[c.targetId] = true; }); });
    var targets = ledger.targets.filter(function (target) { return speaking[target.id]; });
    var silent = ledger.targets.filter(function (target) { return !speaking[target.id]; });
    document.getElementById('silent').textContent = silent.length
      ? app.format('ledger.silent', silent.map(function (s) { return s.label; }).join(', ')) : '';
    var head = document.querySelector('#matrix thead tr');
    targets.forEach(function (target) { head.appendChild(app.el('th', { scope: 'col', text: target.label })); });
    var titles = {};
    ledger.themes.forEach(function (th) { titles[th.code] = th.title; });
    var body = document.querySelector('#matrix tbody');
    var theme = null;
    ledger.rows.forEach(function (row) {
      if (row.themeCode !== theme) {
        theme = row.themeCode;
        body.appendChild(app.el('tr', { class: 'theme' }, [app.el('th', { scope: 'colgroup',
          colspan: String(2 + targets.length), text: theme + ' — ' + (titles[theme] || '') })]));
      }
      var cells = [app.el('th', { scope: 'row', class: 'demand', text: row.code + ' ' + row.title }),
        app.el('td', { class: 'level best', text: app.word('level', row.best) })];
      targets.forEach(function (target) {
        var cell = row.cells.filter(function (c) { return c.targetId === target.id; })[0];
        cells.push(cell ? app.el('td', {
          class: 'level' + (cell.backtrack ? ' backtrack' : ''), title: app.date(cell.statedOn),
          text: (cell.backtrack ? '↩ ' : '') + app.word('level', cell.level)
        }) : app.el('td', {}));
      });
      body.appendChild(app.el('tr', {}, cells));
    });
  }

  function themes(ledger) {
    var list = document.getElementById('themes');
    ledger.themes.forEach(function (theme) {
      var parts = ORDER.filter(function (level) { return theme.byBest[level]; })
        .map(function (level) { return app.counted(theme.byBest[level], 'level', level); });
      var count = theme.demands === 1 ? t('ledger.demands.1') : app.format('ledger.demands', theme.demands);
      list.appendChild(app.el('li', { text: theme.code + ' ' + theme.title + ' — '
        + (parts.length ? app.format('ledger.list', count, parts.join(', ')) : count)
        + (theme.backtracks ? ' — ' + app.format('ledger.backtracks', theme.backtracks) : '') }));
    });
  }

  function timeline(ledger) {
    var list = document.getElementById('timeline');
    if (!ledger.timeline.length) { list.appendChild(app.el('li', { text: t('ledger.none') })); }
    ledger.timeline.forEach(function (c) {
      list.appendChild(app.el('li', { class: c.backtrack ? 'backtrack' : '', text: app.format('ledger.change',
        app.date(c.on), c.demandCode, c.target, c.from ? app.word('level', c.from) : t('ledger.first'),
        (c.backtrack ? '↩ ' : '') + app.word('level', c.to)) }));
    });
  }

  app.api('ledger').then(function (ledger) {
    matrix(ledger);
    themes(ledger);
    timeline(ledger);
    app.ready();
  }).catch(app.fail);
}());
