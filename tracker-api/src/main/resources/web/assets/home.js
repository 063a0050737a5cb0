// The overview, also the partner dashboard: the progress read model (what partners may read), the next milestones
// and the latest press. Targets read by function and organisation; advisers and coordinators also see names.
(function () {
  'use strict';
  var t = app.translate({
    en: { 'home.title': 'Overview', 'home.progress': 'Progress by theme and demand', 'home.milestones': 'Next milestones',
      'home.press': 'Latest coverage', 'home.deadline': 'Deadline: {0}, {1}.', 'home.deadline_date': 'Deadline: {0}.', 'home.last': 'Last recorded activity: {0}.',
      'home.best': 'Best position:', 'home.target': '{0}: ', 'home.since': 'since {0}', 'home.no_target': 'No target has taken a position yet.',
      'home.tally': '{0} demands, by best position: {1}.', 'home.done': '{0} of {1} milestones done.',
      'home.planned_for': 'planned for {0}', 'home.passed': 'date passed', 'home.no_milestone': 'No milestone planned.',
      'home.no_press': 'No press item yet.', 'home.more_press': 'All coverage', 'home.mobilisation': 'Mobilisation',
      'home.no_mobilisation': 'No petition, joint appeal or letter campaign yet.',
      'home.count': '{0} signatures as of {1}', 'home.no_count': 'no count yet', 'home.delivered': 'delivered on {0}',
      'home.agenda': 'Meetings planned', 'home.no_agenda': 'No meeting planned in the next {0} days.',
      'home.coalition': 'the coalition', 'home.goes': '{0} goes', 'home.overdue': 'date passed: held or cancelled?',
      'home.double_ask': 'Double ask: {0} meets them on {1}.', 'home.raise': 'To raise: {0}' },
    fr: { 'home.title': 'Vue d’ensemble', 'home.progress': 'Avancement par thème et revendication',
      'home.milestones': 'Prochains jalons', 'home.press': 'Dernières retombées presse',
      'home.deadline': 'Échéance : {0}, le {1}.', 'home.deadline_date': 'Échéance : {0}.', 'home.last': 'Dernière activité enregistrée : {0}.',
      'home.best': 'Meilleure position :', 'home.target': '{0} : ', 'home.since': 'depuis le {0}',
      'home.no_target': 'Aucune cible n’a encore pris position.',
      'home.tally': '{0} revendications, par meilleure position : {1}.', 'home.done': '{0} jalons sur {1} réalisés.',
      'home.planned_for': 'prévu le {0}', 'home.passed': 'date dépassée', 'home.no_milestone': 'Aucun jalon prévu.',
      'home.no_press': 'Aucun article pour l’instant.', 'home.more_press': 'Toute la couverture',
      'home.mobilisation': 'Mobilisation', 'home.no_mobilisation': 'Aucune pétition, aucun appel commun ni campagne de lettres pour l’instant.',
      'home.count': '{0} signatures au {1}', 'home.no_count': 'pas encore de décompte', 'home.delivered': 'remise le {0}',
      'home.agenda': 'Rencontres prévues', 'home.no_agenda': 'Aucune rencontre prévue dans les {0} prochains jours.',
      'home.coalition': 'la coalition', 'home.goes': 'y va : {0}', 'home.overdue': 'date passée : tenue ou annulée ?',
      'home.double_ask': 'Double sollicitation : {0} les rencontre le {1}.', 'home.raise': 'À porter : {0}' }
  });
  var LEVELS = ['implemented', 'committed_in_writing', 'committed_verbally', 'supportive', 'hesitant', 'opposed',
    'backtracked', 'unknown'];

  function badge(level) {
    return app.el('span', { class: 'badge level-' + level, text: app.word('level', level) });
  }

  // "Directeur général, CNAF" for everyone; "Nicolas Grivel — Directeur général, CNAF" when the name may be read.
  function who(target, names) {
    var role = [target.function, target.organisation].filter(Boolean).join(', ');
    var name = names[target.stakeholderId] || (target.kind === 'organisation' ? target.name : null);
    if (name && target.kind === 'organisation') { return name; }
    return name ? name + (role ? ' — ' + role : '') : (role || target.name || '');
  }

  function demand(d, names) {
    var targets = (d.targets || []).map(function (s) {
      return app.el('li', {}, [app.format('home.target', who(s, names)), badge(s.level),
        s.since ? ' ' + app.format('home.since', app.date(s.since)) : null]);
    });
    return app.el('li', {}, [
      app.el('div', { class: 'demand-title', text: d.code + ' ' + d.title }),
      app.el('div', { class: 'demand-best' }, [t('home.best') + ' ', badge(d.best || 'unknown')]),
      targets.length ? app.el('ul', { class: 'targets' }, targets) : app.el('div', { class: 'muted', text: t('home.no_target') })
    ]);
  }

  function progress(p, names, info) {
    var facts = [info.objective];
    if (p.deadline) {
      facts.push(info.deadlineLabel ? app.format('home.deadline', info.deadlineLabel, app.date(p.deadline, true))
        : app.format('home.deadline_date', app.date(p.deadline, true)));
    }
    if (p.lastActivity) { facts.push(app.format('home.last', app.date(p.lastActivity, true))); }
    document.getElementById('facts').textContent = facts.filter(Boolean).join(' ');
    var count = {}, total = 0;
    var box = document.getElementById('themes');
    (p.themes || []).forEach(function (theme) {
      (theme.demands || []).forEach(function (d) { count[d.best || 'unknown'] = (count[d.best || 'unknown'] || 0) + 1; total++; });
      box.appendChild(app.el('section', { class: 'theme' }, [
        app.el('h3', { text: theme.code + ' — ' + theme.title }),
        app.el('ul', { class: 'demands' }, (theme.demands || []).map(function (d) { return demand(d, names); }))
      ]));
    });
    document.getElementById('tally').textContent = app.format('home.tally', total, LEVELS.filter(function (l) {
      return count[l];
    }).map(function (l) { return app.counted(count[l], 'level', l); }).join(', '));
  }

  function milestones(items, deadline, asOf) {
    var list = document.getElementById('milestones');
    var done = items.filter(function (m) { return m.status === 'done'; }).length;
    document.getElementById('milestones-done').textContent = items.length ? app.format('home.done', done, items.length) : '';
    var next = items.filter(function (m) { return m.status === 'planned'; }).map(function (m) {
      return { m: m, on: deadline ? app.addDays(deadline, -m.daysBeforeDeadline) : null };
    }).sort(function (a, b) { return (a.on || '').localeCompare(b.on || ''); }).slice(0, 5);
    if (!next.length) { list.appendChild(app.el('li', { class: 'muted', text: t('home.no_milestone') })); }
    next.forEach(function (n) {
      var when = n.on ? app.format('home.planned_for', app.date(n.on, true)) + (n.on < asOf ? ' — ' + t('home.passed') : '')
        : app.word('status', n.m.status);
      list.appendChild(app.el('li', {}, [n.m.title, app.el('span', { class: 'when', text: when })]));
    });
  }

  function press(p) {
    var seen = {}, items = [];
    (p.themes || []).forEach(function (theme) {
      (theme.demands || []).forEach(function (d) {
        (d.pressItems || []).forEach(function (i) { if (!seen[i.id]) { seen[i.id] = true; items.push(i); } });
      });
    });
    items.sort(function (a, b) { return b.publishedOn.localeCompare(a.publishedOn) || b.id - a.id; });
    var list = document.getElementById('press');
    if (!items.length) { list.appendChild(app.el('li', { class: 'muted', text: t('home.no_press') })); }
    items.slice(0, 6).forEach(function (i) {
      list.appendChild(app.el('li', {}, [i.title, app.el('span', { class: 'when', text: app.date(i.publishedOn, true) + ' — ' + i.outlet })]));
    });
  }

  // Titles and counts only: signatories are never part of the progress read model.
  function mobilisations(items) {
    var list = document.getElementById('mobilisations');
    if (!items.length) { list.appendChild(app.el('li', { class: 'muted', text: t('home.no_mobilisation') })); }
    items.forEach(function (m) {
      var facts = [app.word('mobilisation', m.kind),
        m.count == null ? t('home.no_count') : app.format('home.count', app.number.format(m.count), app.date(m.countedOn, true))];
      if (m.deliveredOn) { facts.push(app.format('home.delivered', app.date(m.deliveredOn, true))); }
      list.appendChild(app.el('li', {}, [m.title, app.el('span', { class: 'when', text: facts.join(' — ') })]));
    });
  }

  // Planned meetings across the coalition, soonest first: who goes, with whom (a person by function for partners),
  // the demands to raise, and a warning when another organisation meets the same target within the window.
  var AGENDA_DAYS = 60;
  function agenda(items, asOf) {
    var list = document.getElementById('agenda');
    if (!items.length) { list.appendChild(app.el('li', { class: 'muted', text: app.format('home.no_agenda', AGENDA_DAYS) })); }
    items.slice(0, 8).forEach(function (i) {
      var on = i.occurredOn || i.on;
      // A person's name arrives only for the roles that may read it (never for a partner).
      var targets = (i.targets || []).map(function (s) {
        var named = {};
        if (s.name) { named[s.stakeholderId] = s.name; }
        return who(s, named);
      }).join(', ');
      var facts = [app.date(on, true), app.word('kind', i.kind), app.format('home.goes', i.organisation || t('home.coalition'))];
      if (on < asOf) { facts.push(t('home.overdue')); }
      var parts = [i.title, app.el('span', { class: 'when', text: facts.join(' — ') })];
      if (targets) { parts.push(app.el('span', { class: 'when', text: targets })); }
      if ((i.demands || []).length) {
        parts.push(app.el('span', { class: 'when', text: app.format('home.raise', i.demands.map(function (d) { return d.code; }).join(', ')) }));
      }
      (i.doubleAsks || []).forEach(function (a) {
        parts.push(app.el('span', { class: 'warning', text: app.format('home.double_ask', a.organisation || t('home.coalition'), app.date(a.on, true)) }));
      });
      list.appendChild(app.el('li', {}, parts));
    });
  }

  // Names only for the roles that may read them: a partner's request would be refused, so it is not even made.
  function names(info) {
    if (info.role === 'partner') { return Promise.resolve({}); }
    return app.api('stakeholders?category=direct_target&limit=100').then(function (page) {
      var byId = {};
      (page.items || []).forEach(function (s) { byId[s.id] = s.name; });
      return byId;
    }, function () { return {}; });
  }

  var today = app.today();
  Promise.all([app.caller, app.api('progress'), app.api('milestones?limit=100'),
    app.api('agenda?from=' + app.addDays(today, -30) + '&to=' + app.addDays(today, AGENDA_DAYS))]).then(function (r) {
    return names(r[0]).then(function (byId) {
      var p = r[1];
      progress(p, byId, r[0]);
      milestones(r[2].items || [], p.deadline, p.asOf);
      press(p);
      mobilisations(p.mobilisations || []);
      agenda(r[3].entries || [], today);
      app.ready();
    });
  }).catch(app.fail);
}());
