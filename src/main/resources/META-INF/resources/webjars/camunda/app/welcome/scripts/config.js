import {locales, vendor, studioLocale} from '../../studio-common.js';

export default {
  app: {name: studioLocale === 'zh' ? '欢迎' : 'Welcome', vendor},
  locales
};
