import {locales, vendor, studioLocale} from '../../studio-common.js';
// Fixes for the Camunda Forms (form-js 1.8) bundled in this Tasklist: repeating groups and Chinese messages.
import './formjs-fixes.js';

export default {
  app: {name: studioLocale === 'zh' ? '任务列表' : 'Tasklist', vendor},
  locales,
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
