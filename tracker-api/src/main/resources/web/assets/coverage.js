// Press coverage from GET …/coverage, drawn as SVG by this script: no chart library, nothing from a CDN.
(function () {
  'use strict';
  var t = app.translate({
    en: { 'coverage.title': 'Press coverage', 'coverage.over_time': 'Items per month', 'coverage.outlets': 'Outlets',
      'coverage.tone': 'Tone', 'coverage.by_scope': 'Per theme and demand', 'coverage.scope': 'Theme or demand',
      'coverage.items': 'Items', 'coverage.reach': 'Reach', 'coverage.quoted': 'Quoted',
      'coverage.summary': '{items} items; known reach {reach}; {unknown} without reach.', 'coverage.none': 'No press item yet.',
      'coverage.window':
        'Published from {from} to {to} (at most {years} years); {outside} items outside are not counted.',
      'favourable': 'favourable', 'neutral': 'neutral', 'unfavourable': 'unfavourable', 'mixed': 'mixed',
      'error.token': 'Open this page with an adviser or coordinator token (…/coverage#token=…).',
      'error.role': 'Coverage names the people quoted: it needs an adviser or coordinator token.' },
    fr: { 'coverage.title': 'Couverture presse', 'coverage.over_time': 'Articles par mois',
      'coverage.outlets': 'Médias', 'coverage.tone': 'Ton', 'coverage.by_scope': 'Par thème et revendication',
      'coverage.scope': 'Thème ou revendication', 'coverage.items': 'Articles', 'coverage.reach': 'Audience',
      'coverage.quoted': 'Personnes citées',
      'coverage.summary': '{items} articles ; audience connue {reach} ; {unknown} sans audience connue.',
      'coverage.none': 'Aucun article pour l’instant.',
      'coverage.window': 'Publiés du {from} au {to} (au plus {years} ans) ; '
        + '{outside} articles hors de cette période ne sont pas comptés.',
      'favourable': 'favorable', 'neutral': 'neutre', 'unfavourable': 'défavorable', 'mixed': 'mitigé',
      'error.token': 'Ouvrez cette page avec un jeton de conseil ou de coordination (…/coverage#token=…).',
      'error.role': 'La couverture nomme les personnes citées : il faut un jeton de conseil ou de coordination.' }
  });
  var number = new Intl.NumberFormat(app.lang === 'fr' ? 'fr-FR' : 'en-GB');

  // Vertical bars, one per key, labelled under the axis; the title of each bar gives its exact value.
  function columns(counts, width, height, labels) {
    var keys = Object.keys(counts);
    var max = Math.max.apply(null, keys.map(function (k) { return counts[k]; }).concat([1]));
    var step = width / Math.max(keys.length, 1);
    var chart = app.svg('svg', { class: 'chart', viewBox: '0 0 ' + width + ' ' + (height + (labels ? 16 : 0)),
      width: String(width), height: String(height + (labels ? 16 : 0)), role: 'img' });
    keys.forEach(function (k, i) {
      var h = Math.round((counts[k] / max) * (height - 2));
      var bar = app.svg('rect', { class: 'bar', x: String(i * step + 1), y: String(height - h),
        width: String(Math.max(step - 2, 1)), height: String(h) });
      var title = app.svg('title', {});
      title.textContent = k + ': ' + counts[k];
      bar.appendChild(title);
      chart.appendChild(bar);
      if (labels && (keys.length <= 12 || i % Math.ceil(keys.length / 12) === 0)) {
        var label = app.svg('text', { x: String(i * step + 1), y: String(height + 12) });
        label.textContent = k;
        chart.appendChild(label);
      }
    });
    return chart;
  }

  // Horizontal bars with their label and count, for outlets and tones.
  function rows(counts, translate) {
    var keys = Object.keys(counts);
    if (!keys.length) { return app.el('p', { class: 'muted', text: t('coverage.none') }); }
    var max = Math.max.apply(null, keys.map(function (k) { return counts[k]; }));
    var chart = app.svg('svg', { class: 'chart', viewBox: '0 0 480 ' + keys.length * 20, width: '480',
      height: String(keys.length * 20), role: 'img' });
    keys.forEach(function (k, i) {
      var label = app.svg('text', { x: '0', y: String(i * 20 + 14) });
      label.textContent = (translate ? t(k) : k) + ' (' + counts[k] + ')';
      chart.appendChild(label);
      chart.appendChild(app.svg('rect', { class: 'bar', x: '220', y: String(i * 20 + 4),
        width: String(Math.max(Math.round(counts[k] / max * 250), 1)), height: '12' }));
    });
    return chart;
  }

  function scopeRow(c, indent) {
    return app.el('tr', {}, [
      app.el('td', { text: (indent ? '\u2003' : '') + c.code + ' ' + c.title }),
      app.el('td', { text: String(c.items) }),
      app.el('td', { text: c.items ? number.format(c.reach) + (c.reachUnknown ? ' +?' : '') : '' }),
      app.el('td', {}, [c.items ? columns(c.byMonth, 120, 20, false) : null]),
      app.el('td', { text: Object.keys(c.quoted).map(function (q) { return q + ' (' + c.quoted[q] + ')'; }).join(', ') })
    ]);
  }

  app.api('coverage').then(function (report) {
    var total = report.total;
    document.getElementById('summary').textContent = t('coverage.summary').replace('{items}', total.items)
      .replace('{reach}', number.format(total.reach)).replace('{unknown}', total.reachUnknown);
    var w = report.window;
    if (w && w.outside > 0) {
      document.getElementById('summary').textContent += ' ' + t('coverage.window').replace('{from}', w.from)
        .replace('{to}', w.to).replace('{years}', w.maxYears).replace('{outside}', w.outside);
    }
    document.getElementById('months').appendChild(total.items ? columns(total.byMonth, 640, 120, true)
      : app.el('p', { class: 'muted', text: t('coverage.none') }));
    document.getElementById('outlets').appendChild(rows(total.outlets, false));
    document.getElementById('tones').appendChild(rows(total.tones, true));
    var body = document.querySelector('#scopes tbody');
    report.themes.forEach(function (theme) {
      body.appendChild(scopeRow(theme, false));
      report.demands.filter(function (d) { return d.themeCode === theme.code; })
        .forEach(function (d) { body.appendChild(scopeRow(d, true)); });
    });
    document.body.dataset.state = 'ready';
  }).catch(app.fail);
}());
