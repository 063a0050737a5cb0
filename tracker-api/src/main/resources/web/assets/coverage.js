// Press coverage from GET …/coverage: bars drawn in HTML (readable at any width, text a screen reader reads), a
// small SVG per theme and demand with its values in words; no chart library, nothing from a CDN.
(function () {
  'use strict';
  var t = app.translate({
    en: { 'coverage.title': 'Press coverage', 'coverage.over_time': 'Items per month', 'coverage.outlets': 'Outlets',
      'coverage.tone': 'Tone', 'coverage.by_scope': 'Per theme and demand', 'coverage.scope': 'Theme or demand',
      'coverage.items': 'Items', 'coverage.reach': 'Reach', 'coverage.quoted': 'Quoted',
      'coverage.summary.all_unknown': '{0} press items; their audience is unknown (no reach recorded).',
      'coverage.summary': '{0} press items reaching {1} people or more.',
      'coverage.summary.some_unknown': '{0} press items reaching {1} people or more; the reach of {2} of them is unknown.',
      'coverage.none': 'No press item yet.', 'coverage.unknown': 'unknown', 'coverage.plus_unknown': '{0} + {1} unknown',
      'coverage.per_month': 'Items per month: {0}.',
      'coverage.window': 'Published from {0} to {1} (at most {2} years); {3} items outside are not counted.' },
    fr: { 'coverage.title': 'Couverture presse', 'coverage.over_time': 'Articles par mois',
      'coverage.outlets': 'Médias', 'coverage.tone': 'Ton', 'coverage.by_scope': 'Par thème et revendication',
      'coverage.scope': 'Thème ou revendication', 'coverage.items': 'Articles', 'coverage.reach': 'Audience',
      'coverage.quoted': 'Personnes citées',
      'coverage.summary.all_unknown': '{0} articles ; leur audience est inconnue (aucune audience enregistrée).',
      'coverage.summary': '{0} articles, pour une audience d’au moins {1} personnes.',
      'coverage.summary.some_unknown': '{0} articles, pour une audience d’au moins {1} personnes ; l’audience de {2} d’entre eux est inconnue.',
      'coverage.none': 'Aucun article pour l’instant.', 'coverage.unknown': 'inconnue',
      'coverage.plus_unknown': '{0} + {1} inconnues', 'coverage.per_month': 'Articles par mois : {0}.',
      'coverage.window': 'Publiés du {0} au {1} (au plus {2} ans) ; {3} articles hors de cette période ne sont pas comptés.' }
  });
  var n = app.number.format;

  function inWords(counts) {
    return Object.keys(counts).map(function (k) { return app.month(k) + ' ' + counts[k]; }).join(', ');
  }

  // One column per month, its count above; month names under every column, or every few when there are many.
  function months(counts) {
    var keys = Object.keys(counts);
    var max = Math.max.apply(null, keys.map(function (k) { return counts[k]; }).concat([1]));
    var every = Math.ceil(keys.length / 8);
    var chart = app.el('div', { class: 'months', role: 'img', 'aria-label': app.format('coverage.per_month', inWords(counts)) },
      keys.map(function (k) {
        var bar = app.el('span', { class: 'bar' });
        bar.style.height = (counts[k] / max * 85) + '%';
        return app.el('span', { class: 'col' }, [app.el('span', { class: 'n', text: counts[k] ? n(counts[k]) : '' }), bar]);
      }));
    var labels = app.el('div', { class: 'month-labels', 'aria-hidden': 'true' }, keys.map(function (k, i) {
      return app.el('span', { text: i % every === 0 ? app.month(k) : '' });
    }));
    return app.el('div', {}, [chart, labels]);
  }

  // Horizontal bars with their label and count, for outlets and tones.
  function bars(counts, word) {
    var keys = Object.keys(counts);
    if (!keys.length) { return app.el('p', { class: 'muted', text: t('coverage.none') }); }
    var max = Math.max.apply(null, keys.map(function (k) { return counts[k]; }));
    return app.el('ul', { class: 'bars' }, keys.map(function (k) {
      var bar = app.el('span', { class: 'bar', 'aria-hidden': 'true' });
      bar.style.width = (counts[k] / max * 100) + '%';
      return app.el('li', {}, [app.el('span', { text: (word ? word(k) : k) + ' (' + n(counts[k]) + ')' }), bar]);
    }));
  }

  function spark(counts) {
    var keys = Object.keys(counts);
    var max = Math.max.apply(null, keys.map(function (k) { return counts[k]; }).concat([1]));
    var step = 120 / Math.max(keys.length, 1);
    var chart = app.svg('svg', { class: 'spark', viewBox: '0 0 120 20', preserveAspectRatio: 'none', role: 'img',
      'aria-label': app.format('coverage.per_month', inWords(counts)) });
    keys.forEach(function (k, i) {
      var h = counts[k] / max * 19;
      chart.appendChild(app.svg('rect', { x: (i * step + 0.5).toFixed(1), y: (20 - h).toFixed(1),
        width: Math.max(step - 1, 1).toFixed(1), height: h.toFixed(1) }));
    });
    return chart;
  }

  function reach(c) {
    if (!c.items) { return ''; }
    if (c.reachUnknown >= c.items) { return t('coverage.unknown'); }
    return c.reachUnknown ? app.format('coverage.plus_unknown', n(c.reach), c.reachUnknown) : n(c.reach);
  }

  function scopeRow(c, theme) {
    return app.el('tr', { class: theme ? 'theme' : '' }, [
      app.el('th', { scope: 'row', class: theme ? '' : 'indent', text: c.code + ' ' + c.title }),
      app.el('td', { text: n(c.items) }),
      app.el('td', { text: reach(c) }),
      app.el('td', {}, [c.items ? spark(c.byMonth) : null]),
      app.el('td', { text: Object.keys(c.quoted).map(function (q) { return q + ' (' + c.quoted[q] + ')'; }).join(', ') })
    ]);
  }

  function summary(total) {
    if (!total.items) { return t('coverage.none'); }
    if (total.reachUnknown >= total.items) { return app.format('coverage.summary.all_unknown', n(total.items)); }
    return total.reachUnknown ? app.format('coverage.summary.some_unknown', n(total.items), n(total.reach), total.reachUnknown)
      : app.format('coverage.summary', n(total.items), n(total.reach));
  }

  app.api('coverage').then(function (report) {
    var total = report.total;
    var w = report.window;
    // The server counts at most ten years of press: say so when items were left out.
    document.getElementById('summary').textContent = summary(total) + (w && w.outside > 0
      ? ' ' + app.format('coverage.window', app.date(w.from), app.date(w.to), w.maxYears, n(w.outside)) : '');
    document.getElementById('months').appendChild(total.items ? months(total.byMonth)
      : app.el('p', { class: 'muted', text: t('coverage.none') }));
    document.getElementById('outlets').appendChild(bars(total.outlets));
    document.getElementById('tones').appendChild(bars(total.tones, function (k) { return app.word('tone', k); }));
    var body = document.querySelector('#scopes tbody');
    report.themes.forEach(function (theme) {
      body.appendChild(scopeRow(theme, true));
      report.demands.filter(function (d) { return d.themeCode === theme.code; })
        .forEach(function (d) { body.appendChild(scopeRow(d, false)); });
    });
    app.ready();
  }).catch(app.fail);
}());
