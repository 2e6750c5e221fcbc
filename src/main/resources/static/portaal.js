// The portal's one script (CSP: script-src 'self'). Nothing typed is lost by a stray key:
// Enter in a single-line field does not send the form, and leaving a changed form asks first.
(function () {
  'use strict';
  var singleLine = ['text', 'number', 'email', 'tel', 'url', 'search', 'date', 'password'];

  document.addEventListener('keydown', function (event) {
    var field = event.target;
    if (event.key === 'Enter' && field.tagName === 'INPUT' && field.form
        && singleLine.indexOf((field.type || 'text').toLowerCase()) >= 0) {
      event.preventDefault();
    }
  });

  var changed = false;
  var submitting = false;
  document.addEventListener('DOMContentLoaded', function () {
    var forms = document.querySelectorAll('form[data-bewaakt]');
    Array.prototype.forEach.call(forms, function (form) {
      form.addEventListener('input', function () { changed = true; });
      form.addEventListener('change', function () { changed = true; });
      form.addEventListener('submit', function () { submitting = true; });
    });
    // A form shown again (a refusal, a row added) holds what was typed before: it counts as changed.
    Array.prototype.forEach.call(forms, function (form) {
      if (form.getAttribute('data-bewaakt') === 'gewijzigd') { changed = true; }
    });
    var summary = document.querySelector('.error-summary');
    if (summary) { summary.focus(); }
  });

  window.addEventListener('beforeunload', function (event) {
    if (changed && !submitting) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
}());
