// Indicator import form: shows only the options the chosen format uses. Without JavaScript every
// option stays visible and the server ignores those the format does not read.
(function () {
  'use strict';
  var form = document.querySelector('form.indicator-import-form');
  if (!form) {
    return;
  }
  var groups = form.querySelectorAll('[data-kinds]');
  function update() {
    var chosen = form.querySelector('input[name=kind]:checked');
    var kind = chosen ? chosen.value : '';
    groups.forEach(function (group) {
      var kinds = group.getAttribute('data-kinds').split(' ');
      group.hidden = kind !== '' && kinds.indexOf(kind) < 0;
    });
  }
  form.querySelectorAll('input[name=kind]').forEach(function (radio) {
    radio.addEventListener('change', update);
  });
  update();
})();
