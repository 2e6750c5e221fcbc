// Browsers never send the part of an address after '#', where the Camunda webapps keep their
// routes (a task link from a mail: /camunda/app/tasklist/default/#/?task=<id>). Hand it to the
// sign-in, which appends it to the page asked for, and keep it on the form's address so a failed
// attempt (/login?fout) still has it.
(function () {
  var hash = window.location.hash;
  var form = document.querySelector('form.login');
  if (!form || !hash || hash.indexOf('#/') !== 0) {
    return;
  }
  document.getElementById('hash').value = hash;
  form.setAttribute('action', form.getAttribute('action') + hash);
})();
