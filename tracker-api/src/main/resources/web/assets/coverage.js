// Press coverage from GET …/coverage, what the campaign sent and what it led to (…/outreach), and the mobilisation
// counts (…/mobilisations): bars drawn in HTML (readable at any width, text a screen reader reads), a
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
      'coverage.window': 'Published from {0} to {1} (at most {2} years); {3} items outside are not counted.',
      'coverage.outreach': 'What the campaign sent, and the coverage it led to', 'coverage.sent_on': 'Sent on',
      'coverage.send': 'Send', 'coverage.led_to': 'Coverage it led to', 'coverage.days': 'Days to the first item',
      'coverage.not_reached': 'Outlets not reached', 'coverage.no_outreach': 'No send to the press recorded yet.',
      'coverage.no_item': 'none traced yet', 'coverage.days_n': '{0} days', 'coverage.mobilisation': 'Mobilisation',
      'coverage.mobilisation_title': 'Petition, appeal or letters', 'coverage.launched': 'Launched',
      'coverage.count': 'Latest count', 'coverage.counts': 'Counts over time', 'coverage.delivered': 'Delivered',
      'coverage.no_mobilisation': 'No petition, joint appeal or letter campaign yet.', 'coverage.not_delivered': 'not yet',
      'coverage.count_on': '{0} on {1}', 'coverage.counts_words': 'Counts: {0}.', 'coverage.all_reached': 'all reached' },
    fr: { 'coverage.title': 'Couverture presse', 'coverage.over_time': 'Articles par mois',
      'coverage.outlets': 'Médias', 'coverage.tone': 'Ton', 'coverage.by_scope': 'Par thème et revendication',
      'coverage.scope': 'Thème ou revendication', 'coverage.items': 'Articles', 'coverage.reach': 'Audience',
      'coverage.quoted': 'Personnes citées',
      'coverage.summary.all_unknown': '{0} articles ; leur audience est inconnue (aucune audience enregistrée).',
      'coverage.summary': '{0} articles, pour une audience d’au moins {1} personnes.',
      'coverage.summary.some_unknown': '{0} articles, pour une audience d’au moins {1} personnes ; l’audience de {2} d’entre eux est inconnue.',
      'coverage.none': 'Aucun article pour l’instant.', 'coverage.unknown': 'inconnue',
      'coverage.plus_unknown': '{0} + {1} inconnues', 'coverage.per_month': 'Articles par mois : {0}.',
      'coverage.window': 'Publiés du {0} au {1} (au plus {2} ans) ; {3} articles hors de cette période ne sont pas comptés.',
      'coverage.outreach': 'Ce que la campagne a envoyé, et les retombées obtenues', 'coverage.sent_on': 'Envoyé le',
      'coverage.send': 'Envoi', 'coverage.led_to': 'Retombées obtenues', 'coverage.days': 'Jours jusqu’au premier article',
      'coverage.not_reached': 'Médias sans retombée', 'coverage.no_outreach': 'Aucun envoi à la presse enregistré pour l’instant.',
      'coverage.no_item': 'aucune retombée rattachée pour l’instant', 'coverage.days_n': '{0} jours',
      'coverage.mobilisation': 'Mobilisation', 'coverage.mobilisation_title': 'Pétition, appel ou lettres',
      'coverage.launched': 'Lancée le', 'coverage.count': 'Dernier décompte', 'coverage.counts': 'Évolution',
      'coverage.delivered': 'Remise', 'coverage.no_mobilisation': 'Aucune pétition, aucun appel commun ni campagne de lettres pour l’instant.',
      'coverage.not_delivered': 'pas encore', 'coverage.count_on': '{0} au {1}', 'coverage.counts_words': 'Décomptes : {0}.',
      'coverage.all_reached': 'tous ont repris' }
  });
  var n = app.number.format;

  function inWords(counts) {
    return Object.keys(counts).map(function (k) { return app.month(k) + ' ' + counts[k]; }).join(', ');
  }

  // One column per month, its count above; month names under every column, or every few when there are many or the
  // screen is narrow.
  function months(counts) {
    var keys = Object.keys(counts);
    var max = Math.max.apply(null, keys.map(function (k) { return counts[k]; }).concat([1]));
    // A month name needs about 64 px: on a phone, name every second or third month rather than overlap them.
    // (the page may still be hidden while it loads: then the window's width stands for it)
    var room = document.getElementById('months').clientWidth || document.documentElement.clientWidth;
    var every = Math.max(Math.ceil(keys.length / 8), Math.ceil(keys.length * 64 / room));
    var chart = app.el('div', { class: 'months', role: 'img', 'aria-label': app.format('coverage.per_month', inWords(counts)) },
      keys.map(function (k) {
        var bar = app.el('span', { class: 'bar' });
        bar.style.height = (counts[k] / max * 85) + '%';
        return app.el('span', { class: 'col' }, [app.el('span', { class: 'n', text: counts[k] ? n(counts[k]) : '' }), bar]);
      }));
    var labels = app.el('div', { class: every > 1 ? 'month-labels sparse' : 'month-labels', 'aria-hidden': 'true' }, keys.map(function (k, i) {
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

  function emptyRow(body, columns, key) {
    body.appendChild(app.el('tr', {}, [app.el('td', { colspan: String(columns), class: 'muted', text: t(key) })]));
  }

  // One row per send: what it was, the items that name it (date, outlet, title), the days to the first, and the
  // outlets it went to that have not covered it.
  function outreach(sends) {
    var body = document.querySelector('#outreach tbody');
    if (!sends.length) { emptyRow(body, 5, 'coverage.no_outreach'); }
    sends.forEach(function (o) {
      var c = o.coverage || {};
      var items = (c.items || []).map(function (i) {
        return app.el('li', { text: app.date(i.publishedOn) + ' — ' + i.outlet + ' — ' + i.title });
      });
      body.appendChild(app.el('tr', {}, [
        app.el('td', { 'data-label': t('coverage.sent_on'), text: app.date(o.sentOn) }),
        app.el('th', { scope: 'row' }, [o.title, app.el('span', { class: 'muted block', text: app.word('outreach', o.kind) })]),
        app.el('td', { 'data-label': t('coverage.led_to') }, [items.length ? app.el('ul', { class: 'items' }, items)
          : app.el('span', { class: 'muted', text: t('coverage.no_item') })]),
        app.el('td', { 'data-label': t('coverage.days'),
          text: c.daysToCoverage == null ? '' : app.format('coverage.days_n', n(c.daysToCoverage)) }),
        app.el('td', { 'data-label': t('coverage.not_reached'), text: (c.notReached || []).length ? c.notReached.join(', ')
          : ((o.outlets || []).length && items.length ? t('coverage.all_reached') : '') })
      ]));
    });
  }

  function countSpark(counts) {
    var byDay = {};
    counts.forEach(function (c) { byDay[c.on] = c.count; });
    var chart = spark(byDay);
    chart.setAttribute('aria-label', app.format('coverage.counts_words', counts.map(function (c) {
      return app.format('coverage.count_on', n(c.count), app.date(c.on));
    }).join(', ')));
    return chart;
  }

  function mobilisations(items) {
    var body = document.querySelector('#mobilisations tbody');
    if (!items.length) { emptyRow(body, 5, 'coverage.no_mobilisation'); }
    items.forEach(function (m) {
      var counts = m.counts || [];
      var last = counts.length ? counts[counts.length - 1] : null;
      body.appendChild(app.el('tr', {}, [
        app.el('th', { scope: 'row' }, [m.title, app.el('span', { class: 'muted block', text: app.word('mobilisation', m.kind) })]),
        app.el('td', { 'data-label': t('coverage.launched'), text: app.date(m.launchedOn) }),
        app.el('td', { 'data-label': t('coverage.count'),
          text: last ? app.format('coverage.count_on', n(last.count), app.date(last.on)) : '' }),
        app.el('td', { 'data-label': t('coverage.counts') }, [counts.length > 1 ? countSpark(counts) : null]),
        app.el('td', { 'data-label': t('coverage.delivered'), text: m.delivery ? app.date(m.delivery.on) : t('coverage.not_delivered') })
      ]));
    });
  }

  var sends = Promise.all([app.api('outreach?limit=100'), app.api('mobilisations?limit=100')]).then(function (r) {
    outreach(r[0].items || []);
    mobilisations(r[1].items || []);
  });

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
    return sends;
  }).then(app.ready).catch(app.fail);
}());
