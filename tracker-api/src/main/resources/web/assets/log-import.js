// The log page's import: a calendar invitation (.ics) or a saved e-mail (.eml) sent to …/interactions/import, first
// as a dry run that shows what would be logged and who nobody matched, then for real with an Idempotency-Key, so a
// second tap never logs twice. Coordinators only, like the form.
(function () {
  'use strict';
  var t = app.translate({
    en: { 'import.title': 'From an invitation or an e-mail',
      'import.hint': 'A calendar invitation (.ics) or a saved e-mail (.eml): see what would be logged, then log it.',
      'import.go': 'Log them', 'import.choose': 'Choose a file', 'import.type': 'Choose a calendar invitation (.ics) or an e-mail (.eml).',
      'import.too_large': 'This file is too large to send from here ({0} KB at most): use tracker meeting import.',
      'import.status.log': 'to log', 'import.status.logged': 'logged', 'import.status.already_imported': 'already logged',
      'import.status.repeated': 'repeated in the file', 'import.status.nobody_matched': 'not logged: nobody of theirs is known',
      'import.unmatched': 'Not known: {0}. Add them as stakeholders (with their e-mail) to log what was left out.',
      'import.nothing': 'Nothing new to log.', 'import.done': '{0} logged.',
      'import.offline': 'No network: an invitation is read by the server, so try again once the network is back.' },
    fr: { 'import.title': 'Depuis une invitation ou un courriel',
      'import.hint': 'Une invitation d’agenda (.ics) ou un courriel enregistré (.eml) : voyez ce qui serait noté, puis notez-le.',
      'import.go': 'Les noter', 'import.choose': 'Choisir un fichier', 'import.type': 'Choisissez une invitation d’agenda (.ics) ou un courriel (.eml).',
      'import.too_large': 'Ce fichier est trop gros pour être envoyé d’ici ({0} Ko au plus) : utilisez tracker meeting import.',
      'import.status.log': 'à noter', 'import.status.logged': 'noté', 'import.status.already_imported': 'déjà noté',
      'import.status.repeated': 'répété dans le fichier', 'import.status.nobody_matched': 'non noté : personne de leur côté n’est connu',
      'import.unmatched': 'Inconnus : {0}. Ajoutez-les comme parties prenantes (avec leur adresse) pour noter ce qui a été laissé.',
      'import.nothing': 'Rien de nouveau à noter.', 'import.done': '{0} noté(s).',
      'import.offline': 'Pas de réseau : une invitation est lue par le serveur, réessayez au retour du réseau.' }
  });
  var MAX_KB = 64;
  var $ = function (id) { return document.getElementById(id); };
  var file = null, key = null;

  function typeOf(f) {
    var name = f.name.toLowerCase();
    if (name.endsWith('.ics') || f.type === 'text/calendar') { return 'text/calendar'; }
    if (name.endsWith('.eml') || f.type === 'message/rfc822') { return 'message/rfc822'; }
    return null;
  }

  function error(text) {
    $('e-import').textContent = text || '';
    $('e-import').hidden = !text;
  }

  function show(answer) {
    var list = $('import-plan');
    list.textContent = '';
    answer.items.forEach(function (i) {
      var status = i.status === 'log' && !answer.dryRun ? 'logged' : i.status;
      list.appendChild(app.el('li', {}, [app.date(i.occurredOn) + ' — ' + app.word('kind', i.kind) + ' — ' + i.title,
        app.el('span', { class: 'when', text: t('import.status.' + status) })]));
    });
    if (answer.unmatched.length) {
      list.appendChild(app.el('li', { class: 'muted', text: app.format('import.unmatched', answer.unmatched.map(function (p) {
        return p.name || p.email;
      }).join(', ')) }));
    }
    if (!answer.dryRun) {
      list.appendChild(app.el('li', { text: answer.logged ? app.format('import.done', answer.logged) : t('import.nothing') }));
    }
    $('import-go').hidden = !answer.dryRun || !answer.logged;
  }

  function send(dryRun) {
    var headers = dryRun ? {} : { 'Idempotency-Key': key };
    return app.api('interactions/import' + (dryRun ? '?dryRun=true' : ''), { method: 'POST', raw: file,
      type: typeOf(file), headers: headers }).then(show, function (e) {
      // No status: the request never reached the server (no network); otherwise the server's problem, in words.
      error(!e.status ? t('import.offline') : e.problem && e.problem.detail ? e.problem.detail : e.message);
      if (!dryRun) { $('import-go').hidden = false; }
    });
  }

  app.caller.then(function (info) {
    if (info.role !== 'coordinator') { $('import-box').hidden = true; return; }
    $('f-import').addEventListener('change', function (e) {
      error('');
      $('import-plan').textContent = '';
      $('import-go').hidden = true;
      file = e.target.files[0] || null;
      $('import-name').textContent = file ? file.name : '';
      if (!file) { return; }
      if (!typeOf(file)) { error(t('import.type')); return; }
      if (file.size > MAX_KB * 1024) { error(app.format('import.too_large', MAX_KB)); return; }
      key = (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random()).toString();
      send(true);
    });
    $('import-go').addEventListener('click', function () { $('import-go').hidden = true; send(false); });
  }, function () { $('import-box').hidden = true; });
}());
