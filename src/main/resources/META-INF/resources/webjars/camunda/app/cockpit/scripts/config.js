import {locales, vendor, studioLocale} from '../../studio-common.js';

export default {
  app: {name: studioLocale === 'zh' ? '运行监控' : 'Cockpit', vendor},
  locales
};
