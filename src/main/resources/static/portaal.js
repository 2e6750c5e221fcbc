// The portal's one script (CSP: script-src 'self'). Nothing typed is lost by a stray key:
// Enter in a single-line field does not send the form, leaving a changed form asks first, and a
// form is sent once however often its button is pressed.
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

  // A second click while the first sending is under way sends nothing: one click, one activity or referral.
  var sent = [];
  document.addEventListener('submit', function (event) {
    if (sent.indexOf(event.target) >= 0) {
      event.preventDefault();
      return;
    }
    sent.push(event.target);
  });
  // Back to a page kept in the browser's memory: its forms may be sent again.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      sent = [];
      submitting = false;
    }
  });

  window.addEventListener('beforeunload', function (event) {
    if (changed && !submitting) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
}());
