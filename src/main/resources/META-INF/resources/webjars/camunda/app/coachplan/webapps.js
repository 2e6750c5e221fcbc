/*
 * Coachplan's additions to the Camunda webapps (Tasklist, Cockpit, Admin, Welcome), loaded by each
 * app's scripts/config.js (customScripts). The webapps' own texts come from locales/nl.json; this
 * covers what those files cannot reach:
 *  - "Afmelden" ends the one session and lands on Coachplan's login page, not Camunda's own;
 *  - the Camunda Forms (form-js) in the Tasklist: dates as dd-mm-jjjj with Monday first (form-js
 *    takes its date format from the browser's language and offers no option), and its fixed
 *    English messages ("Field is required.") in Dutch;
 *  - a form with a dynamic list (the plan's spelers) stays submittable once a row is edited (below).
 */
const appRoot = document.querySelector('base').getAttribute('app-root'); // e.g. /camunda
const contextPath = appRoot.substring(0, appRoot.lastIndexOf('/'));
const LOGIN = contextPath + '/login';

// ---- signing out -------------------------------------------------------------------------------

function xsrfToken() {
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

// Capture phase: runs before the webapp's own handler, which would show Camunda's login form.
document.addEventListener('click', event => {
  if (!(event.target instanceof Element) || !event.target.closest('li.logout')) {
    return;
  }
  event.preventDefault();
  event.stopImmediatePropagation();
  fetch(appRoot + '/api/admin/auth/user/default/logout', {
    method: 'POST', credentials: 'same-origin', headers: {'X-XSRF-TOKEN': xsrfToken()}
  }).finally(() => window.location.replace(LOGIN + '?afgemeld'));
}, true);

// Whenever the webapp would show its own login form (e.g. the session ran out), use ours.
function awayFromCamundaLogin() {
  if (window.location.hash.startsWith('#/login')) {
    window.location.replace(LOGIN);
  }
}
window.addEventListener('hashchange', awayFromCamundaLogin);
awayFromCamundaLogin();

// ---- Camunda Forms: a list's fields leave no empty error behind ---------------------------------

// form-js records a field of a dynamic list's row as errors[fieldId][row], and clears it by deleting
// the row's entry: errors[fieldId] stays behind as an empty list. The Tasklist counts the keys of
// errors to decide whether "Starten" and "Voltooien" may be pressed, so one edit of a speler's row
// disabled them for good. Empty entries are dropped before the form tells anyone its state. Form-js
// is reached through the webapps' own module registry (module 57661 is form-js in Camunda 7.24:
// check it on an upgrade; StaffTasklistBrowserTest submits such a form).
function withoutEmptyErrors(errors) {
  const kept = {};
  for (const [key, value] of Object.entries(errors || {})) {
    if (Array.isArray(value)) {
      if (value.some(entry => entry !== undefined && entry !== null && !(Array.isArray(entry) && entry.length === 0))) {
        kept[key] = value;
      }
    } else if (value && typeof value === 'object') {
      const inner = withoutEmptyErrors(value);
      if (Object.keys(inner).length) {
        kept[key] = inner;
      }
    } else if (value) {
      kept[key] = value;
    }
  }
  return kept;
}

// Only the Tasklist renders forms. The webapp's modules may not be registered yet when this script
// runs: try again until form-js is there.
function patchFormJs(attempt) {
  (self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []).push([['coachplan-form-' + attempt], {}, require => {
    let Form;
    try {
      Form = require(57661).Form;
    } catch (notYet) {
      if (attempt < 100) {
        setTimeout(() => patchFormJs(attempt + 1), 50);
      } else {
        console.warn('Coachplan: form-js not found; a form with a list may not be submittable after an edit', notYet);
      }
      return;
    }
    if (!Form || Form.prototype.coachplanErrors) {
      return;
    }
    Form.prototype.coachplanErrors = true;
    const setState = Form.prototype._setState;
    Form.prototype._setState = function (state) {
      if (this.coachplanReplaced) {
        // A form the Tasklist rendered again no longer speaks for the task's buttons.
        this._state = {...this._state, ...state};
        return undefined;
      }
      return setState.call(this, state && state.errors ? {...state, errors: withoutEmptyErrors(state.errors)} : state);
    };
    // The Tasklist renders a task's form again into the same place when the task reloads (after a
    // claim, and when its form key changes), without removing the first: two forms, one typed into,
    // the other submitted. The newest form replaces the one before it and keeps what was typed.
    const formsByPlace = new WeakMap();
    const shownTask = () => new URLSearchParams(window.location.hash.replace(/^#\/?\??/, '')).get('task');
    const importSchema = Form.prototype.importSchema;
    Form.prototype.importSchema = function (schema, data, ...rest) {
      const place = this._container && this._container.parentNode;
      if (place) {
        const before = formsByPlace.get(place);
        if (before && before !== this) {
          // A text field hands what is typed to its form a moment later, or when it loses focus:
          // leaving it now keeps the last keystrokes too.
          const focused = document.activeElement;
          if (focused && before._container && before._container.contains(focused) && focused.blur) {
            focused.blur();
          }
          const typed = before._getState && before._getState();
          // The same form again (the task reloaded): what the person has typed meanwhile stays.
          if (before.coachplanTask && before.coachplanTask === shownTask() && typed && typed.schema && schema
              && typed.schema.id === schema.id && typed.data) {
            data = {...(data || {}), ...typed.data};
          }
          before.coachplanReplaced = true;
          try {
            before.destroy();
          } catch (gone) {
            // already detached
          }
        }
        formsByPlace.set(place, this);
      }
      this.coachplanTask = shownTask();
      // Counted, so a test (or a person's script) can tell when the form it sees is the final one.
      return importSchema.call(this, schema, data, ...rest).finally(() => {
        window.coachplanFormsRendered = (window.coachplanFormsRendered || 0) + 1;
      });
    };
    window.__coachplanFormPatched = true;
  }]);
}
if (window.location.pathname.includes('/app/tasklist/')) {
  patchFormJs(0);
}

// ---- Camunda Forms: Dutch dates ----------------------------------------------------------------

const DUTCH = {
  weekdays: {
    shorthand: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
    longhand: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']
  },
  months: {
    shorthand: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
      'november', 'december']
  },
  firstDayOfWeek: 1,
  weekAbbreviation: 'wk',
  rangeSeparator: ' t/m ',
  scrollTitle: 'Scroll om te wijzigen',
  toggleTitle: 'Klik om te wisselen',
  yearAriaLabel: 'Jaar',
  monthAriaLabel: 'Maand',
  hourAriaLabel: 'Uur',
  minuteAriaLabel: 'Minuut',
  time_24hr: true,
  ordinal: n => (n === 1 || n === 8 || n >= 20 ? 'ste' : 'de')
};
const DATE_FORMAT = 'd-m-Y';
const DATE_HINT = 'Ongeldige datum: typ dd-mm-jjjj, bijvoorbeeld 20-05-2016.';

/** dd-mm-jjjj only, and only a date that exists: 31-02-2016 or 20-13-2016 is refused, never rolled over. */
function parseDutchDate(text) {
  const parts = /^\s*(\d{1,2})-(\d{1,2})-(\d{4})\s*$/.exec(String(text));
  if (!parts) {
    return undefined;
  }
  const [day, month, year] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

function dateHint(input, show) {
  const field = input.closest('.fjs-form-field') || input.parentElement;
  let hint = field.querySelector('.coachplan-date-hint');
  if (show && !hint) {
    hint = document.createElement('div');
    hint.className = 'fjs-form-field-error coachplan-date-hint';
    hint.setAttribute('role', 'alert');
    hint.textContent = DATE_HINT;
    field.appendChild(hint);
  } else if (!show && hint) {
    hint.remove();
  }
}

function dutchDatepicker(input) {
  const picker = input._flatpickr;
  if (!picker || picker.coachplanDutch) {
    return;
  }
  picker.coachplanDutch = true;
  picker.config.parseDate = (text, format) => (format === DATE_FORMAT ? parseDutchDate(text) : undefined);
  picker.config.errorHandler = () => dateHint(input, input.value.trim() !== '');
  picker.config.onValueUpdate = (picker.config.onValueUpdate || []).concat(dates => dates.length && dateHint(input, false));
  picker.set({locale: DUTCH, dateFormat: DATE_FORMAT});
  input.setAttribute('placeholder', 'dd-mm-jjjj');
}

// ---- Camunda Forms: form-js's own English texts ------------------------------------------------

const TEXTS = [
  [/^Field is required\.$/, () => 'Dit veld is verplicht.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `De waarde moet minstens ${m[1]} zijn.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `De waarde mag hoogstens ${m[1]} zijn.`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `Vul minstens ${m[1]} tekens in.`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `Vul hoogstens ${m[1]} tekens in.`],
  [/^Field must match pattern .+\.$/, () => 'De invoer heeft niet de juiste vorm.'],
  [/^Field must be a valid email\.$/, () => 'Vul een geldig e-mailadres in.'],
  [/^Field must be a valid +international phone number\..*$/, () => 'Vul een geldig internationaal telefoonnummer in.'],
  [/^Value is not a number\.$/, () => 'Vul een getal in.'],
  [/^Value is expected to be an integer\.$/, () => 'Vul een geheel getal in.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `Gebruik hoogstens ${m[1]} cijfers achter de komma.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `Kies een geldige waarde; de dichtstbijzijnde zijn ${m[1]} en ${m[2]}.`],
  [/^Date and time must both be entered\.$/, () => 'Vul zowel de datum als de tijd in.'],
  [/^Nothing to show\.$/, () => 'Niets te tonen.'],
  [/^No results$/, () => 'Geen resultaten'],
  [/^All values selected$/, () => 'Alle waarden zijn gekozen'],
  [/^Add new$/, () => 'Toevoegen'],
  [/^Select$/, () => 'Kies…'],
  [/^Search$/, () => 'Zoeken'],
  [/^Remove tag$/, () => 'Verwijderen'],
  [/^Remove list item (\d+)$/, (m) => `Regel ${m[1]} verwijderen`],
  [/^Expand$/, () => 'Uitklappen'],
  [/^Collapse$/, () => 'Inklappen']
];

function dutch(text) {
  const trimmed = text.trim();
  for (const [pattern, replace] of TEXTS) {
    const match = pattern.exec(trimmed);
    if (match) {
      return text.replace(trimmed, replace(match));
    }
  }
  return null;
}

function translateForm(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = dutch(node.data);
    if (text !== null) {
      node.data = text;
    }
  }
  root.querySelectorAll('[placeholder], [title], [aria-label]').forEach(element => {
    for (const attribute of ['placeholder', 'title', 'aria-label']) {
      const value = element.getAttribute(attribute);
      const text = value && dutch(value);
      if (text) {
        element.setAttribute(attribute, text);
      }
    }
  });
  root.querySelectorAll('input.flatpickr-input').forEach(dutchDatepicker);
}

const SCREEN_READER = {Close: 'Sluiten', Previous: 'Vorige', Next: 'Volgende', 'Toggle navigation': 'Menu tonen of verbergen'};

let pending = false;
new MutationObserver(() => {
  if (pending) {
    return;
  }
  pending = true;
  // Once per burst of changes, before the browser paints.
  queueMicrotask(() => {
    pending = false;
    document.querySelectorAll('.fjs-container').forEach(translateForm);
    // Screen-reader texts fixed in English in the webapps' templates (angular-ui's alerts and dialogs).
    document.querySelectorAll('.sr-only').forEach(element => {
      const text = SCREEN_READER[element.textContent.trim()];
      if (text) {
        element.textContent = text;
      }
    });
  });
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
