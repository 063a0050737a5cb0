// Campaign overview: the progress read model (the same one partners poll) as a table.
(function () {
  'use strict';
  var t = app.translate({
    en: { 'home.intro': 'Where each demand stands with its direct targets.', 'home.demand': 'Demand',
      'home.best': 'Best position', 'home.targets': 'Targets', 'error.token': 'Open this page with a valid token (…/home#token=…).',
      'error.role': 'Your token’s role may not see this page.' },
    fr: { 'home.intro': 'Où en est chaque revendication auprès de ses cibles directes.',
      'home.demand': 'Revendication', 'home.best': 'Meilleure position', 'home.targets': 'Cibles',
      'error.token': 'Ouvrez cette page avec un jeton valide (…/home#token=…).',
      'error.role': 'Le rôle de votre jeton ne permet pas de voir cette page.' }
  });
  app.api('progress').then(function (progress) {
    document.getElementById('title').textContent = progress.name || app.slug;
    var body = document.querySelector('#progress tbody');
    (progress.themes || []).forEach(function (theme) {
      body.appendChild(app.el('tr', { class: 'theme' }, [app.el('th', { colspan: '3', text: theme.code + ' ' + theme.title })]));
      (theme.demands || []).forEach(function (d) {
        body.appendChild(app.el('tr', {}, [
          app.el('td', { text: d.code + ' ' + d.title }),
          app.el('td', { text: d.best || '—' }),
          app.el('td', { text: (d.targets || []).map(function (s) { return s.name + ' (' + s.level + ')'; }).join(', ') })
        ]));
      });
    });
    document.body.dataset.state = 'ready';
  }).catch(app.fail);
}());
