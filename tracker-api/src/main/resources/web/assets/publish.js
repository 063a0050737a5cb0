// The coordinator's public page editor: tick what the public page shows (PUT/DELETE …/publication/{kind}/{id}),
// open or close the page (PUT …/publication), and see the page as readers will (…/publication/preview, shown in a
// sandboxed frame: no script runs in it). Each tick is saved at once; a refused one is unticked again and said why.
(function () {
  'use strict';
  var t = app.translate({
    en: { 'publish.title': 'Public page', 'publish.state': 'The page',
      'publish.intro': 'Choose what the public accountability page shows, look at it, then open it. Nothing is public until you tick it, and people are named only when they are public officials.',
      'publish.commitments': 'Commitments', 'publish.positions': 'Positions', 'publish.press': 'Press coverage',
      'publish.milestones': 'Milestones', 'publish.mobilisations': 'Mobilisation', 'publish.preview': 'Preview',
      'publish.count': '{0}: {1} ({2})',
      'publish.preview.note': 'Exactly what readers will see, in this language.',
      'publish.closed': 'Closed: nobody outside the team can read it yet.',
      'publish.open': 'Open since {0}: anyone with the address can read it.',
      'publish.do.open': 'Open the public page', 'publish.do.close': 'Close the public page',
      'publish.address': 'Read it at {0}', 'publish.none': 'Nothing recorded yet.',
      'publish.saved.on': 'Now public: {0}', 'publish.saved.off': 'No longer public: {0}',
      'status.late': 'late', 'publish.due': 'due {0}', 'publish.status': '({0})', 'publish.position': '{0} — {1}: {2} ({3})' },
    fr: { 'publish.title': 'Page publique', 'publish.state': 'La page',
      'publish.intro': 'Choisissez ce que montre la page publique de redevabilité, relisez-la, puis ouvrez-la. Rien n’est public tant que vous ne l’avez pas coché, et seules les personnes exerçant une fonction publique y sont nommées.',
      'publish.commitments': 'Engagements', 'publish.positions': 'Positions', 'publish.press': 'Retombées presse',
      'publish.milestones': 'Jalons', 'publish.mobilisations': 'Mobilisation', 'publish.preview': 'Aperçu',
      'publish.count': '{0} : {1} ({2})',
      'publish.preview.note': 'Exactement ce que les lecteurs verront, dans cette langue.',
      'publish.closed': 'Fermée : personne en dehors de l’équipe ne peut encore la lire.',
      'publish.open': 'Ouverte depuis le {0} : toute personne ayant l’adresse peut la lire.',
      'publish.do.open': 'Ouvrir la page publique', 'publish.do.close': 'Fermer la page publique',
      'publish.address': 'La lire à l’adresse {0}', 'publish.none': 'Rien d’enregistré pour l’instant.',
      'publish.saved.on': 'Désormais public : {0}', 'publish.saved.off': 'N’est plus public : {0}',
      'status.late': 'en retard', 'publish.due': 'échéance le {0}', 'publish.status': '({0})', 'publish.position': '{0} — {1} : {2} ({3})' }
  });
  var KINDS = ['commitments', 'positions', 'press-items', 'milestones', 'mobilisations'];
  var FIELDS = { 'commitments': 'commitments', 'positions': 'positions', 'press-items': 'pressItems',
    'milestones': 'milestones', 'mobilisations': 'mobilisations' };
  var frame = document.getElementById('frame');
  frame.title = t('publish.preview');
  var alertBox = document.querySelector('[role=alert]');

  // Every page of a list (at most 100 items each).
  function all(path) {
    return app.api(path + (path.indexOf('?') < 0 ? '?' : '&') + 'limit=100').then(function (page) {
      return page.next ? all(page.next).then(function (rest) { return page.items.concat(rest); }) : page.items;
    });
  }

  function say(text) {
    alertBox.textContent = text;
    alertBox.hidden = !text;
  }

  function preview() {
    return fetch('/api/v1/campaigns/' + encodeURIComponent(app.slug) + '/publication/preview?lang=' + app.lang, {
      headers: { 'Authorization': 'Bearer ' + app.token(), 'Accept': 'text/html' }, credentials: 'omit'
    }).then(function (r) { return r.ok ? r.text() : Promise.reject(new Error('HTTP ' + r.status)); })
      .then(function (html) {
        // Resolves once the frame shows the new page, so "ready" means the preview is there to read.
        return new Promise(function (resolve) {
          frame.addEventListener('load', resolve, { once: true });
          frame.srcdoc = html;
        });
      });
  }

  function state(publication) {
    var open = publication.published;
    document.getElementById('state').textContent = open
      ? app.format('publish.open', app.date(publication.publishedAt, true)) : t('publish.closed');
    var toggle = document.getElementById('toggle');
    toggle.textContent = t(open ? 'publish.do.close' : 'publish.do.open');
    toggle.className = open ? 'button secondary' : 'button';
    toggle.dataset.open = String(open);
    toggle.hidden = false;
    var address = document.getElementById('address');
    address.href = publication.address + '?lang=' + app.lang;
    address.textContent = app.format('publish.address', location.origin + publication.address);
    address.hidden = !open;
  }

  function labels(lists) {
    var people = {};
    lists.stakeholders.forEach(function (s) { people[s.id] = s.organisationName && s.kind === 'person'
      ? s.name + ' (' + s.organisationName + ')' : s.name; });
    var demands = {};
    lists.demands.forEach(function (d) { demands[d.id] = d.code; });
    return {
      'commitments': lists.commitments.map(function (c) {
        return { id: c.id, text: [people[c.stakeholderId] + ' — ' + c.description,
          c.dueOn ? app.format('publish.due', app.date(c.dueOn)) : '', app.format('publish.status', app.word('status',
            c.status === 'open' && c.dueOn && c.dueOn < app.today() ? 'late' : c.status))]
          .filter(Boolean).join(' ') };
      }),
      'positions': lists.positions.map(function (p) {
        return { id: p.id, text: app.format('publish.position', people[p.stakeholderId], demands[p.demandId] || '',
          app.word('level', p.level), app.date(p.statedOn)) };
      }),
      'press-items': lists.press.map(function (p) {
        return { id: p.id, text: app.date(p.publishedOn) + ' — ' + p.outlet + ' — ' + p.title };
      }),
      'mobilisations': lists.mobilisations.map(function (m) {
        return { id: m.id, text: app.format('publish.count', m.title, app.number.format(m.count || 0),
          app.date(m.launchedOn)) };
      }),
      'milestones': lists.milestones.map(function (m) {
        return { id: m.id, text: [m.dueOn ? app.date(m.dueOn) + ' —' : '', m.title,
          app.format('publish.status', app.word('status', m.status))].filter(Boolean).join(' ') };
      })
    };
  }

  function lists(items, publication) {
    KINDS.forEach(function (kind) {
      var marked = {};
      publication[FIELDS[kind]].forEach(function (id) { marked[id] = true; });
      var list = document.querySelector('#' + kind + ' ul');
      if (!items[kind].length) {
        list.replaceChildren(app.el('li', { class: 'empty', text: t('publish.none') }));
        return;
      }
      list.replaceChildren.apply(list, items[kind].map(function (item) {
        var id = kind + '-' + item.id;
        var box = app.el('input', { type: 'checkbox', id: id, 'data-kind': kind, 'data-id': String(item.id) });
        box.checked = !!marked[item.id];
        box.addEventListener('change', function () { mark(box, item.text); });
        return app.el('li', {}, [box, app.el('label', { for: id, text: item.text })]);
      }));
    });
  }

  function mark(box, text) {
    box.disabled = true;
    var on = box.checked;
    app.api('publication/' + box.dataset.kind + '/' + box.dataset.id, { method: on ? 'PUT' : 'DELETE' })
      .then(function () {
        say('');
        document.getElementById('saved').textContent = app.format(on ? 'publish.saved.on' : 'publish.saved.off', text);
        return preview();
      })
      .catch(function (error) { box.checked = !on; app.fail(error); })
      .then(function () { box.disabled = false; });
  }

  document.getElementById('toggle').addEventListener('click', function () {
    var button = this;
    button.disabled = true;
    app.api('publication', { method: 'PUT', body: { published: button.dataset.open !== 'true' } })
      .then(function (publication) { say(''); state(publication); })
      .catch(app.fail)
      .then(function () { button.disabled = false; });
  });

  Promise.all([app.caller, app.api('publication'), all('commitments'), all('positions'), all('press-items'),
    all('milestones'), all('stakeholders'), all('demands'), all('mobilisations')])
    .then(function (r) {
      state(r[1]);
      lists(labels({ commitments: r[2], positions: r[3], press: r[4], milestones: r[5], stakeholders: r[6],
        demands: r[7], mobilisations: r[8] }), r[1]);
      return preview();
    })
    .then(app.ready)
    .catch(app.fail);
}());
