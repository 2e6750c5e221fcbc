// Coachplan: Welcome in Dutch (locales/nl.json), with Coachplan's additions (../coachplan/webapps.js).
export default {
  app: {
    name: 'Welkom',
    vendor: 'Coachplan'
  },
  locales: {
    availableLocales: ['nl'],
    fallbackLocale: 'nl'
  },
  customScripts: ['../coachplan/webapps'],
  disableWelcomeMessage: true
};
