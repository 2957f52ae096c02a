/*
 * Shared by the config.js of Tasklist, Cockpit, Admin and Welcome (this application's customisation).
 *
 * Language: Chinese unless the user chose English on the application's own pages (/locale?lang=en), which sets the
 * studio_locale cookie. The webapps would otherwise follow the browser's language.
 *
 * Login: the application has one login page (/login). The webapps' own login view is never used, so whenever a
 * webapp routes to it (after logout, or when a session expired) the browser goes to the application's login page.
 */
const match = document.cookie.match(/(?:^|;\s*)studio_locale=(zh|en)(?:;|$)/);
export const studioLocale = match ? match[1] : 'zh';

export const locales = {
  availableLocales: [studioLocale],
  fallbackLocale: studioLocale
};

function leaveWebappLogin() {
  if (window.location.hash.indexOf('#/login') === 0) {
    window.location.replace('/login?logout');
  }
}

if (!window.studioLoginRedirectInstalled) {
  window.studioLoginRedirectInstalled = true;
  window.addEventListener('hashchange', leaveWebappLogin);
  leaveWebappLogin();
}

export const vendor = studioLocale === 'zh' ? '深圳市总工会' : 'Shenzhen FTU';
