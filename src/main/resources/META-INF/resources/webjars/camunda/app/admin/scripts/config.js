import {locales, vendor, studioLocale} from '../../studio-common.js';

export default {
  app: {name: studioLocale === 'zh' ? '系统管理' : 'Admin', vendor},
  locales
};
