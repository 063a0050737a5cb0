// The demand × direct-target ledger: the matrix, per-theme rollups and the timeline, from GET …/ledger.
(function () {
  'use strict';
  var t = app.translate({
    en: { 'nav': 'Pages', 'nav.home': 'Overview', 'nav.map': 'Map', 'nav.ledger': 'Ledger', 'nav.coverage': 'Coverage',
      'ledger.title': 'Demand × target ledger', 'ledger.intro': 'Each direct target’s current position on each demand; ↩ marks a backtrack.',
      'ledger.demand': 'Demand', 'ledger.best': 'Best position', 'ledger.themes': 'Per theme',
      'ledger.timeline': 'Timeline of changes', 'ledger.demands': 'demands', 'ledger.backtracks': 'with a backtrack',
      'ledger.first': 'first position', 'ledger.none': 'No position recorded yet.',
      'unknown': 'unknown', 'opposed': 'opposed', 'hesitant': 'hesitant', 'supportive': 'supportive',
      'committed_verbally': 'committed verbally', 'committed_in_writing': 'committed in writing',
      'implemented': 'implemented', 'backtracked': 'backtracked',
      'error.token': 'Open this page with an adviser or coordinator token (…/ledger#token=…).',
      'error.role': 'The ledger names people: it needs an adviser or coordinator token.' },
    fr: { 'nav': 'Pages', 'nav.home': 'Vue d’ensemble', 'nav.map': 'Cartographie', 'nav.ledger': 'Registre',
      'nav.coverage': 'Couverture presse', 'ledger.title': 'Registre revendications × cibles',
      'ledger.intro': 'Position actuelle de chaque cible directe sur chaque revendication ; ↩ marque un retour en arrière.',
      'ledger.demand': 'Revendication', 'ledger.best': 'Meilleure position', 'ledger.themes': 'Par thème',
      'ledger.timeline': 'Chronologie des changements', 'ledger.demands': 'revendications',
      'ledger.backtracks': 'avec un retour en arrière', 'ledger.first': 'première position',
      'ledger.none': 'Aucune position enregistrée.',
      'unknown': 'inconnue', 'opposed': 'opposé', 'hesitant': 'hésitant', 'supportive': 'favorable',
      'committed_verbally': 'engagement oral', 'committed_in_writing': 'engagement écrit',
      'implemented': 'mis en œuvre', 'backtracked': 'revenu en arrière',
      'error.token': 'Ouvrez cette page avec un jeton de conseil ou de coordination (…/ledger#token=…).',
      'error.role': 'Le registre nomme des personnes : il faut un jeton de conseil ou de coordination.' }
  });

  function matrix(ledger) {
    var head = document.querySelector('#matrix thead tr');
    ledger.targets.forEach(function (target) { head.appendChild(app.el('th', { text: target.label })); });
    var body = document.querySelector('#matrix tbody');
    var theme = null;
    ledger.rows.forEach(function (row) {
      if (row.themeCode !== theme) {
        theme = row.themeCode;
        body.appendChild(app.el('tr', { class: 'theme' }, [app.el('th', { colspan: String(2 + ledger.targets.length), text: theme })]));
      }
      var cells = [app.el('td', { text: row.code + ' ' + row.title }), app.el('td', { class: 'level best', text: t(row.best) })];
      ledger.targets.forEach(function (target) {
        var cell = row.cells.filter(function (c) { return c.targetId === target.id; })[0];
        cells.push(cell ? app.el('td', {
          class: 'level' + (cell.backtrack ? ' backtrack' : ''),
          title: app.date(cell.statedOn) + (cell.evidence ? ' — ' + cell.evidence : ''),
          text: (cell.backtrack ? '↩ ' : '') + t(cell.level)
        }) : app.el('td', {}));
      });
      body.appendChild(app.el('tr', {}, cells));
    });
  }

  function themes(ledger) {
    var list = document.getElementById('themes');
    ledger.themes.forEach(function (theme) {
      var parts = Object.keys(theme.byBest).reverse().map(function (level) { return theme.byBest[level] + ' ' + t(level); });
      list.appendChild(app.el('li', { text: theme.code + ' ' + theme.title + ' — ' + theme.demands + ' ' + t('ledger.demands')
        + (parts.length ? ' : ' + parts.join(', ') : '') + (theme.backtracks ? ' — ↩ ' + theme.backtracks + ' ' + t('ledger.backtracks') : '') }));
    });
  }

  function timeline(ledger) {
    var list = document.getElementById('timeline');
    if (!ledger.timeline.length) { list.appendChild(app.el('li', { text: t('ledger.none') })); }
    ledger.timeline.forEach(function (c) {
      list.appendChild(app.el('li', { class: c.backtrack ? 'backtrack' : '', text: app.date(c.on) + ' — ' + c.demandCode + ' — '
        + c.target + ' : ' + (c.from ? t(c.from) : t('ledger.first')) + ' → ' + (c.backtrack ? '↩ ' : '') + t(c.to)
        + (c.evidence ? ' (' + c.evidence + ')' : '') }));
    });
  }

  app.api('ledger').then(function (ledger) {
    matrix(ledger);
    themes(ledger);
    timeline(ledger);
    document.body.dataset.state = 'ready';
  }).catch(app.fail);
}());
