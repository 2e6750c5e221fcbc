// Coachplan: the Tasklist in Dutch (locales/nl.json), with Coachplan's additions (../coachplan/webapps.js).
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Coachplan'
  },
  locales: {
    availableLocales: ['nl'],
    fallbackLocale: 'nl'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  customScripts: ['../coachplan/webapps'],
  // Its "first time here" message points at Camunda's welcome page; staff sign in on Coachplan's.
  disableWelcomeMessage: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'pakt de gekozen taak op'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'zet de focus op het eerste filter'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'zet de focus op de eerste taak in de lijst'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'zet de focus op het eerste veld van het formulier'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opent het venster om een proces te starten'
    }
  }
};
