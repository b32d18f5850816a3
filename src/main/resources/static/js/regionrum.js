// Small progressive enhancements; every page works without them.
(function () {
  'use strict';
  // Ask before submitting forms marked data-confirm (deletions, erasures).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
  // Send the CSRF token with htmx requests that change something.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // A removed word-cloud answer takes its button with it when the stream sends the new list:
  // keep keyboard focus on the moderation summary instead of losing it to the page.
  document.addEventListener('htmx:afterRequest', function (event) {
    var form = event.target;
    var list = event.detail.successful && form.closest ? form.closest('#poll-moderation') : null;
    var details = list ? list.closest('details') : null;
    var summary = details ? details.querySelector('summary') : null;
    if (summary) {
      summary.focus();
    }
  });
  // Put focus on the error summary so screen readers announce the errors first, and give
  // every map's zoom buttons names in the page's language (before the maps are drawn: this
  // listener is registered before those of the map scripts).
  document.addEventListener('DOMContentLoaded', function () {
    if (window.L && L.Control && L.Control.Zoom) {
      L.Control.Zoom.prototype.options.zoomInTitle = document.body.getAttribute('data-zoom-in') || 'Zoom in';
      L.Control.Zoom.prototype.options.zoomOutTitle = document.body.getAttribute('data-zoom-out') || 'Zoom out';
    }
    var summary = document.querySelector('.error-summary');
    if (summary) {
      summary.focus();
    }
  });
})();
