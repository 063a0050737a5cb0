// Renders openapi.json with Swagger UI, bundled with the server (no CDN: the page works offline and tells no third
// party who reads it). Try-it calls go to the address this page came from, whatever the contract's default server.
(function () {
  'use strict';
  var main = document.getElementById('reference');
  var METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

  // Swagger UI 5 leaves out parameters declared once for a whole path (slug, id) when they are references: copy
  // them into each operation, which is what they mean.
  function inlinePathParameters(spec) {
    Object.keys(spec.paths).forEach(function (path) {
      var item = spec.paths[path];
      if (!item.parameters) { return; }
      METHODS.forEach(function (m) {
        if (item[m]) { item[m].parameters = item.parameters.concat(item[m].parameters || []); }
      });
      delete item.parameters;
    });
    return spec;
  }

  fetch('openapi.json').then(function (r) { return r.json(); }).then(function (spec) {
    inlinePathParameters(spec);
    spec.servers = [{ url: window.location.origin, description: 'This server' }].concat(spec.servers || []);
    main.textContent = '';
    window.SwaggerUIBundle({
      spec: spec,
      domNode: main,
      deepLinking: true,
      displayOperationId: true,
      defaultModelsExpandDepth: 0,
      // Folded: the whole API unfolded at once is more than Swagger UI renders (it stops after two tags past about
      // 126 operations); a tag unfolds on a click, and a #/tag/operation address opens its operation.
      docExpansion: 'none',
      filter: true,
      showExtensions: false,
      tryItOutEnabled: false,
      persistAuthorization: false,
      syntaxHighlight: { activated: false },
      validatorUrl: null
    });
    document.body.dataset.state = 'ready';
  }).catch(function (e) {
    main.textContent = 'Cannot load openapi.json: ' + e;
    document.body.dataset.state = 'failed';
  });
}());
