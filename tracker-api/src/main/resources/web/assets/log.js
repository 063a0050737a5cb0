// The phone form: log a meeting and its debrief. Checked here field by field in the reader's language, then put in the
// outbox on the device (log-queue.js) and sent at once, or when the network is back. The names it suggests come from
// GET …/log-choices, kept on the device too so the form still suggests them without network.
(function () {
  'use strict';
  var t = app.translate({
    en: { 'log.title': 'Log a meeting', 'log.errors': 'There is a problem', 'log.outbox': 'On this device',
      'log.kind': 'What', 'log.date': 'When', 'log.with': 'Who was met', 'log.with.hint': 'Type part of a name, function or organisation.',
      'log.place': 'Where', 'log.by': 'Our attendees', 'log.demands': 'Demands discussed',
      'log.demands.hint': 'Type a code (2.1) or words of the demand.', 'log.summary': 'Summary', 'log.outcome': 'Outcome',
      'log.title_field': 'Title', 'log.title.hint': 'Leave empty for “Meeting with …”.',
      'log.debrief': 'Debrief: positions, commitments, follow-ups', 'log.positions': 'Positions taken',
      'log.positions.hint': 'Choose who was met and the demands discussed first.', 'log.commitments': 'Commitments made',
      'log.add_commitment': 'Add a commitment', 'log.follow_ups': 'Follow-ups', 'log.add_follow_up': 'Add a follow-up',
      'log.save': 'Save', 'log.remove': 'Remove {0}', 'log.not_stated': 'not stated', 'log.position_of': '{0} on {1}',
      'log.who': 'Who', 'log.what': 'What', 'log.due': 'Due', 'log.owner': 'Owner', 'log.nobody': '—',
      'log.default_title': '{0} with {1}', 'log.default_title.none': '{0}',
      'log.required.date': 'Enter the date of the meeting', 'log.required.with': 'Choose at least one person met',
      'log.pending.with': 'Pick “{0}” from the suggestions, or clear it', 'log.required.summary': 'Write a summary of the meeting',
      'log.required.what': 'Say what was promised, or remove the commitment', 'log.required.follow_up': 'Say what is to be done, or remove the follow-up',
      'log.status.waiting': 'Waiting to send', 'log.status.sending': 'Sending…', 'log.status.sent': 'Sent',
      'log.double_ask': 'Double ask? {0} meets them too, on {1}.', 'log.coalition': 'the coalition',
      'log.status.problem': 'Needs correction', 'log.edit': 'Correct it', 'log.saved_offline': 'Saved on this device: it will be sent when the network is back.',
      'log.entry': '{0} — {1}', 'log.offline': 'No network: entries stay on this device and are sent when it returns.',
      'error.role': 'Logging a meeting writes to the campaign: it needs a coordinator token.' },
    fr: { 'log.title': 'Noter une rencontre', 'log.errors': 'Il y a un problème', 'log.outbox': 'Sur cet appareil',
      'log.kind': 'Quoi', 'log.date': 'Quand', 'log.with': 'Personnes rencontrées',
      'log.with.hint': 'Tapez une partie du nom, de la fonction ou de l’organisation.', 'log.place': 'Où',
      'log.by': 'Nos participants', 'log.demands': 'Revendications abordées',
      'log.demands.hint': 'Tapez un code (2.1) ou des mots de la revendication.', 'log.summary': 'Résumé',
      'log.outcome': 'Résultat', 'log.title_field': 'Titre', 'log.title.hint': 'Laissez vide pour « Rencontre avec … ».',
      'log.debrief': 'Compte rendu : positions, engagements, suites', 'log.positions': 'Positions exprimées',
      'log.positions.hint': 'Choisissez d’abord les personnes rencontrées et les revendications abordées.',
      'log.commitments': 'Engagements pris', 'log.add_commitment': 'Ajouter un engagement', 'log.follow_ups': 'Suites à donner',
      'log.add_follow_up': 'Ajouter une suite', 'log.save': 'Enregistrer', 'log.remove': 'Retirer {0}',
      'log.not_stated': 'non exprimée', 'log.position_of': '{0} sur {1}', 'log.who': 'Qui', 'log.what': 'Quoi',
      'log.due': 'Échéance', 'log.owner': 'Responsable', 'log.nobody': '—',
      'log.default_title': '{0} avec {1}', 'log.default_title.none': '{0}',
      'log.required.date': 'Indiquez la date de la rencontre', 'log.required.with': 'Choisissez au moins une personne rencontrée',
      'log.pending.with': 'Choisissez « {0} » dans les suggestions, ou effacez-le',
      'log.required.summary': 'Écrivez un résumé de la rencontre',
      'log.required.what': 'Dites ce qui a été promis, ou retirez l’engagement',
      'log.required.follow_up': 'Dites ce qu’il faut faire, ou retirez la suite',
      'log.status.waiting': 'En attente d’envoi', 'log.status.sending': 'Envoi…', 'log.status.sent': 'Envoyé',
      'log.double_ask': 'Double sollicitation ? {0} les rencontre aussi, le {1}.', 'log.coalition': 'la coalition',
      'log.status.problem': 'À corriger', 'log.edit': 'Corriger',
      'log.saved_offline': 'Enregistré sur cet appareil : ce sera envoyé au retour du réseau.', 'log.entry': '{0} — {1}',
      'log.offline': 'Pas de réseau : les saisies restent sur cet appareil et partent à son retour.',
      'error.role': 'Noter une rencontre modifie la campagne : il faut un jeton de coordination.' }
  });
  var KINDS = ['meeting', 'call', 'hearing', 'written_response', 'letter_sent', 'email_sent', 'public_event'];
  var NEEDS_SOMEONE = ['meeting', 'call', 'hearing', 'written_response'];
  var LEVELS = ['opposed', 'hesitant', 'supportive', 'committed_verbally', 'committed_in_writing', 'implemented', 'backtracked'];
  var CHOICES = 'campaign-tracker-log-choices-' + app.slug;
  // Server field names (problem+json "errors") to the form's fields.
  var FIELDS = { occurred_on: 'date', occurredOn: 'date', participant_ids: 'with', participantIds: 'with', with: 'with',
    summary: 'summary', title: 'title', kind: 'kind', place: 'place', outcome: 'outcome' };
  var $ = function (id) { return document.getElementById(id); };
  var pick = {}, choices, people = {}, demandsById = {};

  function field(name) { return $('f-' + name); }

  function setup(c) {
    choices = c;
    c.stakeholders.forEach(function (s) { people[s.id] = s; });
    c.demands.forEach(function (d) { demandsById[d.id] = d; });
    KINDS.forEach(function (k) { $('f-kind').appendChild(app.el('option', { value: k, text: app.word('kind', k) })); });
    pick.with = logPicker.picker($('p-with'), c.stakeholders.map(function (s) {
      return { id: s.id, text: s.label, hint: [s.function, app.word('category', s.category)].filter(Boolean).join(' · ') };
    }), 'log.remove');
    pick.by = logPicker.picker($('p-by'), c.members.map(function (m) { return { id: m.id, text: m.name }; }), 'log.remove');
    pick.demands = logPicker.picker($('p-demands'), c.demands.map(function (d) { return { id: d.id, text: d.code + ' ' + d.title }; }), 'log.remove');
    pick.with.onChange = pick.demands.onChange = positions;
    $('add-commitment').addEventListener('click', function () { commitment(); });
    $('add-follow-up').addEventListener('click', function () { followUp(); });
    $('f-date').value = app.today();
    $('log').addEventListener('submit', submit);
  }

  function select(id, options, value) {
    var s = app.el('select', { id: id }, options.map(function (o) { return app.el('option', { value: o[0], text: o[1] }); }));
    s.value = value === undefined ? '' : String(value);
    return s;
  }

  // One level choice per person met × demand discussed; what was already chosen is kept when the lists change.
  function positions() {
    var box = $('positions').querySelector('.rows'), kept = {};
    box.querySelectorAll('select').forEach(function (s) { kept[s.id] = s.value; });
    box.textContent = '';
    pick.with.values().forEach(function (sid) {
      pick.demands.values().forEach(function (did) {
        var id = 'pos-' + sid + '-' + did;
        box.appendChild(app.el('div', { class: 'field' }, [
          app.el('label', { for: id, text: app.format('log.position_of', people[sid].label, demandsById[did].code) }),
          select(id, [['', t('log.not_stated')]].concat(LEVELS.map(function (l) { return [l, app.word('level', l)]; })), kept[id])]));
      });
    });
    box.querySelectorAll('select').forEach(function (s) { s.dataset.stakeholder = s.id.split('-')[1]; s.dataset.demand = s.id.split('-')[2]; });
    $('debrief').querySelectorAll('select.who').forEach(function (s) { whoOptions(s); });
  }

  function whoOptions(s) {
    var value = s.value;
    s.replaceChildren.apply(s, pick.with.values().map(function (id) { return app.el('option', { value: id, text: people[id].label }); }));
    if (value) { s.value = value; }
  }

  var rowCount = 0;
  function row(container, parts) {
    var n = ++rowCount, div = app.el('div', { 'data-row': n });
    parts(n).forEach(function (p) { div.appendChild(p); });
    var remove = app.el('button', { type: 'button', class: 'button secondary', text: app.format('log.remove', '') .trim() });
    remove.addEventListener('click', function () { div.remove(); });
    div.appendChild(remove);
    $(container).querySelector('.rows').appendChild(div);
    div.querySelector('input, select').focus();
    return div;
  }

  function labelled(id, label, control, error) {
    return app.el('div', { class: 'field' }, [app.el('label', { for: id, text: label }),
      error ? app.el('p', { class: 'field-error', id: 'e-' + id, hidden: '' }) : null, control]);
  }

  function commitment(c) {
    return row('commitments', function (n) {
      var who = app.el('select', { id: 'c-who-' + n, class: 'who' });
      var div = [labelled('c-who-' + n, t('log.who'), who),
        labelled('c-what-' + n, t('log.what'), app.el('input', { id: 'c-what-' + n, type: 'text', class: 'what' }), true),
        labelled('c-due-' + n, t('log.due'), app.el('input', { id: 'c-due-' + n, type: 'date', class: 'due' }))];
      whoOptions(who);
      if (c) { who.value = c.stakeholderId; div[1].querySelector('input').value = c.description; div[2].querySelector('input').value = c.dueOn || ''; }
      return div;
    });
  }

  function followUp(f) {
    return row('follow-ups', function (n) {
      var owner = select('f-owner-' + n, [['', t('log.nobody')]].concat(choices.members.map(function (m) { return [m.id, m.name]; })), f && f.ownerId);
      owner.className = 'owner';
      var what = app.el('input', { id: 'f-what-' + n, type: 'text', class: 'what', value: f ? f.title : null });
      return [labelled('f-what-' + n, t('log.what'), what, true), labelled('f-owner-' + n, t('log.owner'), owner),
        labelled('f-due-' + n, t('log.due'), app.el('input', { id: 'f-due-' + n, type: 'date', class: 'due', value: f ? f.dueOn : null }))];
    });
  }

  // The entry as the API takes it, or the list of errors ([field id, message]) found before sending.
  function read() {
    var errors = [], kind = field('kind').value, who = pick.with.values();
    if (!field('date').value) { errors.push(['date', t('log.required.date')]); }
    if (pick.with.pending()) { errors.push(['with', app.format('log.pending.with', pick.with.pending())]); }
    else if (!who.length && NEEDS_SOMEONE.indexOf(kind) >= 0) { errors.push(['with', t('log.required.with')]); }
    if (!field('summary').value.trim()) { errors.push(['summary', t('log.required.summary')]); }
    var debrief = { positions: [], commitments: [], followUps: [] };
    $('positions').querySelectorAll('select').forEach(function (s) {
      if (s.value) { debrief.positions.push({ stakeholderId: Number(s.dataset.stakeholder), demandId: Number(s.dataset.demand), level: s.value }); }
    });
    $('commitments').querySelectorAll('[data-row]').forEach(function (r) {
      var what = r.querySelector('.what');
      if (!what.value.trim()) { errors.push([what.id, t('log.required.what')]); return; }
      var demands = pick.demands.values();
      debrief.commitments.push({ stakeholderId: Number(r.querySelector('.who').value), description: what.value.trim(),
        demandId: demands.length === 1 ? demands[0] : null, dueOn: r.querySelector('.due').value || null });
    });
    $('follow-ups').querySelectorAll('[data-row]').forEach(function (r) {
      var what = r.querySelector('.what');
      if (!what.value.trim()) { errors.push([what.id, t('log.required.follow_up')]); return; }
      var owner = r.querySelector('.owner').value;
      debrief.followUps.push({ title: what.value.trim(), ownerId: owner ? Number(owner) : null, dueOn: r.querySelector('.due').value || null });
    });
    var names = who.map(function (id) { return people[id].label; }).join(', ');
    var title = field('title').value.trim() || (names ? app.format('log.default_title', capital(app.word('kind', kind)), names)
      : capital(app.word('kind', kind)));
    var blank = function (v) { return v.trim() || null; };
    return { errors: errors, debrief: debrief, meeting: { kind: kind, occurredOn: field('date').value, title: title,
      summary: field('summary').value.trim(), outcome: blank(field('outcome').value), place: blank(field('place').value),
      participantIds: who, attendeeIds: pick.by.values(), demandIds: pick.demands.values() } };
  }

  function capital(s) { return s.charAt(0).toUpperCase() + s.slice(1); }

  // Errors next to their field and summed up at the top, each summary line a link to its field.
  function showErrors(errors) {
    document.querySelectorAll('.field-error').forEach(function (p) { p.hidden = true; p.textContent = ''; });
    document.querySelectorAll('.field.invalid').forEach(function (f) { f.classList.remove('invalid'); });
    document.querySelectorAll('[aria-invalid]').forEach(function (f) { f.removeAttribute('aria-invalid'); });
    var box = $('error-summary');
    box.hidden = !errors.length;
    box.querySelector('ul').replaceChildren.apply(box.querySelector('ul'), errors.map(function (e) {
      var input = field(e[0]) || $(e[0]), message = $('e-' + e[0]);
      if (message) { message.textContent = e[1]; message.hidden = false; }
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        input.closest('.field').classList.add('invalid');
        if (message) { input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' e-' + e[0]).trim()); }
      }
      var link = app.el('a', { href: '#' + (input ? input.id : 'log'), text: e[1] });
      link.addEventListener('click', function (ev) { ev.preventDefault(); if (input) { input.focus(); } });
      return app.el('li', {}, [link]);
    }));
    if (errors.length) { box.focus(); }
  }

  // A refused entry comes back into the form with the server's reasons, in the reader's language.
  function serverErrors(problem) {
    var errors = (problem.errors || []).map(function (e) { return [FIELDS[e.field] || 'summary', e.message]; });
    return errors.length ? errors : [['summary', problem.detail || problem.title]];
  }

  function fill(entry) {
    var m = entry.meeting;
    field('kind').value = m.kind; field('date').value = m.occurredOn; field('summary').value = m.summary || '';
    field('outcome').value = m.outcome || ''; field('place').value = m.place || ''; field('title').value = m.title;
    pick.with.set(m.participantIds); pick.by.set(m.attendeeIds); pick.demands.set(m.demandIds);
    entry.debrief.positions.forEach(function (p) { var s = $('pos-' + p.stakeholderId + '-' + p.demandId); if (s) { s.value = p.level; } });
    entry.debrief.commitments.forEach(commitment);
    entry.debrief.followUps.forEach(followUp);
  }

  function reset() {
    $('log').reset();
    $('f-date').value = app.today();
    Object.keys(pick).forEach(function (k) { pick[k].clear(); });
    ['commitments', 'follow-ups'].forEach(function (id) { $(id).querySelector('.rows').textContent = ''; });
  }

  function submit(e) {
    e.preventDefault();
    var entry = read();
    showErrors(entry.errors);
    if (entry.errors.length) { return; }
    var queued = logQueue.add(entry.meeting, entry.debrief);
    reset();
    logQueue.flush().then(function () {
      var now = logQueue.entries().filter(function (x) { return x.key === queued.key; })[0];
      if (now && now.problem) { correct(now); }
    });
  }

  function correct(entry) {
    logQueue.remove(entry.key);
    reset();
    fill(entry);
    showErrors(serverErrors(entry.problem));
  }

  function outbox(entries) {
    var list = $('outbox');
    $('outbox-box').hidden = !entries.length;
    list.replaceChildren.apply(list, entries.slice().reverse().map(function (x) {
      var state = x.sentAt ? 'sent' : x.problem ? 'problem' : x.sending ? 'sending' : 'waiting';
      var names = x.meeting.participantIds.map(function (id) { return people[id] ? people[id].label : ''; }).join(', ');
      var li = app.el('li', { class: state, 'data-key': x.key, 'data-state': state }, [
        app.el('span', { class: 'status', text: t('log.status.' + state) }),
        app.format('log.entry', app.date(x.meeting.occurredOn), x.meeting.title) + (names && x.meeting.title.indexOf(names) < 0 ? ' (' + names + ')' : '')]);
      (x.doubleAsks || []).forEach(function (a) {
        li.appendChild(app.el('div', { class: 'warning', text: app.format('log.double_ask', a.organisation || t('log.coalition'), app.date(a.on)) }));
      });
      if (state === 'problem') {
        var b = app.el('button', { type: 'button', class: 'button secondary', text: t('log.edit') });
        b.addEventListener('click', function () { correct(x); });
        li.appendChild(app.el('div', {}, [b]));
      }
      return li;
    }));
  }

  function loadChoices() {
    return app.api('log-choices').then(function (c) {
      localStorage.setItem(CHOICES, JSON.stringify(c));
      return c;
    }, function (error) {
      var kept = localStorage.getItem(CHOICES);
      if (kept && !(error.status >= 400)) { return JSON.parse(kept); }
      throw error;
    });
  }

  app.caller.then(function (info) {
    if (info.role !== 'coordinator') { throw { status: 403 }; }
  }, function (error) {
    // Without network the page may still know the caller from this tab's storage; otherwise the choices decide.
    if (error.status) { throw error; }
  }).then(loadChoices).then(function (c) {
    setup(c);
    logQueue.onChange(outbox);
    logQueue.prune();
    outbox(logQueue.entries());
    logQueue.flush();
    app.ready();
  }).catch(function (error) {
    $('log').hidden = true;
    app.fail(error);
  });
}());
