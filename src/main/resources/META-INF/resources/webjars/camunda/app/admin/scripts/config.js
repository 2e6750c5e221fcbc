// Coachplan: Admin in Dutch (locales/nl.json), with Coachplan's additions (../coachplan/webapps.js).
export default {
  app: {
    name: 'Admin',
    vendor: 'Coachplan'
  },
  locales: {
    availableLocales: ['nl'],
    fallbackLocale: 'nl'
  },
  customScripts: ['../coachplan/webapps'],
  disableWelcomeMessage: true
};
