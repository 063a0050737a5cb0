// The campaign's index: every page, a link to those the token may open and, for the others, why not.
(function () {
  'use strict';
  var t = app.translate({
    en: { 'index.title': 'Pages of this campaign', 'index.role': 'You are using a {0} token.',
      'about.home': 'Where each demand stands with its targets, the next milestones and the latest press.',
      'about.map': 'Every stakeholder by power and stance, their relationships and the influence paths to each target.',
      'about.ledger': 'Each direct target’s position on each demand, and how it changed.',
      'about.coverage': 'Press items per month, outlet, tone, theme and demand, and who was quoted.',
      'about.log': 'A form for the phone: log a meeting and its debrief, even without network.',
      'why.map': 'Not with your token: the map names people and shows who knows whom, so it is for advisers and coordinators.',
      'why.ledger': 'Not with your token: the ledger names the people who took each position; it is for advisers and coordinators.',
      'why.coverage': 'Not with your token: coverage names the people quoted; it is for advisers and coordinators.',
      'why.log': 'Not with your token: logging a meeting writes to the campaign, which only coordinators do.',
      'about.publish': 'Choose what the public accountability page shows, preview it, open or close it.',
      'why.publish': 'Not with your token: what the campaign says in public is the coordinators’ choice.' },
    fr: { 'index.title': 'Pages de la campagne', 'index.role': 'Vous utilisez un jeton {0}.',
      'about.home': 'Où en est chaque revendication auprès de ses cibles, les prochains jalons et les dernières retombées presse.',
      'about.map': 'Chaque partie prenante selon son pouvoir et sa position, leurs relations et les chemins d’influence vers chaque cible.',
      'about.ledger': 'La position de chaque cible directe sur chaque revendication, et son évolution.',
      'about.coverage': 'Les articles par mois, média, ton, thème et revendication, et les personnes citées.',
      'about.log': 'Un formulaire pour le téléphone : noter une rencontre et son compte rendu, même sans réseau.',
      'why.map': 'Pas avec votre jeton : la cartographie nomme des personnes et montre qui connaît qui ; elle est réservée au conseil et à la coordination.',
      'why.ledger': 'Pas avec votre jeton : le registre nomme les personnes qui ont pris position ; il est réservé au conseil et à la coordination.',
      'why.coverage': 'Pas avec votre jeton : la couverture nomme les personnes citées ; elle est réservée au conseil et à la coordination.',
      'why.log': 'Pas avec votre jeton : noter une rencontre modifie la campagne, ce que seule la coordination fait.',
      'about.publish': 'Choisir ce que montre la page publique de redevabilité, la prévisualiser, l’ouvrir ou la fermer.',
      'why.publish': 'Pas avec votre jeton : ce que la campagne dit en public est le choix de la coordination.' }
  });
  var query = location.search;
  app.caller.then(function (info) {
    document.getElementById('role').textContent = app.format('index.role', app.word('role', info.role));
    var list = document.getElementById('list');
    info.pages.forEach(function (p) {
      var name = t('nav.' + p.name);
      list.appendChild(app.el('li', { class: p.allowed ? 'allowed' : 'refused', 'data-page': p.name }, [
        p.allowed ? app.el('a', { href: p.name + query, class: 'page-name', text: name })
          : app.el('span', { class: 'page-name', text: name }),
        app.el('span', { class: 'about', text: t('about.' + p.name) }),
        p.allowed ? null : app.el('span', { class: 'why', text: t('why.' + p.name) })
      ]));
    });
    app.ready();
  }).catch(app.fail);
}());
